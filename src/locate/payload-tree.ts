import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { resolverFor, type Entry, type Resolver, type Value } from '../resolve/index.js';
import { unwrap } from '../util/ast.js';
import { removeListItem, removeStatement, type Range, type TextEdit } from '../util/text-edit.js';
import { jsonRange, memberName, type JsonValue } from './json-document.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * An Okta request body as a plain tree, the same for ESTree code and JSON documents, so a rule checks
 * `conditions.platform.include[].os.type` once for both. Values known only at run time are `unknown`.
 */
export type PayloadNode = PayloadObject | PayloadArray | PayloadScalar | PayloadUnknown;

interface PayloadBase {
  /** The ESTree or JSON node, for reports. */
  node: unknown;
  range: Range;
}

export interface PayloadObject extends PayloadBase {
  type: 'object';
  entries: PayloadEntry[];
  /** A spread or computed key that cannot be resolved: other keys may exist at run time. */
  open: boolean;
}

export interface PayloadArray extends PayloadBase {
  type: 'array';
  items: PayloadNode[];
  /** Edits that delete each item (parallel to `items`), or undefined where an item is not written in place. */
  itemRemovals: (TextEdit[] | undefined)[];
  open: boolean;
}

export interface PayloadScalar extends PayloadBase {
  type: 'string' | 'number' | 'boolean' | 'null';
  value: string | number | boolean | null;
  /** Written as a literal right here (not resolved through a constant), so it can be edited in place. */
  literal: boolean;
}

export interface PayloadUnknown extends PayloadBase {
  type: 'unknown';
}

export interface PayloadEntry {
  key: string;
  keyNode: unknown;
  value: PayloadNode;
  /** Edits that delete this entry from its object (comments kept), or undefined when it is not written in place. */
  removal: TextEdit[] | undefined;
}

interface BuildContext {
  text: string;
  comments: readonly Range[];
  resolver: Resolver;
  /** The object or array the payload is written as: what lies inside it is written in place and may be edited. */
  root: Range;
}

const maxDepth = 12;

function within(node: TSESTree.Node, root: Range): boolean {
  return node.range[0] >= root[0] && node.range[1] <= root[1];
}

/** Edits that delete an entry where it was written: from its object literal, or the statement that assigned it. */
function entryRemoval(entry: Entry, context: BuildContext, inPlace: boolean): TextEdit[] | undefined {
  if (!inPlace || entry.copied) return undefined;
  const origin = entry.origin;
  if (origin.type === 'property') {
    if (!within(origin.container, context.root)) return undefined;
    const items = origin.container.properties.map((property) => property.range);
    const index = origin.container.properties.indexOf(origin.property);
    return removeListItem({ text: context.text, items, comments: context.comments, brackets: origin.container.range }, index);
  }
  if (origin.type === 'assignment') {
    const statement = origin.assignment.parent;
    const removable =
      statement?.type === 'ExpressionStatement' && ['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase'].includes(statement.parent?.type ?? '');
    return removable ? [removeStatement(context.text, context.comments, statement.range)] : undefined;
  }
  return undefined;
}

/** Whether an entry was written in the payload itself (its object literal, or a later assignment to it). */
function writtenInPlace(entry: Entry, context: BuildContext): boolean {
  if (entry.copied) return false;
  return entry.origin.type === 'property' ? within(entry.origin.container, context.root) : entry.origin.type === 'assignment';
}

/**
 * Builds the tree of a resolved value. `writtenAt` is the expression as written where the value is used (an entry's
 * value, an item): a scalar is reported there, and counts as a literal to edit only when it is that expression and
 * lies in the payload's own literal.
 */
function fromValue(value: Value, context: BuildContext, writtenAt: TSESTree.Node | undefined, inPlace: boolean, depth: number): PayloadNode {
  const { resolver } = context;
  const at = writtenAt ? unwrap(writtenAt) : value.node;
  if (depth > maxDepth) return { type: 'unknown', node: at, range: at.range };
  switch (value.kind) {
    case 'object': {
      const object: PayloadObject = { type: 'object', node: value.node, range: value.node.range, entries: [], open: value.open };
      for (const entry of value.entries) {
        const here = inPlace && writtenInPlace(entry, context);
        object.entries.push({
          key: entry.key,
          keyNode: entry.keyNode,
          value: fromValue(resolver.entryValue(entry), context, entry.valueNode, here, depth + 1),
          removal: entryRemoval(entry, context, inPlace),
        });
      }
      return object;
    }
    case 'array': {
      const array: PayloadArray = { type: 'array', node: value.node, range: value.node.range, items: [], itemRemovals: [], open: value.open };
      const literal = value.node.type === 'ArrayExpression' ? value.node : undefined;
      const holes = literal?.elements.includes(null) ?? true;
      const items = literal?.elements.map((element) => element?.range ?? literal.range) ?? [];
      for (const item of value.items) {
        if (!item.node) continue;
        const here = inPlace && item.inPlace && literal !== undefined && within(literal, context.root);
        array.items.push(fromValue(resolver.itemValue(item, value.node), context, item.node, here, depth + 1));
        const index = literal ? literal.elements.indexOf(item.node as TSESTree.Expression) : -1;
        array.itemRemovals.push(
          here && !holes && index !== -1 ? removeListItem({ text: context.text, items, comments: context.comments, brackets: literal!.range }, index) : undefined,
        );
      }
      return array;
    }
    case 'string':
      if (!value.complete) return { type: 'unknown', node: at, range: at.range };
      return scalar(at, at.range, value.text, inPlace && at === value.node);
    case 'primitive':
      return scalar(at, at.range, value.value, inPlace && at === value.node);
    default:
      return { type: 'unknown', node: at, range: at.range };
  }
}

