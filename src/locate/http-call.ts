import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  alternatives,
  completeString,
  lastEntry,
  resolverFor,
  type CallContext,
  type ParameterUse,
  type Resolver,
  type Shape,
  type Value,
} from '../resolve/index.js';
import { staticKeyName } from '../util/ast.js';
import { memberUses, moduleMemberUses, type MemberUse } from './member-uses.js';
import { globalIdentifiers } from './module-references.js';
import { baseTexts, mergeUrls, resolveUrls, type NormalizedUrl } from './url.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type HttpClient = 'fetch' | 'axios' | 'got' | 'ky' | 'superagent' | 'request' | 'node-http' | 'jquery' | 'xhr';

/** One HTTP request in the code, whatever library sends it. */
export interface HttpCall {
  /** Where the request is made: the call that sends it, or for a same-file wrapper the wrapper's call site. */
  node: TSESTree.CallExpression;
  /** The call that sends the request (inside the wrapper, for a wrapper's call site). */
  request: TSESTree.CallExpression;
  /** The call of a same-file wrapper (`oktaRequest('/api/v1/authn', body)`) that gives the request its URL. */
  via: TSESTree.CallExpression | undefined;
  client: HttpClient;
  /** Upper-case HTTP method, or undefined when it is decided at run time. */
  method: string | undefined;
  /** The URL; when it may be one of several, what they share, with `:param` where they differ (see `urls`). */
  url: NormalizedUrl;
  /** Each URL the request may have (one, or the alternatives of `isProd ? … : …`, at most `limits.alternatives`). */
  urls: readonly NormalizedUrl[];
  /** Where to report about the URL: its expression, or the wrapper's argument that gives its path. */
  urlNode: TSESTree.Node;
  /** The body: a shape for an object (`JSON.stringify`, `URLSearchParams` and `qs.stringify` keep it, with its format). */
  body: Value | undefined;
  bodyFormat: 'json' | 'form' | undefined;
  /** The body is read through a function's parameter (a wrapper's argument): other callers may share the object. */
  bodyViaParameter: boolean;
  /** Query parameters given apart from the URL (`params`, `searchParams`, `qs`, `.query({…})`, `$.get(url, data)`). */
  query: Value | undefined;
}

/** The value of a statically named entry of a shape (the last one wins, as at run time). */
export function entryValue(resolver: Resolver, value: Value | undefined, name: string): Value | undefined {
  if (value?.kind !== 'object') return undefined;
  const entry = lastEntry(value, name);
  return entry && resolver.entryValue(entry);
}

/** The expression written for a statically named entry of a shape. */
function entryNode(value: Value | undefined, name: string): TSESTree.Node | undefined {
  return value?.kind === 'object' ? lastEntry(value, name)?.valueNode : undefined;
}

/** What a request sends, read in one context (no context, or one call site of a wrapper). */
interface Request {
  client: HttpClient;
  method: string | undefined;
  urlNode: TSESTree.Node | undefined;
  /** Base URLs the path is joined to (`baseURL`, `prefixUrl`): `['']` when there is none. */
  bases: readonly string[];
  body: Value | undefined;
  bodyFormat: 'json' | 'form' | undefined;
  bodyViaParameter?: boolean;
  query: Value | undefined;
}

/** Reads the parts of a request in one context, recording which wrapper parameters the URL and method used. */
class Reader {
  urlUses: ParameterUse | undefined;
  methodUses: ParameterUse | undefined;

  constructor(
    readonly resolver: Resolver,
    readonly context: CallContext | undefined,
  ) {}

  value(node: TSESTree.Node): Value {
    return this.resolver.value(node, this.context);
  }

  /** The options object an expression is, when it is one object. */
  object(node: TSESTree.Node | undefined): Shape | undefined {
    const value = node && node.type !== 'SpreadElement' ? this.value(node) : undefined;
    return value?.kind === 'object' ? value : undefined;
  }

