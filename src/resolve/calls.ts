import type { TSESTree } from '@typescript-eslint/utils';
import { staticKeyName } from '../util/ast.js';
import { isFunction } from './control-flow.js';
import { limits } from './limits.js';
import type { CallContext, ValueReader } from './reader.js';
import { joinParts, text } from './text.js';
import { alternatives, completeString, emptyForm, HOLE, unknown, type Entry, type FunctionNode, type Shape, type UrlValue, type Value } from './value.js';

/**
 * Calls and constructors whose value is known without running anything: `JSON.stringify` and `qs.stringify` (the
 * shape, with its format), `Object.assign`, `String`, the URI coders, `toString`, `util.format`, `url.resolve`,
 * `concat`, `join`, `new URL`, `new URLSearchParams`, and what a same-file function returns for the call.
 */

export function callValue(reader: ValueReader, node: TSESTree.CallExpression, context: CallContext | undefined): Value {
  const callee = node.callee;
  const args = node.arguments;
  if (callee.type === 'MemberExpression') {
    const method = callee.property.type === 'PrivateIdentifier' ? undefined : staticKeyName(callee.property, callee.computed);
    const object = callee.object;
    const globalObject = object.type === 'Identifier' && reader.isGlobal(object.name, object) ? object.name : undefined;
    if (globalObject === 'JSON' && method === 'stringify' && args[0]) return encoded(reader, reader.value(args[0], context), 'json', node);
    if (globalObject === 'Object' && method === 'assign') return merged(reader, node, context);
    if (globalObject === 'Object' && (method === 'freeze' || method === 'seal') && args[0]) return reader.value(args[0], context);
    if (method === 'stringify' && object.type === 'Identifier' && isModule(reader, object, /^(?:node:)?(?:qs|querystring)$/) && args[0]) {
      return encoded(reader, reader.value(args[0], context), 'form', node);
    }
    if (method === 'toString' && args.length === 0) return reader.fromTexts(node, joinParts(node, [reader.textsOf(reader.value(object, context))]));
    // util.format('/api/v1/sessions/%s', id)
    if (method === 'format' && args[0]) {
      const pattern = reader.value(args[0], context);
      if (pattern.kind === 'string' && pattern.text.includes('%')) return text(node, pattern.text.replace(/%[sdifjoO]/g, HOLE));
    }
    // url.resolve(base, path)
    if (method === 'resolve' && args.length === 2 && args[0]!.type !== 'SpreadElement' && args[1]!.type !== 'SpreadElement') {
      return reader.fromTexts(node, joinParts(node, [reader.textsOf(reader.value(args[0]!, context)), reader.textsOf(reader.value(args[1]!, context))]));
    }
    // ['openid', 'profile'].join(' ')
    if (method === 'join' && args.length <= 1 && args[0]?.type !== 'SpreadElement') {
      const list = reader.value(object, context);
      const separator = args[0] ? reader.value(args[0], context) : undefined;
      const separatorText = separator === undefined ? ',' : completeString(separator);
      if (list.kind === 'array' && !list.open && separatorText !== undefined) {
        const parts: string[][] = [];
        list.items.forEach((item, index) => {
          if (index > 0) parts.push([separatorText]);
          const value = reader.itemValue(item, node);
          parts.push(value.kind === 'primitive' && (value.value === null || value.value === undefined) ? [''] : reader.textsOf(value));
        });
        return reader.fromTexts(node, joinParts(node, parts));
      }
    }
    if (method === 'concat' && args.every((arg) => arg.type !== 'SpreadElement')) {
      const base = reader.value(object, context);
      if (alternatives(base).every((option) => option.kind === 'string')) {
        return reader.fromTexts(node, joinParts(node, [reader.textsOf(base), ...args.map((arg) => reader.textsOf(reader.value(arg, context)))]));
      }
    }
  } else if (callee.type === 'Identifier' && reader.isGlobal(callee.name, callee)) {
    if (callee.name === 'String' && args[0] && args[0].type !== 'SpreadElement') return reader.fromTexts(node, joinParts(node, [reader.textsOf(reader.value(args[0], context))]));
    // The URI coders are pure: applied to a known string, they give a known string.
    const coder = uriCoders[callee.name as keyof typeof uriCoders];
    if (Object.hasOwn(uriCoders, callee.name) && args[0] && args[0].type !== 'SpreadElement') {
      const argument = reader.value(args[0], context);
      if (argument.kind === 'string' && argument.complete) {
        try {
          return text(node, coder(argument.text));
        } catch {
          return unknown(node, 'runtime');
        }
      }
      return text(node, HOLE);
    }
  }
  return returned(reader, node, context);
}

