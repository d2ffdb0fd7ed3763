import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getStaticValue } from '@typescript-eslint/utils/ast-utils';
import { constantInitializer, staticKeyName, unwrap, variableOf } from '../util/ast.js';
import { removeListItem, type Range, type TextEdit } from '../util/text-edit.js';
import { jsonRange, memberName, type JsonValue } from './json-document.js';

type Scope = TSESLint.Scope.Scope;

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
  scope: Scope | undefined;
}

function scalar(node: unknown, range: Range, value: unknown, literal: boolean): PayloadNode {
  if (value === null) return { type: 'null', node, range, value: null, literal };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { type: typeof value as 'string' | 'number' | 'boolean', node, range, value, literal };
  }
  return { type: 'unknown', node, range };
}

/** Builds the tree of an ESTree expression, resolving same-file constants and spreads. */
export function fromEstree(expression: TSESTree.Node, context: BuildContext, depth = 0, inPlace = true): PayloadNode {
  const node = unwrap(expression);
  const range: Range = node.range;
  if (depth > 12) return { type: 'unknown', node, range };
  switch (node.type) {
    case 'ObjectExpression': {
      const object: PayloadObject = { type: 'object', node, range, entries: [], open: false };
      const items = node.properties.map((property) => property.range);
      node.properties.forEach((property, index) => {
        if (property.type === 'SpreadElement') {
          const spread = fromEstree(property.argument, context, depth + 1, false);
          if (spread.type === 'object') object.entries.push(...spread.entries.map((entry) => ({ ...entry, removal: undefined })));
          else object.open = true;
          object.open ||= spread.type === 'object' && spread.open;
          return;
        }
        const key = staticKeyName(property.key, property.computed);
        if (key === undefined) {
          object.open = true;
          return;
        }
        const value = property.value as TSESTree.Node;
        object.entries.push({
          key,
          keyNode: property.key,
          value: fromEstree(value, context, depth + 1, inPlace),
          removal: inPlace ? removeListItem({ text: context.text, items, comments: context.comments, brackets: node.range }, index) : undefined,
        });
      });
      return object;
    }
    case 'ArrayExpression': {
      const array: PayloadArray = { type: 'array', node, range, items: [], itemRemovals: [], open: false };
      const holes = node.elements.includes(null);
      const items = node.elements.map((element) => element?.range ?? range);
      node.elements.forEach((element, index) => {
        if (!element) return;
        if (element.type === 'SpreadElement') {
          const spread = fromEstree(element.argument, context, depth + 1, false);
          if (spread.type === 'array') {
            array.items.push(...spread.items);
            array.itemRemovals.push(...spread.items.map(() => undefined));
          } else {
            array.open = true;
          }
          return;
        }
        array.items.push(fromEstree(element, context, depth + 1, inPlace));
        array.itemRemovals.push(
          inPlace && !holes ? removeListItem({ text: context.text, items, comments: context.comments, brackets: node.range }, index) : undefined,
        );
      });
      return array;
    }
    case 'Literal':
      return 'regex' in node && node.regex ? { type: 'unknown', node, range } : scalar(node, range, node.value, inPlace);
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? scalar(node, range, node.quasis[0]?.value.cooked, inPlace) : { type: 'unknown', node, range };
    case 'Identifier': {
      if (!context.scope) return { type: 'unknown', node, range };
      const variable = variableOf(node, context.scope);
      const init = variable && constantInitializer(variable);
      if (init) {
        const resolved = fromEstree(init, context, depth + 1, false);
        // Report where it is used, not where the constant is declared.
        return resolved.type === 'object' || resolved.type === 'array' ? resolved : { ...resolved, node, range };
      }
      break;
    }
    default:
      break;
  }
  if (context.scope) {
    const result = getStaticValue(node, context.scope);
    if (result && (result.value === null || ['string', 'number', 'boolean'].includes(typeof result.value))) {
      return scalar(node, range, result.value, false);
    }
  }
  return { type: 'unknown', node, range };
}

/** Builds the tree of a JSON value. */
export function fromJson(value: JsonValue, context: Omit<BuildContext, 'scope'>): PayloadNode {
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