  method(options: Shape | undefined, fallback: string | undefined, key = 'method'): string | undefined {
    const tracked = this.resolver.track(() => {
      const value = entryValue(this.resolver, options, key);
      if (!value) return fallback;
      return completeString(value)?.toUpperCase();
    });
    this.methodUses = tracked.parameters;
    return tracked.result;
  }

  methodOf(node: TSESTree.Node | undefined): string | undefined {
    const tracked = this.resolver.track(() => (node ? this.resolver.string(node, this.context)?.toUpperCase() : undefined));
    this.methodUses = tracked.parameters;
    return tracked.result;
  }

  bases(node: TSESTree.Node | undefined): string[] {
    return baseTexts(this.resolver, node, this.context);
  }

  /** Takes the encoding off a body (`JSON.stringify`, `new URLSearchParams`, `qs.stringify`): the shape keeps its format. */
  body(node: TSESTree.Node | undefined, fallback: 'json' | 'form' | undefined): Pick<Request, 'body' | 'bodyFormat' | 'bodyViaParameter'> {
    if (!node || node.type === 'SpreadElement') return { body: undefined, bodyFormat: undefined };
    const { result: value, parameters } = this.resolver.track(() => this.value(node));
    const format = alternatives(value).find((option) => option.kind === 'object' && option.format !== undefined);
    return { body: value, bodyFormat: format?.kind === 'object' ? format.format : fallback, bodyViaParameter: parameters.size > 0 };
  }

  urls(request: Request): NormalizedUrl[] {
    if (!request.urlNode) return [];
    const tracked = this.resolver.track(() => resolveUrls(this.resolver, request.urlNode!, this.context, request.bases));
    this.urlUses = tracked.parameters;
    return tracked.result;
  }
}

const verbsWithoutData = new Set(['get', 'delete', 'head', 'options']);
const verbsWithData = new Set(['post', 'put', 'patch']);

function methodName(name: string): string {
  return name === 'del' ? 'DELETE' : name.toUpperCase();
}

/** `fetch(url, { method, body })` from the global, node-fetch, cross-fetch or undici. */
function fetchRequest(reader: Reader, call: TSESTree.CallExpression): Request {
  const [url, initNode] = call.arguments;
  const init = reader.object(initNode);
  const method = initNode && !init ? undefined : reader.method(init, 'GET');
  return { client: 'fetch', method, urlNode: url, bases: [''], ...reader.body(entryNode(init, 'body'), undefined), query: undefined };
}

/** axios: `axios(config)`, `axios(url, config)`, `axios.post(url, data, config)`, on the module or an instance. */
function axiosRequest(reader: Reader, use: MemberUse, bases: readonly string[]): Request | undefined {
  const call = use.call!;
  const verb = use.path[use.path.length - 1];
  const args = call.arguments;
  if (use.path.length === 0 || verb === 'request') {
    const firstIsConfig = args.length === 1 && reader.object(args[0]) !== undefined;
    const config = reader.object(firstIsConfig ? args[0] : args[1]);
    const base = entryNode(config, 'baseURL');
    return {
      client: 'axios',
      method: reader.method(config, 'GET'),
      urlNode: firstIsConfig ? entryNode(config, 'url') : args[0],
      bases: base ? reader.bases(base) : bases,
      ...reader.body(entryNode(config, 'data'), 'json'),
      query: entryValue(reader.resolver, config, 'params'),
    };
  }
  if (!verb || !(verbsWithoutData.has(verb) || verbsWithData.has(verb))) return undefined;
  const config = reader.object(verbsWithData.has(verb) ? args[2] : args[1]);
  return {
    client: 'axios',
    method: methodName(verb),
    urlNode: args[0],
    bases,
    ...(verbsWithData.has(verb) ? reader.body(args[1], 'json') : { body: undefined, bodyFormat: undefined }),
    query: entryValue(reader.resolver, config, 'params'),
  };
}

