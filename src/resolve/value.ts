import type { TSESTree } from '@typescript-eslint/utils';

/**
 * What the resolver knows about the value of an expression. Every value carries `node`: where it was written (the
 * literal, the object, the template), so a rule reports where the evidence is, not where it ended up.
 */
export type Value = Text | Primitive | Shape | List | FunctionValue | UrlValue | OneOf | Unknown;

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Stands for a part of a string known only at run time. */
export const HOLE = '\u0000';

/** Why a value is not known: the reason matters to tests and to a reader of a trace, never to a rule. */
export type UnknownReason =
  | 'runtime' // a call, a global, an operator the resolver does not model
  | 'import' // a binding from another module
  | 'param' // a parameter with no same-file call site to read it from
  | 'cycle' // the value depends on itself
  | 'depth' // more hops than the depth cap
  | 'budget' // the file's step budget is spent
  | 'alternatives' // more alternatives than the cap
  | 'size'; // a string or shape over its cap

export interface Unknown {
  kind: 'unknown';
  node: TSESTree.Node;
  why: UnknownReason;
}

/** A string; `text` has a `HOLE` for each part known only at run time, `complete` when it has none. */
export interface Text {
  kind: 'string';
  node: TSESTree.Node;
  text: string;
  complete: boolean;
}

export interface Primitive {
  kind: 'primitive';
  node: TSESTree.Node;
  value: number | boolean | null | undefined | bigint;
}

/** How an object entry was written. */
export type EntryOrigin =
  /** A property of the object literal `container`, written right there. */
  | { type: 'property'; property: TSESTree.Property; container: TSESTree.ObjectExpression }
  /** A later assignment to a member of the variable that holds the object: `body.audience = aud`. */
  | { type: 'assignment'; assignment: TSESTree.AssignmentExpression; target: TSESTree.MemberExpression }
  /** A call that adds it: `params.set('k', v)`, `url.searchParams.append('k', v)`. */
  | { type: 'call'; call: TSESTree.CallExpression | TSESTree.NewExpression };

/** One key of an object, with where it was written and, lazily, its value. */
export interface Entry {
  key: string;
  /** Where to report about the key: the property key, the assignment target, the call's first argument. */
  keyNode: TSESTree.Node;
  /** The expression of the value, when there is one (resolve it with `resolver.entryValue`). */
  valueNode: TSESTree.Node | undefined;
  origin: EntryOrigin;
  /** Reached through a spread, `Object.assign` or another object: not written in the object at hand. */
  copied: boolean;
  /** Always set at run time: written unconditionally, in the same function as the object. */
  definite: boolean;
  /** @internal The value, when it is computed (deeper later assignments) rather than read from `valueNode`. */
  fixed?: Value;
  /** @internal The call-site context in which `valueNode` is read. */
  context?: unknown;
}

/**
 * An object: its entries in the order they were written (a key written twice appears twice; the last one wins, as
 * at run time). `open` when other keys may exist at run time (an unknown spread, a computed key). `format` when the
 * object is sent encoded: `form` (`new URLSearchParams`, `qs.stringify`) or `json` (`JSON.stringify`).
 */
export interface Shape {
  kind: 'object';
  node: TSESTree.Node;
  entries: readonly Entry[];
  open: boolean;
  format: 'form' | 'json' | undefined;
}

export interface Item {
  /** The element as written; undefined for a hole in the array. */
  node: TSESTree.Node | undefined;
  /** Written in the array literal at hand (not reached through a spread). */
  inPlace: boolean;
  /** @internal The call-site context in which `node` is read. */
  context?: unknown;
}

export interface List {
  kind: 'array';
  node: TSESTree.Node;
  items: readonly Item[];
  open: boolean;
}

export interface FunctionValue {
  kind: 'function';
  node: FunctionNode | TSESTree.ClassDeclaration | TSESTree.ClassExpression;
}

/** `new URL(path, base)`: its text and the query its `searchParams` are given later. */
export interface UrlValue {
  kind: 'url';
  node: TSESTree.Node;
  text: Text;
  /** Query parameters set with `url.searchParams.set/append(…)`, as a `form` shape. */
  search: Shape | undefined;
}

/** One of several values: the branches of `?:`, `||`, every write of a `let`, every call site of a parameter. */
export interface OneOf {
  kind: 'oneOf';
  node: TSESTree.Node;
  options: readonly Value[];
}

export function unknown(node: TSESTree.Node, why: UnknownReason): Unknown {
  return { kind: 'unknown', node, why };
}

/** The alternatives of a value: its options for a `OneOf`, the value itself otherwise. */
export function alternatives(value: Value): readonly Value[] {
  return value.kind === 'oneOf' ? value.options : [value];
}

/** The string a value always is, or undefined when it may be anything else. */
export function completeString(value: Value): string | undefined {
  return value.kind === 'string' && value.complete ? value.text : undefined;
}

/** The last entry for `key` (the one that wins at run time). */
export function lastEntry(shape: Shape, key: string): Entry | undefined {
  for (let index = shape.entries.length - 1; index >= 0; index--) {
    if (shape.entries[index]!.key === key) return shape.entries[index];
  }
  return undefined;
}

/** An empty form shape: `new URLSearchParams()`, the `searchParams` of a URL nothing was set on. */
export function emptyForm(node: TSESTree.Node): Shape {
  return { kind: 'object', node, entries: [], open: false, format: 'form' };
}

/** Whether a value is truthy, falsy, or (undefined) either. */
export function truthiness(value: Value): boolean | undefined {
  let result: boolean | undefined;
  for (const option of alternatives(value)) {
    let truth: boolean | undefined;
    switch (option.kind) {
      case 'string':
        truth = option.text.split(HOLE).join('') !== '' ? true : option.complete ? false : undefined;
        break;
      case 'primitive':
        truth = Boolean(option.value);
        break;
      case 'unknown':
        truth = undefined;
        break;
      default:
        truth = true;
    }
    if (truth === undefined || (result !== undefined && result !== truth)) return undefined;
    result = truth;
  }
  return result;
}