/** What a same-file function returns for this call, read with its parameters bound to the call's arguments. */
function returned(reader: ValueReader, node: TSESTree.CallExpression, context: CallContext | undefined): Value {
  const callee = reader.value(node.callee, context);
  // An async function's result is awaited before it is used as a value (`await` passes values through).
  if (callee.kind !== 'function' || !isFunction(callee.node) || callee.node.generator) return unknown(node, 'runtime');
  const fn = callee.node;
  const inner = reader.contextFor(fn, node);
  if (fn.body.type !== 'BlockStatement') return reader.value(fn.body, inner);
  const returns = returnsOf(reader, fn);
  if (!returns) return unknown(node, 'runtime');
  return reader.oneOf(node, returns.map((argument) => reader.value(argument, inner)));
}

/** The return expressions of each function asked about (the tree is the file's, so is this). */
const returnsFound = new WeakMap<FunctionNode, TSESTree.Node[] | undefined>();

/** The expressions a function returns (not those of functions nested in it); undefined when none or too many. */
function returnsOf(reader: ValueReader, fn: FunctionNode): TSESTree.Node[] | undefined {
  if (returnsFound.has(fn)) return returnsFound.get(fn);
  const returns: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [fn.body];
  while (stack.length > 0 && returns.length <= limits.alternatives) {
    const current = stack.pop()!;
    if (current.type === 'ReturnStatement') {
      if (current.argument) returns.push(current.argument);
      continue;
    }
    for (const key of reader.sourceCode.visitorKeys[current.type] ?? []) {
      const child = (current as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        const next = item as TSESTree.Node | null | undefined;
        if (next && typeof next.type === 'string' && !isFunction(next) && next.type !== 'ClassDeclaration' && next.type !== 'ClassExpression') stack.push(next);
      }
    }
  }
  const found = returns.length === 0 || returns.length > limits.alternatives ? undefined : returns;
  returnsFound.set(fn, found);
  return found;
}

function encoded(reader: ValueReader, value: Value, format: 'json' | 'form', node: TSESTree.Node): Value {
  const options = alternatives(value).map((option): Value => (option.kind === 'object' ? { ...option, format } : option.kind === 'unknown' ? option : unknown(node, 'runtime')));
  return options.length === 1 ? options[0]! : reader.oneOf(node, options);
}

function merged(reader: ValueReader, node: TSESTree.CallExpression, context: CallContext | undefined): Shape {
  const entries: Entry[] = [];
  let open = false;
  node.arguments.forEach((argument, index) => {
    if (argument.type === 'SpreadElement') {
      open = true;
      return;
    }
    for (const option of alternatives(reader.value(argument, context))) {
      if (option.kind === 'object') entries.push(...option.entries.map((entry) => (index === 0 ? entry : { ...entry, copied: true })));
      else open = true;
    }
  });
  return { kind: 'object', node, entries: entries.slice(0, limits.shapeKeys), open: open || entries.length > limits.shapeKeys, format: undefined };
}

