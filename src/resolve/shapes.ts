import type { TSESTree } from '@typescript-eslint/utils';
import { staticKeyName } from '../util/ast.js';
import { limits } from './limits.js';
import type { CallContext, ValueReader } from './reader.js';
import { alternatives, emptyForm, type Entry, type Item, type List, type Shape, type Value } from './value.js';
import type { MemberWrite } from './variable-writes.js';

/**
 * Objects and arrays: the entries of an object literal with spreads merged in, and the later writes to the object a
 * variable holds (`body.audience = aud`, `params.set(…)`, `Object.assign(cfg, …)`), each entry with where it was
 * written. Capped at `limits.shapeKeys` entries.
 */

export function objectValue(reader: ValueReader, node: TSESTree.ObjectExpression, context: CallContext | undefined): Shape {
  const entries: Entry[] = [];
  let open = false;
  for (const property of node.properties) {
    if (entries.length >= limits.shapeKeys) {
      open = true;
      break;
    }
    if (property.type === 'SpreadElement') {
      const spread = reader.value(property.argument, context);
      const options = alternatives(spread);
      for (const option of options) {
        if (option.kind === 'object') {
          for (const entry of option.entries) entries.push({ ...entry, copied: true, definite: entry.definite && options.length === 1 });
          open ||= option.open;
        } else if (!(option.kind === 'primitive' && (option.value === null || option.value === undefined || option.value === false))) {
          open = true;
        }
      }
      continue;
    }
    if (property.kind !== 'init') {
      open = true;
      continue;
    }
    const key = property.computed ? reader.propertyKey(property.key, context) : staticKeyName(property.key, false);
    if (key === undefined) {
      open = true;
      continue;
    }
    entries.push({
      key,
      keyNode: property.key,
      valueNode: property.value as TSESTree.Node,
      origin: { type: 'property', property, container: node },
      copied: false,
      definite: true,
      context,
    });
  }
  return { kind: 'object', node, entries: entries.slice(0, limits.shapeKeys), open, format: undefined };
}

export function arrayValue(reader: ValueReader, node: TSESTree.ArrayExpression, context: CallContext | undefined): List {
  const items: Item[] = [];
  let open = false;
  for (const element of node.elements) {
    if (items.length >= limits.shapeKeys) {
      open = true;
      break;
    }
    if (element?.type === 'SpreadElement') {
      const spread = reader.value(element.argument, context);
      if (spread.kind === 'array') {
        items.push(...spread.items.map((item) => ({ ...item, inPlace: false })));
        open ||= spread.open;
      } else {
        open = true;
      }
      continue;
    }
    items.push({ node: element ?? undefined, inPlace: true, context });
  }
  return { kind: 'array', node, items: items.slice(0, limits.shapeKeys), open };
}

/** The object a variable holds, with the later writes to its members applied in source order. */
export function withWrites(reader: ValueReader, value: Value, writes: readonly MemberWrite[], context: CallContext | undefined): Value {
  const options = alternatives(value).map((option) => {
    if (option.kind === 'object') return applyWrites(reader, option, writes, [], context);
    if (option.kind === 'url') {
      const search = writes.filter((write) => write.type === 'call' && write.path.length === 1 && write.path[0] === 'searchParams');
      return search.length === 0 ? option : { ...option, search: applyWrites(reader, option.search ?? emptyForm(option.node), search, ['searchParams'], context) };
    }
    return option;
  });
  return options.length === 1 ? options[0]! : reader.oneOf(value.node, options);
}

export function applyWrites(reader: ValueReader, shape: Shape, writes: readonly MemberWrite[], prefix: readonly string[], context: CallContext | undefined): Shape {
  const entries = [...shape.entries];
  let open = shape.open;
  const deeper = new Map<string, MemberWrite[]>();
  const under = (path: readonly string[]) => prefix.every((segment, index) => path[index] === segment);
  for (const write of writes) {
    if (entries.length >= limits.shapeKeys) {
      open = true;
      break;
    }
    if (write.type === 'opaque') {
      open = true;
    } else if (write.type === 'merge') {
      if (prefix.length > 0) continue;
      for (const source of write.sources) {
        for (const option of alternatives(reader.value(source, context))) {
          if (option.kind === 'object') entries.push(...option.entries.map((entry) => ({ ...entry, copied: true, definite: entry.definite && write.definite })));
          else open = true;
        }
      }
    } else if (write.type === 'call') {
      if (write.path.length !== prefix.length || !under(write.path) || write.method === 'delete') continue;
      const [keyNode, valueNode] = write.call.arguments;
      const key = keyNode && keyNode.type !== 'SpreadElement' ? reader.string(keyNode, context) : undefined;
      if (key === undefined || !keyNode) {
        open = true;
        continue;
      }
      entries.push({ key, keyNode, valueNode, origin: { type: 'call', call: write.call }, copied: false, definite: write.definite, context });
    } else if (write.path.length === prefix.length + 1 && under(write.path)) {
      entries.push({
        key: write.path[prefix.length]!,
        keyNode: write.target,
        valueNode: write.assignment.operator === '=' ? write.assignment.right : undefined,
        origin: { type: 'assignment', assignment: write.assignment, target: write.target },
        copied: false,
        definite: write.definite,
        context,
      });
    } else if (write.path.length > prefix.length + 1 && under(write.path)) {
      const key = write.path[prefix.length]!;
      const list = deeper.get(key);
      if (list) list.push(write);
      else deeper.set(key, [write]);
    }
  }
  // `config.features.registration = true`: the writes under a key change the object that key holds.
  for (const [key, nested] of deeper) {
    const existing = entries.findLastIndex((entry) => entry.key === key);
    const holder = existing === -1 ? undefined : entries[existing]!;
    const current = holder ? reader.entryValue(holder) : undefined;
    const base = current?.kind === 'object' ? current : { kind: 'object' as const, node: nested[0]!.type === 'assign' ? nested[0]!.target : shape.node, entries: [], open: current !== undefined, format: undefined };
    const fixed = applyWrites(reader, base, nested, [...prefix, key], context);
    const first = nested[0]! as Extract<MemberWrite, { type: 'assign' }>;
    const replacement: Entry = holder
      ? { ...holder, fixed }
      : { key, keyNode: first.target.object, valueNode: undefined, origin: { type: 'assignment', assignment: first.assignment, target: first.target }, copied: false, definite: false, fixed };
    if (holder) entries[existing] = replacement;
    else entries.push(replacement);
  }
  return { ...shape, entries, open };
}