/** got and ky: `got(url, options)`, `got.post(url, { json })`, `ky.post(url, { json })`, and their instances. */
function gotLikeRequest(reader: Reader, client: 'got' | 'ky', use: MemberUse, bases: readonly string[]): Request | undefined {
  const call = use.call!;
  const verb = use.path[use.path.length - 1];
  const args = call.arguments;
  const isVerb = verb !== undefined && (verbsWithoutData.has(verb) || verbsWithData.has(verb));
  if (use.path.length !== 0 && !isVerb) return undefined;
  const firstIsOptions = args.length === 1 && client === 'got' && reader.object(args[0]) !== undefined;
  const options = reader.object(firstIsOptions ? args[0] : args[1]);
  const json = entryNode(options, 'json');
  const form = entryNode(options, 'form');
  const body = json ? reader.body(json, 'json') : form ? reader.body(form, 'form') : reader.body(entryNode(options, 'body'), undefined);
  return {
    client,
    method: isVerb ? methodName(verb) : reader.method(options, 'GET'),
    urlNode: firstIsOptions ? entryNode(options, 'url') : args[0],
    bases,
    ...body,
    query: entryValue(reader.resolver, options, 'searchParams'),
  };
}

/** superagent: `request.post(url).send(body)`, `request('GET', url)`, with `.query({…})` in the chain. */
function superagentRequest(reader: Reader, use: MemberUse): Request | undefined {
  const call = use.call!;
  const verb = use.path[use.path.length - 1];
  let method: string | undefined;
  let urlNode: TSESTree.Node | undefined;
  if (use.path.length === 0) {
    const first = call.arguments[0] && reader.methodOf(call.arguments[0]);
    if (call.arguments.length >= 2 && first && /^[A-Z]+$/.test(first)) {
      method = first;
      urlNode = call.arguments[1];
    } else {
      method = 'GET';
      urlNode = call.arguments[0];
    }
  } else if (verb && (verbsWithoutData.has(verb) || verbsWithData.has(verb) || verb === 'del')) {
    method = methodName(verb);
    urlNode = call.arguments[0];
  } else {
    return undefined;
  }
  let body = verb && verbsWithData.has(verb) ? reader.body(call.arguments[1], 'json') : { body: undefined, bodyFormat: undefined };
  let query: Value | undefined;
  // Follow the chain: .set(…).query({…}).send({…})
  let link: TSESTree.Node = call;
  while (link.parent?.type === 'MemberExpression' && link.parent.object === link && link.parent.parent?.type === 'CallExpression') {
    const name = staticKeyName(link.parent.property, link.parent.computed);
    const next: TSESTree.CallExpression = link.parent.parent;
    if (name === 'send') body = reader.body(next.arguments[0], 'json');
    else if (name === 'query' && next.arguments[0]) query = reader.value(next.arguments[0]);
    link = next;
  }
  return { client: 'superagent', method, urlNode, bases: [''], ...body, query };
}

/** The `request` library: `request(options)`, `request.post(url, { json })`. */
function requestLibraryRequest(reader: Reader, use: MemberUse): Request | undefined {
  const call = use.call!;
  const verb = use.path[use.path.length - 1];
  const isVerb = verb !== undefined && (verbsWithoutData.has(verb) || verbsWithData.has(verb) || verb === 'del');
  if (use.path.length !== 0 && !isVerb) return undefined;
  const firstOptions = reader.object(call.arguments[0]);
  const options = firstOptions ?? reader.object(call.arguments[1]);
  const json = entryNode(options, 'json');
  const jsonObject = json && reader.value(json).kind !== 'primitive' ? json : undefined;
  const form = entryNode(options, 'form');
  const body = jsonObject ? reader.body(jsonObject, 'json') : form ? reader.body(form, 'form') : reader.body(entryNode(options, 'body'), undefined);
  return {
    client: 'request',
    method: isVerb ? methodName(verb) : reader.method(options, 'GET'),
    urlNode: firstOptions ? (entryNode(options, 'url') ?? entryNode(options, 'uri')) : call.arguments[0],
    bases: [''],
    ...body,
    query: entryValue(reader.resolver, options, 'qs'),
  };
}