/**
 * The trees of what an expression holds as a request body: one per object (or other) alternative of its value
 * (`isProd ? prodBody : devBody` gives two). Same-file constants, spreads, `Object.assign`, later member writes and a
 * wrapper's call-site arguments are followed by the resolver; entries written in the body's own object literal (or
 * assigned to it later) carry the edits that remove them.
 */
export function payloadTrees(value: Value, sourceCode: SourceCode): PayloadNode[] {
  const resolver = resolverFor(sourceCode);
  const comments = sourceCode.getAllComments().map((comment) => comment.range as Range);
  const options = value.kind === 'oneOf' ? value.options : [value];
  return options.map((option) => fromValue(option, { text: sourceCode.text, comments, resolver, root: option.node.range }, undefined, true, 0));
}

/** The tree of an expression's value (its first alternative), for rules that read one argument as a payload. */
export function payloadTreeOf(node: TSESTree.Node, sourceCode: SourceCode): PayloadNode {
  return payloadTrees(resolverFor(sourceCode).value(node), sourceCode)[0]!;
}

function scalar(node: unknown, range: Range, value: unknown, literal: boolean): PayloadNode {
  if (value === null) return { type: 'null', node, range, value: null, literal };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { type: typeof value as 'string' | 'number' | 'boolean', node, range, value, literal };
  }
  return { type: 'unknown', node, range };
}

/** Builds the tree of a JSON value. */
export function fromJson(value: JsonValue, context: { text: string; comments: readonly Range[] }): PayloadNode {
  const range = jsonRange(value);
  switch (value.type) {
    case 'Object': {
      const items = value.members.map(jsonRange);
      return {
        type: 'object',
        node: value,
        range,
        open: false,
        entries: value.members.map((member, index) => ({
          key: memberName(member),
          keyNode: member.name,
          value: fromJson(member.value, context),
          removal: removeListItem({ text: context.text, items, comments: context.comments, brackets: range }, index),
        })),
      };
    }
    case 'Array': {
      const items = value.elements.map(jsonRange);
      return {
        type: 'array',
        node: value,
        range,
        open: false,
        items: value.elements.map((element) => fromJson(element.value, context)),
        itemRemovals: value.elements.map((_, index) => removeListItem({ text: context.text, items, comments: context.comments, brackets: range }, index)),
      };
    }
    case 'String':
    case 'Number':
    case 'Boolean':
      return scalar(value, range, value.value, true);
    case 'Null':
      return scalar(value, range, null, true);
    default:
      return { type: 'unknown', node: value, range };
  }
}

/** The value under `key` of an object node (the last entry wins, as at run time). */
export function entryOf(node: PayloadNode | undefined, key: string): PayloadEntry | undefined {
  if (node?.type !== 'object') return undefined;
  for (let index = node.entries.length - 1; index >= 0; index--) {
    if (node.entries[index]!.key === key) return node.entries[index];
  }
  return undefined;
}

export function valueAt(node: PayloadNode | undefined, key: string): PayloadNode | undefined {
  return entryOf(node, key)?.value;
}

/** A string the node is known to hold. */
export function stringValue(node: PayloadNode | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

/** A match of a path in a payload: the value, the entry that holds it, and how to delete it. */
export interface PathMatch {
  value: PayloadNode;
  /** The object entry holding the value (undefined for array items and the root). */
  entry: PayloadEntry | undefined;
  /** The object or array that holds the value. */
  parent: PayloadNode | undefined;
  /** Edits that delete the value from its parent (the entry, or the array item). */
  removal: TextEdit[] | undefined;
}

/**
 * Every value at a dot path; `[]` after a key steps into each array item: `conditions.platform.include[].os.type`.
 * An empty path matches the node itself.
 */
export function valuesAt(root: PayloadNode | undefined, path: string): PathMatch[] {
  let current: PathMatch[] = root ? [{ value: root, entry: undefined, parent: undefined, removal: undefined }] : [];
  if (path === '') return current;
  for (const segment of path.split('.')) {
    const intoArray = segment.endsWith('[]');
    const key = intoArray ? segment.slice(0, -2) : segment;
    const next: PathMatch[] = [];
    for (const match of current) {
      const entry = entryOf(match.value, key);
      if (!entry) continue;
      if (!intoArray) {
        next.push({ value: entry.value, entry, parent: match.value, removal: entry.removal });
      } else if (entry.value.type === 'array') {
        const array = entry.value;
        array.items.forEach((item, index) => next.push({ value: item, entry: undefined, parent: array, removal: array.itemRemovals[index] }));
      }
    }
    current = next;
  }
  return current;
}
