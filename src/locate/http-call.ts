import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { resolveObject, staticKeyName, staticString, unwrap } from '../util/ast.js';
import { memberUses, moduleMemberUses, type MemberUse } from './member-uses.js';
import { globalIdentifiers } from './module-references.js';
import { resolveUrl, urlText, type NormalizedUrl } from './url.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type HttpClient = 'fetch' | 'axios' | 'got' | 'ky' | 'superagent' | 'request' | 'node-http' | 'jquery' | 'xhr';

/** One HTTP request in the code, whatever library sends it. */
export interface HttpCall {
  /** The call that sends the request. */
  node: TSESTree.CallExpression;
  client: HttpClient;
  /** Upper-case HTTP method, or undefined when it is decided at run time. */
  method: string | undefined;
  url: NormalizedUrl;
  /** The expression that gives the URL (or the request options holding it). */
  urlNode: TSESTree.Node;
  /** The body as written, with `JSON.stringify(…)`, `new URLSearchParams(…)` and `qs.stringify(…)` taken off. */
  body: TSESTree.Node | undefined;
  /** The body as an object literal, when it is one or a same-file constant holding one. */
  bodyObject: TSESTree.ObjectExpression | undefined;
  bodyFormat: 'json' | 'form' | undefined;
  /** Query parameters given as an object (`params`, `searchParams`, `qs`, `.query({…})`). */
  queryObject: TSESTree.ObjectExpression | undefined;
}

/** The value of a statically named property of an object literal (the last one wins, as at run time). */
export function propertyValue(object: TSESTree.ObjectExpression | undefined, name: string): TSESTree.Node | undefined {
  if (!object) return undefined;
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index]!;
    if (property.type === 'Property' && staticKeyName(property.key, property.computed) === name) return property.value;
  }
  return undefined;
}

interface Body {
  body: TSESTree.Node | undefined;
  bodyObject: TSESTree.ObjectExpression | undefined;
  bodyFormat: 'json' | 'form' | undefined;
}

const noBody: Body = { body: undefined, bodyObject: undefined, bodyFormat: undefined };

/** Takes `JSON.stringify(x)`, `new URLSearchParams(x)`, `qs.stringify(x)` off a body and resolves `x`. */
function readBody(node: TSESTree.Node | undefined, scope: Scope, format: 'json' | 'form' | undefined): Body {
  if (!node) return noBody;
  let inner = unwrap(node);
  let bodyFormat = format;
  if (inner.type === 'CallExpression' && inner.callee.type === 'MemberExpression' && inner.arguments[0]) {
    const object = inner.callee.object;
    const method = staticKeyName(inner.callee.property, inner.callee.computed);
    if (object.type === 'Identifier' && object.name === 'JSON' && method === 'stringify') {
      inner = unwrap(inner.arguments[0]!);
      bodyFormat = 'json';
    } else if (method === 'stringify' && object.type === 'Identifier' && /^(?:qs|querystring)$/.test(object.name)) {
      inner = unwrap(inner.arguments[0]!);
      bodyFormat = 'form';
    }
  } else if (inner.type === 'NewExpression' && inner.callee.type === 'Identifier' && inner.callee.name === 'URLSearchParams' && inner.arguments[0]) {
    inner = unwrap(inner.arguments[0]);
    bodyFormat = 'form';
  }
  if (inner.type === 'Identifier' && bodyFormat === undefined) bodyFormat = format;
  const resolved = resolveObject(inner, scope);
  return { body: inner, bodyObject: resolved?.object, bodyFormat };
}

function methodName(name: string): string {
  return name === 'del' ? 'DELETE' : name.toUpperCase();
}

function methodOf(options: TSESTree.ObjectExpression | undefined, scope: Scope, fallback: string | undefined, key = 'method'): string | undefined {
  const value = propertyValue(options, key);
  if (!value) return fallback;
  const text = staticString(value, scope);
  return text === undefined ? undefined : text.toUpperCase();
}

function objectOf(node: TSESTree.Node | undefined, scope: Scope): TSESTree.ObjectExpression | undefined {
  return node ? resolveObject(node, scope)?.object : undefined;
}

interface Collector {
  scope: Scope;
  calls: HttpCall[];
}

function add(
  collector: Collector,
  node: TSESTree.CallExpression,
  client: HttpClient,
  method: string | undefined,
  urlNode: TSESTree.Node | undefined,
  prefix: string,
  body: Body,
  queryObject: TSESTree.ObjectExpression | undefined,
): void {
  if (!urlNode) return;
  collector.calls.push({ node, client, method, url: resolveUrl(urlNode, collector.scope, prefix), urlNode, ...body, queryObject });
}