/** Node's `http(s).request(url?, options)` and `http(s).get(…)`; the body goes through `req.write`, so it is unknown. */
function nodeHttpRequest(reader: Reader, use: MemberUse): Request | undefined {
  const call = use.call!;
  const verb = use.path[use.path.length - 1];
  if (use.path.length !== 1 || (verb !== 'request' && verb !== 'get')) return undefined;
  const firstOptions = reader.object(call.arguments[0]);
  const options = firstOptions ?? reader.object(call.arguments[1]);
  return {
    client: 'node-http',
    method: verb === 'get' ? 'GET' : reader.method(options, 'GET'),
    urlNode: firstOptions ? entryNode(options, 'path') : call.arguments[0],
    bases: [''],
    body: undefined,
    bodyFormat: undefined,
    query: undefined,
  };
}

/**
 * jQuery, which Classic Engine-era custom sign-in pages use: `$.ajax(url, settings)`, `$.ajax({ url, type, data })`,
 * `$.get/post/getJSON(url, data)`. jQuery sends `data` as the query of a GET and as a form body otherwise, unless it
 * is already a string (`JSON.stringify(…)`).
 */
function jqueryRequest(reader: Reader, use: MemberUse): Request | undefined {
  const call = use.call!;
  const verb = use.path[use.path.length - 1];
  if (use.path.length !== 1 || !verb || !/^(?:ajax|get|post|getJSON)$/.test(verb)) return undefined;
  const args = call.arguments;
  const settingsFirst = args.length >= 1 && reader.object(args[0]) !== undefined;
  const settings = verb === 'ajax' ? reader.object(settingsFirst ? args[0] : args[1]) : settingsFirst ? reader.object(args[0]) : undefined;
  const fallback = verb === 'post' ? 'POST' : 'GET';
  const method = verb === 'ajax' || settingsFirst ? reader.method(settings, reader.method(settings, fallback, 'type')) : fallback;
  const data = settings ? entryNode(settings, 'data') : args[1];
  const urlNode = settingsFirst ? entryNode(settings, 'url') : args[0];
  if (method === 'GET') {
    return { client: 'jquery', method, urlNode, bases: [''], body: undefined, bodyFormat: undefined, query: data && data.type !== 'SpreadElement' ? reader.value(data) : undefined };
  }
  return { client: 'jquery', method, urlNode, bases: [''], ...reader.body(data, 'form'), query: undefined };
}

interface Collector {
  resolver: Resolver;
  calls: HttpCall[];
  /**
   * Requests through client instances (`axios.create()`, `got.extend()`), by call: an instance kept on `this` may be
   * made in the constructor and again in a method, and each request is recorded once, with every base URL.
   */
  instanceRequests: Map<TSESTree.CallExpression, { describe: (reader: Reader, bases: readonly string[]) => Request | undefined; bases: string[] }>;
}

function addInstanceRequest(collector: Collector, call: TSESTree.CallExpression, bases: readonly string[], describe: (reader: Reader, bases: readonly string[]) => Request | undefined): void {
  const pending = collector.instanceRequests.get(call);
  if (!pending) collector.instanceRequests.set(call, { describe, bases: [...bases] });
  else for (const base of bases) if (!pending.bases.includes(base)) pending.bases.push(base);
}

/** The argument of a call that fills the lowest parameter in `mask`, if any. */
function argumentFor(site: TSESTree.CallExpression, mask: number): TSESTree.Node | undefined {
  for (let index = 0; index < site.arguments.length && index < 31; index++) {
    if (mask & (1 << index)) {
      const argument = site.arguments[index]!;
      return argument.type === 'SpreadElement' ? undefined : argument;
    }
  }
  return undefined;
}

/**
 * The same-file wrapper whose call sites give this request its URL or method: the innermost function around the
 * request whose parameters the URL or method read, when the file calls it by name.
 */
