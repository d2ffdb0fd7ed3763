/**
 * Where code uses a feature of `src/data/features.json`: each feature's `uses` (payload paths and values, Pulumi
 * arguments, endpoints, SDK methods) joined with what the payload, HTTP and SDK locators found. Everything here is
 * driven by the data: a new feature, path or endpoint in the JSON needs no change in this file.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { features, type FeatureRecord, type FeatureUse } from '../data/features.js';
import { jsonShapes, type PayloadKind } from '../data/payload-sources.js';
import { locateHttpCalls, type HttpCall } from './http-call.js';
import type { JsonSourceCode } from './json-document.js';
import { locateJsonPayloads, locatePayloads, type Payload } from './payload.js';
import { valuesAt, type PathMatch, type PayloadNode } from './payload-tree.js';
import { locateSdkCalls, type SdkCall } from './sdk-call.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

type PayloadUse = Extract<FeatureUse, { payload: string }>;
type PulumiUse = Extract<FeatureUse, { pulumi: string }>;
type EndpointUse = Extract<FeatureUse, { endpoint: string }>;
type SdkUse = Extract<FeatureUse, { sdk: string }>;
type ValueUse = PayloadUse | PulumiUse;

/** One place the code uses a feature. */
export interface FeatureUseMatch {
  feature: FeatureRecord;
  use: FeatureUse;
  /** Where to report: the matching value, the key of a field whose presence is the use, the URL, the SDK method. */
  node: unknown;
  /** What the code uses, for a message: "`os.type: 'LINUX'`", "`POST /api/v1/telephony-providers`". */
  text: string;
}

interface Indexed<U> {
  feature: FeatureRecord;
  use: U;
}

function groupBy<U>(entries: Indexed<U>[], key: (use: U) => string): Map<string, Indexed<U>[]> {
  const map = new Map<string, Indexed<U>[]>();
  for (const entry of entries) {
    const name = key(entry.use);
    map.set(name, [...(map.get(name) ?? []), entry]);
  }
  return map;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/api/v1/apps/{appId}/federated-claims` → a regexp anchored on a normalized path (`:param` for run-time parts). */
function endpointPattern(endpoint: string): RegExp {
  return new RegExp(`^${endpoint.split(/\{[^}]+\}/).map(escape).join('[^/]+')}$`);
}

// Behavior changes (a stricter server rule) are not something code opts into: they have no uses to match.
const all = features.filter((feature) => feature.kind === 'feature').flatMap((feature) => feature.uses.map((use) => ({ feature, use })));
const byPayloadKind = groupBy(all.filter((entry): entry is Indexed<PayloadUse> => 'payload' in entry.use), (use) => use.payload);
const byPulumiResource = groupBy(all.filter((entry): entry is Indexed<PulumiUse> => 'pulumi' in entry.use), (use) => use.pulumi);
const bySdkMethod = groupBy(all.filter((entry): entry is Indexed<SdkUse> => 'sdk' in entry.use), (use) => use.sdk);
const endpoints = all
  .filter((entry): entry is Indexed<EndpointUse> => 'endpoint' in entry.use)
  .map((entry) => ({ ...entry, pattern: endpointPattern(entry.use.endpoint) }));

/**
 * Text a JSON document must contain to use a feature: a literal of each use a JSON payload can show (the value it
 * matches, or the key whose presence is the use). Built from the data. (In code, a use needs a payload or a call,
 * so `payloadGate` is the test there.)
 */
export const jsonFeatureUseGate: RegExp = (() => {
  const jsonKinds = new Set(jsonShapes.map((shape) => shape.kind));
  const words = new Set<string>();
  for (const [kind, entries] of byPayloadKind) {
    if (!jsonKinds.has(kind as PayloadKind)) continue;
    for (const { use } of entries) words.add(typeof use.equals === 'string' ? use.equals : (use.includes ?? use.path.split('.').at(-1)!.replace(/\[\]$/, '')));
  }
  // Whole words: `LINUX` but not `LINUXBOX`; lookarounds rather than \b, so a literal may start or end with any character.
  return new RegExp(`(?<![\\w$])(?:${[...words].map(escape).join('|')})(?![\\w$])`);
})();

function isAbsent(node: PayloadNode): boolean {
  if (node.type === 'null' || (node.type === 'boolean' && node.value === false)) return true;
  const estree = node.node as { type?: string; name?: string; operator?: string };
  return node.type === 'unknown' && ((estree.type === 'Identifier' && estree.name === 'undefined') || (estree.type === 'UnaryExpression' && estree.operator === 'void'));
}

/**
 * The node that shows the use, or undefined when the value does not use the feature or is not known. A use with
 * `equals` or `includes` needs the value; a use without them is the field itself, so a run-time value counts (a
 * Pulumi `policyId` is always one) but `null`, `false` and `undefined` do not.
 */
function matchedNode(match: PathMatch, use: ValueUse): unknown {
  const { value } = match;
  if (use.equals !== undefined) return value.type !== 'unknown' && 'value' in value && value.value === use.equals ? value.node : undefined;
  if (use.includes !== undefined) {
    const text = use.includes;
    if (value.type === 'string') return (value.value as string).includes(text) ? value.node : undefined;
    if (value.type === 'array') return value.items.find((item) => item.type === 'string' && item.value === text)?.node;
    return undefined;
  }
  if (isAbsent(value)) return undefined;
  // Report a field at its key: its value may be a whole object.
  return match.entry?.keyNode ?? value.node;
}

function code(value: string | number | boolean): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** The last two steps of a path: `os.type` of `conditions.platform.include[].os.type`. */
function pathTail(path: string): string {
  return path.split('.').slice(-2).join('.');
}

function valueText(use: ValueUse): string {
  const where = pathTail(use.path);
  const text =
    use.equals !== undefined ? `\`${where}: ${code(use.equals)}\`` : use.includes !== undefined ? `${code(use.includes)} in \`${where}\`` : `\`${where}\``;
  return 'pulumi' in use ? `${text} of \`okta.${use.pulumi}\`` : text;
}