/** `fetch(url, { method, body })` from the global, node-fetch, cross-fetch or undici. */
function fetchCall(collector: Collector, call: TSESTree.CallExpression): void {
  const { scope } = collector;
  const [url, initNode] = call.arguments;
  const init = objectOf(initNode, scope);
  const method = initNode && !init ? undefined : methodOf(init, scope, 'GET');
  add(collector, call, 'fetch', method, url, '', readBody(propertyValue(init, 'body'), scope, undefined), undefined);
}

const verbsWithoutData = new Set(['get', 'delete', 'head', 'options']);
const verbsWithData = new Set(['post', 'put', 'patch']);

/** axios, and instances made with `axios.create({ baseURL })`. */
function axiosCall(collector: Collector, use: MemberUse, prefix: string): void {
  const { scope } = collector;
  const call = use.call;
  if (!call) return;
  const verb = use.path[use.path.length - 1];
  const args = call.arguments;
  if (use.path.length === 0 || verb === 'request') {
    // axios(config) or axios(url, config)
    const firstIsConfig = args.length === 1 && objectOf(args[0], scope) !== undefined;
    const config = objectOf(firstIsConfig ? args[0] : args[1], scope);
    const url = firstIsConfig ? propertyValue(config, 'url') : args[0];
    const base = propertyValue(config, 'baseURL');
    add(collector, call, 'axios', methodOf(config, scope, 'GET'), url, base ? urlText(base, scope) : prefix,
      readBody(propertyValue(config, 'data'), scope, 'json'), objectOf(propertyValue(config, 'params'), scope));
  } else if (verb && (verbsWithoutData.has(verb) || verbsWithData.has(verb))) {
    const config = objectOf(verbsWithData.has(verb) ? args[2] : args[1], scope);
    const body = verbsWithData.has(verb) ? readBody(args[1], scope, 'json') : noBody;
    add(collector, call, 'axios', methodName(verb), args[0], prefix, body, objectOf(propertyValue(config, 'params'), scope));
  } else if (verb === 'create') {
    const config = objectOf(args[0], scope);
    const base = propertyValue(config, 'baseURL');
    for (const instanceUse of memberUses(call, scope)) axiosCall(collector, instanceUse, base ? urlText(base, scope) : '');
  }
}

/** got and ky: `got(url, options)`, `got.post(url, { json })`, `ky.post(url, { json })`, and their instances. */
function gotLikeCall(collector: Collector, client: 'got' | 'ky', use: MemberUse, prefix: string): void {
  const { scope } = collector;
  const call = use.call;
  if (!call) return;
  const verb = use.path[use.path.length - 1];
  const args = call.arguments;
  if (verb === 'extend' || verb === 'create') {
    const options = objectOf(args[0], scope);
    const base = propertyValue(options, 'prefixUrl');
    for (const instanceUse of memberUses(call, scope)) gotLikeCall(collector, client, instanceUse, base ? urlText(base, scope) : prefix);
    return;
  }
  const isVerb = verb !== undefined && (verbsWithoutData.has(verb) || verbsWithData.has(verb));
  if (use.path.length !== 0 && !isVerb) return;
  const firstIsOptions = args.length === 1 && objectOf(args[0], scope) !== undefined && client === 'got';
  const options = objectOf(firstIsOptions ? args[0] : args[1], scope);
  const url = firstIsOptions ? propertyValue(options, 'url') : args[0];
  const json = propertyValue(options, 'json');
  const form = propertyValue(options, 'form');
  const body = json ? readBody(json, scope, 'json') : form ? readBody(form, scope, 'form') : readBody(propertyValue(options, 'body'), scope, undefined);
  const method = isVerb ? methodName(verb) : methodOf(options, scope, 'GET');
  add(collector, call, client, method, url, prefix, body, objectOf(propertyValue(options, 'searchParams'), scope));
}

