import type { TSESLint } from '@typescript-eslint/utils';
import {
  endpointSources,
  jsonShapes,
  pulumiSources,
  sdkSources,
  type PayloadKind,
} from '../data/payload-sources.js';
import { resolverFor, type Value } from '../resolve/index.js';
import { entryValue, locateHttpCalls, type HttpCall } from './http-call.js';
import { jsonCommentRanges, type JsonSourceCode, type JsonValue } from './json-document.js';
import { fromJson, payloadTrees, stringValue, valueAt, type PayloadNode } from './payload-tree.js';
import { locatePulumiResources } from './pulumi-resource.js';
import { locateSdkCalls, type SdkCall } from './sdk-call.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export type { PayloadKind } from '../data/payload-sources.js';

/** A typed Okta request body, wherever it is written. */
export interface Payload {
  kind: PayloadKind;
  origin: 'http' | 'sdk' | 'pulumi' | 'json';
  /** `POST /api/v1/policies/:param/rules`, `policyApi.createPolicyRule`, `pulumi policy.RuleIdpDiscovery`, `json`. */
  operation: string;
  /** The body. For Pulumi it is the resource arguments, in Pulumi's camelCase shape. */
  body: PayloadNode;
  /** The policy or rule `type`, when the body says it. */
  policyType: string | undefined;
  /** The HTTP call, when the payload is sent with one (for its URL and query). */
  http: HttpCall | undefined;
  /** The SDK call, when the payload goes through one. */
  sdk: SdkCall | undefined;
  /** The `@pulumi/okta` class, for Pulumi payloads: `policy.RuleIdpDiscovery`. */
  resource: string | undefined;
  /** Where to report about the payload as a whole. */
  node: unknown;
  /**
   * The body is read through a function's parameter, at a same-file call site (`oktaRequest('/api/v1/…', body)`,
   * `createPolicy({ … })`): the caller's object may go to other code too, so rules suggest rather than fix.
   */
  viaWrapper: boolean;
}

/**
 * Text that a file must contain to hold any payload: an API path (also a base URL that ends in `/api/v1`), the token
 * or authorize endpoint, an Okta SDK, `@pulumi/okta`, CDKTF's `@cdktf/provider-okta` or the bindings `cdktf get`
 * writes under `.gen/providers/okta`. The locator itself runs only behind a rule's gate.
 */
export const payloadGate = /\/api\/v1\b|\/v1\/(?:token|authorize)|okta-sdk-nodejs|okta-auth-js|@pulumi\/okta|@cdktf\/provider-okta|providers\/okta/;

function payload(kind: PayloadKind, origin: Payload['origin'], operation: string, body: PayloadNode, node: unknown, extra: Partial<Payload> = {}): Payload {
  return { kind, origin, operation, body, policyType: stringValue(valueAt(body, 'type')), http: undefined, sdk: undefined, resource: undefined, node, viaWrapper: false, ...extra };
}

type Build = (value: Value) => PayloadNode[];

function fromHttp(call: HttpCall, build: Build): Payload[] {
  // Each URL the request may have: `isUpdate ? `/policies/${id}` : '/policies'` is a policy either way.
  const url = call.urls.find((candidate) => endpointSources.some((source) => source.path.test(candidate.path)));
  const source =
    url && endpointSources.find((candidate) => candidate.path.test(url.path) && (call.method === undefined || candidate.methods.includes(call.method)));
  if (!url || !source) return [];
  // A GET request to /v1/authorize carries its parameters in the query.
  const parameters = call.body ?? (source.kind === 'authorize-request' ? call.query : undefined);
  if (!parameters) return [];
  const operation = `${call.method ?? '?'} ${url.path}`;
  return build(parameters).map((body) => payload(source.kind, 'http', operation, body, call.urlNode, { http: call, viaWrapper: call.bodyViaParameter }));
}