function payloadMatches(payload: Payload): FeatureUseMatch[] {
  const resource = payload.resource;
  // Payload paths are the API's JSON shape; Pulumi arguments have their own, matched by the resource class.
  const candidates: Indexed<ValueUse>[] = resource !== undefined ? (byPulumiResource.get(resource) ?? []) : (byPayloadKind.get(payload.kind) ?? []);
  const found: FeatureUseMatch[] = [];
  for (const { feature, use } of candidates) {
    if ('policyTypes' in use && use.policyTypes && (payload.policyType === undefined || !use.policyTypes.includes(payload.policyType))) continue;
    for (const match of valuesAt(payload.body, use.path)) {
      const node = matchedNode(match, use);
      if (node) found.push({ feature, use, node, text: valueText(use) });
    }
  }
  return found;
}

function endpointMatches(call: HttpCall): FeatureUseMatch[] {
  const found: FeatureUseMatch[] = [];
  for (const { feature, use, pattern } of endpoints) {
    if (!pattern.test(call.url.path)) continue;
    // A method decided at run time cannot be held against a use limited to some methods.
    if (use.methods && (call.method === undefined || !use.methods.includes(call.method))) continue;
    const text = call.method ? `\`${call.method} ${use.endpoint}\`` : `\`${use.endpoint}\``;
    found.push({ feature, use, node: call.urlNode, text });
  }
  return found;
}

function sdkMatches(call: SdkCall): FeatureUseMatch[] {
  if (call.sdk !== 'okta-sdk-nodejs' || call.path.length !== 2) return [];
  const method = call.path.join('.');
  const entries = [...(bySdkMethod.get(method) ?? []), ...(bySdkMethod.get(`${call.path[0]}.*`) ?? [])];
  return entries.map(({ feature, use }) => ({ feature, use, node: call.calleeNode, text: `\`${method}()\`` }));
}

/**
 * Joins payload matches with call matches. A call whose payload already shows a feature is not reported again for
 * the endpoint or method of that feature; the same node is reported once per feature.
 */
function collect(payloads: readonly Payload[], calls: readonly { call: object; matches: FeatureUseMatch[] }[]): FeatureUseMatch[] {
  const result: FeatureUseMatch[] = [];
  const seen = new Set<string>();
  const shownByPayload = new Map<object, Set<string>>();
  const nodeIds = new Map<unknown, number>();
  const add = (match: FeatureUseMatch) => {
    if (!nodeIds.has(match.node)) nodeIds.set(match.node, nodeIds.size);
    const key = `${match.feature.id} ${nodeIds.get(match.node)}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push(match);
  };
  for (const payload of payloads) {
    const matches = payloadMatches(payload);
    const call = payload.http ?? payload.sdk;
    if (call && matches.length > 0) shownByPayload.set(call, new Set(matches.map((match) => match.feature.id)));
    matches.forEach(add);
  }
  for (const { call, matches } of calls) {
    for (const match of matches) if (!shownByPayload.get(call)?.has(match.feature.id)) add(match);
  }
  return result;
}

const cache = new WeakMap<object, readonly FeatureUseMatch[]>();

/** Every use of a feature in an ESTree file: payloads (HTTP, SDK, Pulumi), endpoints and SDK methods. Cached per file. */
export function locateFeatureUses(sourceCode: SourceCode): readonly FeatureUseMatch[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const calls = [
    ...locateHttpCalls(sourceCode).map((call) => ({ call, matches: endpointMatches(call) })),
    ...locateSdkCalls(sourceCode).map((call) => ({ call, matches: sdkMatches(call) })),
  ];
  const result = collect(locatePayloads(sourceCode), calls);
  cache.set(sourceCode, result);
  return result;
}

const jsonCache = new WeakMap<object, readonly FeatureUseMatch[]>();

/** Every use of a feature in the payloads of a JSON document. Cached per file. */
export function locateJsonFeatureUses(sourceCode: JsonSourceCode): readonly FeatureUseMatch[] {
  const cached = jsonCache.get(sourceCode);
  if (cached) return cached;
  const result = collect(locateJsonPayloads(sourceCode), []);
  jsonCache.set(sourceCode, result);
  return result;
}