/** superagent: `request.post(url).send(body)`, `request('GET', url)`. */
function superagentCall(collector: Collector, use: MemberUse): void {
  const { scope } = collector;
  const call = use.call;
  if (!call) return;
  const verb = use.path[use.path.length - 1];
  let method: string | undefined;
  let url: TSESTree.Node | undefined;
  if (use.path.length === 0) {
    const first = call.arguments[0] && staticString(call.arguments[0], scope);
    if (call.arguments.length >= 2 && first && /^[a-z]+$/i.test(first)) {
      method = first.toUpperCase();
      url = call.arguments[1];
    } else {
      method = 'GET';
      url = call.arguments[0];
    }
  } else if (verb && (verbsWithoutData.has(verb) || verbsWithData.has(verb) || verb === 'del')) {
    method = methodName(verb);
    url = call.arguments[0];
  } else {
    return;
  }
  let body = verb && verbsWithData.has(verb) ? readBody(call.arguments[1], scope, 'json') : noBody;
  let queryObject: TSESTree.ObjectExpression | undefined;
  // Follow the chain: .set(…).query({…}).send({…})
  let link: TSESTree.Node = call;
  while (link.parent?.type === 'MemberExpression' && link.parent.object === link && link.parent.parent?.type === 'CallExpression') {
    const name = staticKeyName(link.parent.property, link.parent.computed);
    const next: TSESTree.CallExpression = link.parent.parent;
    if (name === 'send') body = readBody(next.arguments[0], scope, 'json');
    else if (name === 'query') queryObject = objectOf(next.arguments[0], scope);
    link = next;
  }
  add(collector, call, 'superagent', method, url, '', body, queryObject);
}

/** The `request` library: `request(options)`, `request.post(url, { json })`. */
function requestLibraryCall(collector: Collector, use: MemberUse): void {
  const { scope } = collector;
  const call = use.call;
  if (!call) return;
  const verb = use.path[use.path.length - 1];
  const isVerb = verb !== undefined && (verbsWithoutData.has(verb) || verbsWithData.has(verb) || verb === 'del');
  if (use.path.length !== 0 && !isVerb) return;
  const firstOptions = objectOf(call.arguments[0], scope);
  const options = firstOptions ?? objectOf(call.arguments[1], scope);
  const url = firstOptions ? (propertyValue(options, 'url') ?? propertyValue(options, 'uri')) : call.arguments[0];
  const json = propertyValue(options, 'json');
  const jsonObject = json && unwrap(json).type !== 'Literal' ? json : undefined;
  const form = propertyValue(options, 'form');
  const body = jsonObject ? readBody(jsonObject, scope, 'json') : form ? readBody(form, scope, 'form') : readBody(propertyValue(options, 'body'), scope, undefined);
  const method = isVerb ? methodName(verb) : methodOf(options, scope, 'GET');
  add(collector, call, 'request', method, url, '', body, objectOf(propertyValue(options, 'qs'), scope));
}

/** Node's `http(s).request(url?, options)` and `http(s).get(…)`; the body goes through `req.write`, so it is unknown. */
function nodeHttpCall(collector: Collector, use: MemberUse): void {
  const { scope } = collector;
  const call = use.call;
  const verb = use.path[use.path.length - 1];
  if (!call || use.path.length !== 1 || (verb !== 'request' && verb !== 'get')) return;
  const firstOptions = objectOf(call.arguments[0], scope);
  const options = firstOptions ?? objectOf(call.arguments[1], scope);
  const url = firstOptions ? propertyValue(options, 'path') : call.arguments[0];
  const method = verb === 'get' ? 'GET' : methodOf(options, scope, 'GET');
  add(collector, call, 'node-http', method, url, '', noBody, undefined);
}

/**
 * jQuery, which Classic Engine-era custom sign-in pages use: `$.ajax(url, settings)`, `$.ajax({ url, type, data })`,
 * `$.get/post/getJSON(url, data)`. jQuery sends `data` as the query of a GET and as a form body otherwise, unless it
 * is already a string (`JSON.stringify(…)`).
 */
function jqueryCall(collector: Collector, use: MemberUse): void {
  const { scope } = collector;
  const call = use.call;
  const verb = use.path[use.path.length - 1];
  if (!call || use.path.length !== 1 || !verb || !/^(?:ajax|get|post|getJSON)$/.test(verb)) return;
  const args = call.arguments;
  const settingsFirst = args.length >= 1 && objectOf(args[0], scope) !== undefined;
  const settings = verb === 'ajax' ? objectOf(settingsFirst ? args[0] : args[1], scope) : settingsFirst ? objectOf(args[0], scope) : undefined;
  const url = settingsFirst ? propertyValue(settings, 'url') : args[0];
  const fallback = verb === 'post' ? 'POST' : 'GET';
  const method = verb === 'ajax' || settingsFirst ? methodOf(settings, scope, methodOf(settings, scope, fallback, 'type')) : fallback;
  const data = settings ? propertyValue(settings, 'data') : args[1];
  if (method === 'GET') {
    add(collector, call, 'jquery', method, url, '', noBody, objectOf(data, scope));
  } else {
    add(collector, call, 'jquery', method, url, '', readBody(data, scope, 'form'), undefined);
  }
}