function wrapperOf(request: TSESTree.CallExpression, uses: ParameterUse, resolver: Resolver) {
  let innermost: { fn: Parameters<Resolver['callSites']>[0]; calls: TSESTree.CallExpression[] } | undefined;
  for (const fn of uses.keys()) {
    if (fn.range[0] > request.range[0] || fn.range[1] < request.range[1]) continue;
    if (innermost && fn.range[0] < innermost.fn.range[0]) continue;
    const calls = (resolver.callSites(fn)?.calls ?? []).filter((call): call is TSESTree.CallExpression => call.type === 'CallExpression');
    if (calls.length > 0) innermost = { fn, calls };
  }
  return innermost;
}

function push(collector: Collector, request: TSESTree.CallExpression, via: TSESTree.CallExpression | undefined, parts: Request, urls: readonly NormalizedUrl[], urlNode: TSESTree.Node): void {
  if (urls.length === 0) return;
  collector.calls.push({
    node: via ?? request,
    request,
    via,
    client: parts.client,
    method: parts.method,
    url: mergeUrls(urls),
    urls,
    urlNode,
    body: parts.body,
    bodyFormat: parts.bodyFormat,
    bodyViaParameter: via !== undefined || parts.bodyViaParameter === true,
    query: parts.query,
  });
}

/**
 * Records a request. When its URL or method comes from the parameters of a same-file wrapper
 * (`function oktaRequest(path, body) { return fetch(`${ORG}${path}`, …) }`), the request is read once per call
 * site of the wrapper, with the parameters bound to that call's arguments, and recorded there.
 */
function emit(collector: Collector, request: TSESTree.CallExpression, describe: (reader: Reader) => Request | undefined): void {
  const { resolver } = collector;
  const free = new Reader(resolver, undefined);
  const parts = describe(free);
  if (!parts?.urlNode) return;
  const urls = free.urls(parts);
  const uses = new Map<Parameters<Resolver['callSites']>[0], number>();
  for (const used of [free.urlUses, free.methodUses]) for (const [fn, mask] of used ?? []) uses.set(fn, (uses.get(fn) ?? 0) | mask);
  const wrapper = uses.size > 0 ? wrapperOf(request, uses, resolver) : undefined;
  if (!wrapper) {
    push(collector, request, undefined, parts, urls, parts.urlNode);
    return;
  }
  for (const site of wrapper.calls) {
    const reader = new Reader(resolver, resolver.contextFor(wrapper.fn, site));
    const siteParts = describe(reader);
    if (!siteParts?.urlNode) continue;
    const siteUrls = reader.urls(siteParts);
    const urlNode = argumentFor(site, reader.urlUses?.get(wrapper.fn) ?? 0) ?? site;
    push(collector, request, site, siteParts, siteUrls, urlNode);
  }
}

/** `const xhr = new XMLHttpRequest(); xhr.open('POST', url); xhr.send(body)`: each `open` with the `send` that follows it. */
function xhrCalls(collector: Collector, construct: TSESTree.NewExpression): void {
  const opens: TSESTree.CallExpression[] = [];
  const sends: TSESTree.CallExpression[] = [];
  for (const use of memberUses(construct, collector.resolver)) {
    if (!use.call || use.path.length !== 1) continue;
    if (use.path[0] === 'open') opens.push(use.call);
    else if (use.path[0] === 'send') sends.push(use.call);
  }
  for (const open of opens) {
    const [methodNode, url] = open.arguments;
    const send = sends.find((candidate) => candidate.range[0] > open.range[1]);
    emit(collector, open, (reader) => ({
      client: 'xhr',
      method: reader.methodOf(methodNode),
      urlNode: url,
      bases: [''],
      ...reader.body(send?.arguments[0], undefined),
      query: undefined,
    }));
  }
}

/** Requests through axios and `axios.create({ baseURL })` instances (stored in a variable, on `this`, as a field). */
function axiosCalls(collector: Collector, use: MemberUse, bases: readonly string[]): void {
  const call = use.call;
  if (!call) return;
  if (use.path[use.path.length - 1] === 'create' && use.path.length === 1) {
    const config = new Reader(collector.resolver, undefined).object(call.arguments[0]);
    const base = entryNode(config, 'baseURL');
    const instanceBases = base ? baseTexts(collector.resolver, base) : [''];
    for (const instanceUse of memberUses(call, collector.resolver)) {
      if (instanceUse.call) addInstanceRequest(collector, instanceUse.call, instanceBases, (reader, all) => axiosRequest(reader, instanceUse, all));
    }
    return;
  }
  emit(collector, call, (reader) => axiosRequest(reader, use, bases));
}