function isModule(reader: ValueReader, identifier: TSESTree.Identifier, moduleId: RegExp): boolean {
  const def = reader.variableOf(identifier)?.defs[0];
  if (def?.type === 'ImportBinding') {
    const declaration = def.parent as TSESTree.ImportDeclaration;
    return moduleId.test(String(declaration.source.value));
  }
  if (def?.type === 'Variable') {
    const init = def.node.init;
    return (
      init?.type === 'CallExpression' &&
      init.callee.type === 'Identifier' &&
      init.callee.name === 'require' &&
      init.arguments[0]?.type === 'Literal' &&
      moduleId.test(String(init.arguments[0].value))
    );
  }
  return false;
}

export function constructValue(reader: ValueReader, node: TSESTree.NewExpression, context: CallContext | undefined): Value {
  const callee = node.callee;
  if (callee.type !== 'Identifier' || !reader.isGlobal(callee.name, callee)) return unknown(node, 'runtime');
  const [first, second] = node.arguments;
  if (callee.name === 'URL' && first && first.type !== 'SpreadElement') {
    const paths = reader.textsOf(reader.value(first, context));
    const bases = second && second.type !== 'SpreadElement' ? reader.textsOf(reader.value(second, context)) : [undefined];
    const texts: string[] = [];
    for (const path of paths) for (const base of bases) texts.push(resolveUrlText(path, base));
    const values = [...new Set(texts)].map((value): UrlValue => ({ kind: 'url', node, text: text(node, value), search: undefined }));
    return values.length === 1 ? values[0]! : reader.oneOf(node, values);
  }
  if (callee.name === 'URLSearchParams') {
    if (!first) return emptyForm(node);
    if (first.type === 'SpreadElement') return { ...emptyForm(node), open: true };
    return formFrom(reader, reader.value(first, context), node);
  }
  return unknown(node, 'runtime');
}

function formFrom(reader: ValueReader, init: Value, node: TSESTree.NewExpression): Value {
  const options = alternatives(init).map((option): Value => {
    if (option.kind === 'object') return { ...option, format: 'form' };
    if (option.kind === 'string' && option.complete) return parseQuery(option.text, option.node, node);
    if (option.kind === 'array') {
      const entries: Entry[] = [];
      for (const item of option.items) {
        const pair = reader.itemValue(item, node);
        const [keyItem, valueItem] = pair.kind === 'array' ? pair.items : [];
        const key = keyItem?.node ? reader.string(keyItem.node) : undefined;
        if (key === undefined || !keyItem?.node) return { ...emptyForm(node), open: true };
        entries.push({ key, keyNode: keyItem.node, valueNode: valueItem?.node, origin: { type: 'call', call: node }, copied: false, definite: true });
      }
      return { kind: 'object', node, entries, open: option.open, format: 'form' };
    }
    return { ...emptyForm(node), open: true };
  });
  return options.length === 1 ? options[0]! : reader.oneOf(node, options);
}

const uriCoders = { encodeURIComponent, encodeURI, decodeURIComponent, decodeURI };

/** A query string written out (`'grant_type=password&scope=openid'`) as a form shape. */
function parseQuery(query: string, keyNode: TSESTree.Node, node: TSESTree.NewExpression): Shape {
  const entries: Entry[] = [];
  for (const pair of query.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decode(at === -1 ? pair : pair.slice(0, at));
    entries.push({ key, keyNode, valueNode: undefined, origin: { type: 'call', call: node }, copied: false, definite: true, fixed: text(keyNode, decode(at === -1 ? '' : pair.slice(at + 1))) });
    if (entries.length >= limits.shapeKeys) break;
  }
  return { kind: 'object', node, entries, open: false, format: 'form' };
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** `new URL(path, base)` as text: an absolute path replaces the base's path, a relative one is resolved against it. */
function resolveUrlText(path: string, base: string | undefined): string {
  if (base === undefined || /^[a-z][a-z+.-]*:\/\//i.test(path)) return path;
  if (path.startsWith('/')) return `${/^(?:[a-z][a-z+.-]*:\/\/)?[^/]*/i.exec(base)![0]}${path}`;
  return `${base.slice(0, base.lastIndexOf('/') + 1)}${path}`;
}