function fromSdk(call: SdkCall, build: Build, sourceCode: SourceCode): Payload[] {
  const method = call.path.join('.');
  const source = sdkSources.find((candidate) => candidate.sdk === call.sdk && candidate.method === method);
  if (!source) return [];
  const resolver = resolverFor(sourceCode);
  const argument = call.node.arguments[source.argument ?? 0];
  const { result: body, parameters } = resolver.track(() =>
    argument && argument.type !== 'SpreadElement' ? (source.param !== undefined ? entryValue(resolver, resolver.value(argument), source.param) : resolver.value(argument)) : undefined,
  );
  if (!body) return [];
  return build(body).map((tree) => payload(source.kind, 'sdk', method, tree, call.calleeNode, { sdk: call, viaWrapper: parameters.size > 0 }));
}

const cache = new WeakMap<object, readonly Payload[]>();

/**
 * Every typed Okta payload in an ESTree file: HTTP bodies sent to the matching endpoints, SDK calls, Pulumi resource
 * arguments. The kind comes from the endpoint, the SDK method or the resource class; anything else stays unknown and
 * is left out. Cached per file.
 */
export function locatePayloads(sourceCode: SourceCode): readonly Payload[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const payloads: Payload[] = [];
  const build: Build = (value) => payloadTrees(value, sourceCode);
  for (const call of locateHttpCalls(sourceCode)) payloads.push(...fromHttp(call, build));
  for (const call of locateSdkCalls(sourceCode)) payloads.push(...fromSdk(call, build, sourceCode));
  for (const resource of locatePulumiResources(sourceCode)) {
    const source = pulumiSources.find((candidate) => candidate.resource.test(resource.type));
    if (!source || !resource.args) continue;
    for (const body of build(resource.args)) {
      const renamed = resource.renames && body.type === 'object' ? { ...body, entries: body.entries.map((entry) => ({ ...entry, key: resource.renames![entry.key] ?? entry.key })) } : body;
      payloads.push(payload(source.kind, 'pulumi', `pulumi ${resource.type}`, renamed, resource.node.callee, { resource: resource.type, viaWrapper: resource.argsViaParameter }));
    }
  }
  payloads.sort((a, b) => a.body.range[0] - b.body.range[0]);
  cache.set(sourceCode, payloads);
  return payloads;
}

function jsonKind(body: PayloadNode): PayloadKind | undefined {
  if (body.type !== 'object') return undefined;
  const keys = new Set(body.entries.map((entry) => entry.key));
  const shape = jsonShapes.find(
    (candidate) =>
      candidate.all.every((key) => keys.has(key)) &&
      (!candidate.any || candidate.any.some((key) => keys.has(key))) &&
      (!candidate.typeIn || candidate.typeIn.includes(stringValue(valueAt(body, 'type')) ?? '')) &&
      (!candidate.platformIn || candidate.platformIn.includes(stringValue(valueAt(body, 'platform')) ?? '')),
  );
  return shape?.kind;
}

const jsonCache = new WeakMap<object, readonly Payload[]>();

/**
 * Payloads written as JSON documents: the document, or each object of a top-level array, whose keys say what it is
 * (an event hook has `events` and `channel`, a device assurance a `platform` and its checks, …). Cached per file.
 */
export function locateJsonPayloads(sourceCode: JsonSourceCode): readonly Payload[] {
  const cached = jsonCache.get(sourceCode);
  if (cached) return cached;
  const context = { text: sourceCode.text, comments: jsonCommentRanges(sourceCode) };
  const root = sourceCode.ast.body;
  const candidates: JsonValue[] = root.type === 'Array' ? root.elements.map((element) => element.value) : [root];
  const payloads: Payload[] = [];
  for (const candidate of candidates) {
    const body = fromJson(candidate, context);
    const kind = jsonKind(body);
    if (kind) payloads.push(payload(kind, 'json', 'json', body, candidate));
  }
  jsonCache.set(sourceCode, payloads);
  return payloads;
}