/** Requests through got and ky, and their `got.extend({ prefixUrl })` / `ky.create(…)` instances. */
function gotLikeCalls(collector: Collector, client: 'got' | 'ky', use: MemberUse, bases: readonly string[]): void {
  const call = use.call;
  if (!call) return;
  const verb = use.path[use.path.length - 1];
  if (verb === 'extend' || verb === 'create') {
    const options = new Reader(collector.resolver, undefined).object(call.arguments[0]);
    const base = entryNode(options, 'prefixUrl');
    const instanceBases = base ? baseTexts(collector.resolver, base) : bases;
    for (const instanceUse of memberUses(call, collector.resolver)) {
      const instanceCall = instanceUse.call;
      if (!instanceCall) continue;
      const verb = instanceUse.path[instanceUse.path.length - 1];
      // An instance of an instance: `got.extend().extend({ prefixUrl })`.
      if (verb === 'extend' || verb === 'create') gotLikeCalls(collector, client, instanceUse, instanceBases);
      else addInstanceRequest(collector, instanceCall, instanceBases, (reader, all) => gotLikeRequest(reader, client, instanceUse, all));
    }
    return;
  }
  emit(collector, call, (reader) => gotLikeRequest(reader, client, use, bases));
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
 * globals, with method, normalized URL, body and query; a client kept on `this` or in a variable is followed to its
 * uses, and a request made by a same-file wrapper is recorded at each call of the wrapper. Cached per file.
 */
export function locateHttpCalls(sourceCode: SourceCode): readonly HttpCall[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const scope = sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  const resolver = resolverFor(sourceCode);
  const collector: Collector = { resolver, calls: [], instanceRequests: new Map() };
  if (scope) {
    for (const use of moduleMemberUses(sourceCode.ast, resolver, httpModules)) {
      const id = use.moduleId;
      const call = use.call;
      if (id === 'axios') axiosCalls(collector, use, ['']);
      else if (id === 'got' || id === 'ky') gotLikeCalls(collector, id, use, ['']);
      else if (!call) continue;
      else if (id === 'superagent') emit(collector, call, (reader) => superagentRequest(reader, use));
      else if (requestModules.has(id)) emit(collector, call, (reader) => requestLibraryRequest(reader, use));
      else if (nodeHttpModules.has(id)) emit(collector, call, (reader) => nodeHttpRequest(reader, use));
      else if (id === 'jquery') emit(collector, call, (reader) => jqueryRequest(reader, use));
      else if (use.path.length === 0 || (use.path.length === 1 && (use.path[0] === 'default' || use.path[0] === 'fetch'))) {
        emit(collector, call, (reader) => fetchRequest(reader, call));
      }
    }
    for (const [call, { describe, bases }] of collector.instanceRequests) emit(collector, call, (reader) => describe(reader, bases));
    const fetchStarts = [...globalIdentifiers(scope, 'fetch'), ...['window', 'globalThis', 'self'].flatMap((name) => globalIdentifiers(scope, name))];
    for (const identifier of fetchStarts) {
      for (const use of memberUses(identifier, resolver)) {
        const isFetch = identifier.name === 'fetch' ? use.path.length === 0 : use.path.length === 1 && use.path[0] === 'fetch';
        const call = use.call;
        if (isFetch && call) emit(collector, call, (reader) => fetchRequest(reader, call));
      }
    }
    // jQuery from a script tag (`$`, `jQuery`), and the browser's XMLHttpRequest: globals only, never a local binding.
    for (const identifier of [...globalIdentifiers(scope, '$'), ...globalIdentifiers(scope, 'jQuery')]) {
      for (const use of memberUses(identifier, resolver)) if (use.call) emit(collector, use.call, (reader) => jqueryRequest(reader, use));
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