/** `const xhr = new XMLHttpRequest(); xhr.open('POST', url); xhr.send(body)`: each `open` with the `send` that follows it. */
function xhrCalls(collector: Collector, construct: TSESTree.NewExpression): void {
  const { scope } = collector;
  const opens: TSESTree.CallExpression[] = [];
  const sends: TSESTree.CallExpression[] = [];
  for (const use of memberUses(construct, scope)) {
    if (!use.call || use.path.length !== 1) continue;
    if (use.path[0] === 'open') opens.push(use.call);
    else if (use.path[0] === 'send') sends.push(use.call);
  }
  for (const open of opens) {
    const [methodNode, url] = open.arguments;
    const method = methodNode && staticString(methodNode, scope);
    const send = sends.find((candidate) => candidate.range[0] > open.range[1]);
    add(collector, open, 'xhr', method?.toUpperCase(), url, '', readBody(send?.arguments[0], scope, undefined), undefined);
  }
}

const fetchModules = new Set(['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici']);
const requestModules = new Set(['request', 'request-promise', 'request-promise-native']);
const nodeHttpModules = new Set(['http', 'https', 'node:http', 'node:https']);
const httpModules = (id: string) =>
  id === 'axios' || id === 'got' || id === 'ky' || id === 'superagent' || id === 'jquery' || fetchModules.has(id) || requestModules.has(id) || nodeHttpModules.has(id);

const cache = new WeakMap<object, readonly HttpCall[]>();

/**
 * Every HTTP request the file sends through `fetch`, axios (and `axios.create` instances), got, ky, superagent,
 * `request`, Node's `http(s)`, jQuery (`$.ajax`, `$.get`, `$.post`) or `XMLHttpRequest`, found through imports and
 * globals, with method, normalized URL, body and query.
 * Cached per file.
 */
export function locateHttpCalls(sourceCode: SourceCode): readonly HttpCall[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const scope = sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  const collector: Collector = { scope: scope!, calls: [] };
  if (scope) {
    for (const use of moduleMemberUses(sourceCode.ast, scope, httpModules)) {
      const id = use.moduleId;
      if (id === 'axios') axiosCall(collector, use, '');
      else if (id === 'got' || id === 'ky') gotLikeCall(collector, id, use, '');
      else if (id === 'superagent') superagentCall(collector, use);
      else if (requestModules.has(id)) requestLibraryCall(collector, use);
      else if (nodeHttpModules.has(id)) nodeHttpCall(collector, use);
      else if (id === 'jquery') jqueryCall(collector, use);
      else if (use.call && (use.path.length === 0 || (use.path.length === 1 && (use.path[0] === 'default' || use.path[0] === 'fetch')))) {
        fetchCall(collector, use.call);
      }
    }
    const fetchStarts = [
      ...globalIdentifiers(scope, 'fetch').map((identifier) => ({ identifier, path: [] as string[] })),
      ...['window', 'globalThis', 'self'].flatMap((name) => globalIdentifiers(scope, name).map((identifier) => ({ identifier, path: [] as string[] }))),
    ];
    for (const { identifier } of fetchStarts) {
      for (const use of memberUses(identifier, scope)) {
        const isFetch = identifier.name === 'fetch' ? use.path.length === 0 : use.path.length === 1 && use.path[0] === 'fetch';
        if (isFetch && use.call) fetchCall(collector, use.call);
      }
    }
    // jQuery from a script tag (`$`, `jQuery`), and the browser's XMLHttpRequest: globals only, never a local binding.
    for (const identifier of [...globalIdentifiers(scope, '$'), ...globalIdentifiers(scope, 'jQuery')]) {
      for (const use of memberUses(identifier, scope)) jqueryCall(collector, use);
    }
    for (const identifier of globalIdentifiers(scope, 'XMLHttpRequest')) {
      const parent = identifier.parent;
      if (parent?.type === 'NewExpression' && parent.callee === identifier) xhrCalls(collector, parent);
    }
  }
  collector.calls.sort((a, b) => a.node.range[0] - b.node.range[0]);
  cache.set(sourceCode, collector.calls);
  return collector.calls;
}

/** Calls whose path matches `pattern` (anchored on the normalized path) and, when given, one of `methods`. */
export function matchingCalls(calls: readonly HttpCall[], pattern: RegExp, methods?: readonly string[]): HttpCall[] {
  return calls.filter((call) => pattern.test(call.url.path) && (!methods || call.method === undefined || methods.includes(call.method)));
}
