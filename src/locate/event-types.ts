import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { alternatives, lastEntry, resolverFor, type Resolver, type Value } from '../resolve/index.js';
import { staticKeyName, unwrap } from '../util/ast.js';
import { walk } from '../util/walk.js';
import { locateHttpCalls, matchingCalls } from './http-call.js';
import { locateSdkCalls } from './sdk-call.js';
import { queryParameter } from './url.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** How code that receives events (an event hook endpoint, a log processor) tests an event's type. */
export type EventTypeTest = 'comparison' | 'switch-case' | 'handler-key' | 'list-includes';

/** A string written in the code as an event type an event is tested against. */
export interface EventTypeString {
  /** The string literal (or template literal without expressions), written in place. */
  node: TSESTree.StringLiteral | TSESTree.TemplateLiteral;
  value: string;
  test: EventTypeTest;
}

/** A System Log query filter, with the event types it selects (`eventType eq "…"`). */
export interface LogFilter {
  /** Where the filter is written: its string, or the URL that carries it. */
  node: TSESTree.Node;
  text: string;
  eventTypes: readonly string[];
  /** `GET /api/v1/logs`, `systemLogApi.listLogEvents`, `getLogs`. */
  operation: string;
}

/** Text every file with a receiver test must contain. */
export const eventTypeReceiverGate = /eventType/;

function stringOf(node: TSESTree.Node | null | undefined): { node: TSESTree.StringLiteral | TSESTree.TemplateLiteral; value: string } | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return { node: node as TSESTree.StringLiteral, value: node.value };
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    const value = node.quasis[0]?.value.cooked;
    return typeof value === 'string' ? { node, value } : undefined;
  }
  return undefined;
}

/** `eventType`, `event.eventType`, `event?.eventType`, `event['eventType']`. */
function namesEventType(node: TSESTree.Node): boolean {
  let expression = unwrap(node);
  if (expression.type === 'ChainExpression') expression = expression.expression;
  if (expression.type === 'Identifier') return expression.name === 'eventType';
  return expression.type === 'MemberExpression' && staticKeyName(expression.property, expression.computed) === 'eventType';
}

/** An event type written like one: lower-case words joined by at least two dots (`user.credential.enroll`). */
const eventTypeShape = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){2,}$/;

/** The one value an expression has, when it has one (not one of several). */
function single(resolver: Resolver, node: TSESTree.Node): Value | undefined {
  const options = alternatives(resolver.value(node));
  return options.length === 1 ? options[0] : undefined;
}

/** The array literal an expression is, written in place or held by a same-file constant. */
function arrayOf(node: TSESTree.Node, resolver: Resolver): TSESTree.ArrayExpression | undefined {
  const value = single(resolver, node);
  return value?.kind === 'array' && value.node.type === 'ArrayExpression' ? value.node : undefined;
}

/** A string written in place, or the string a same-file constant holds (reported where the constant is written). */
function compared(node: TSESTree.Node | null | undefined, resolver: Resolver): ReturnType<typeof stringOf> {
  const expression = node && unwrap(node);
  if (expression?.type !== 'Identifier') return stringOf(expression);
  const value = single(resolver, expression);
  return value?.kind === 'string' ? stringOf(value.node) : undefined;
}

function receiverStrings(node: TSESTree.Node, resolver: Resolver, found: EventTypeString[]): void {
  switch (node.type) {
    case 'BinaryExpression': {
      if (!['===', '==', '!==', '!='].includes(node.operator)) return;
      const pairs: [TSESTree.Node, TSESTree.Node][] = [[node.left, node.right], [node.right, node.left]];
      for (const [side, other] of pairs) {
        const string = compared(side, resolver);
        if (string && namesEventType(other)) found.push({ ...string, test: 'comparison' });
      }
      return;
    }
    case 'SwitchStatement': {
      if (!namesEventType(node.discriminant)) return;
      for (const switchCase of node.cases) {
        const string = compared(switchCase.test, resolver);
        if (string) found.push({ ...string, test: 'switch-case' });
      }
      return;
    }
    case 'Property': {
      // A handler map keyed by event type: `{ 'user.credential.enroll': onEnroll }`.
      if (node.parent?.type !== 'ObjectExpression' || node.computed) return;
      const string = stringOf(node.key);
      if (string && eventTypeShape.test(string.value)) found.push({ ...string, test: 'handler-key' });
      return;
    }
    case 'AssignmentExpression': {
      // `handlers['user.credential.enroll'] = onEnroll`
      const target = node.left;
      if (target.type !== 'MemberExpression' || !target.computed) return;
      const string = stringOf(target.property);
      if (string && eventTypeShape.test(string.value)) found.push({ ...string, test: 'handler-key' });
      return;
    }
    case 'CallExpression': {
      // `['user.credential.enroll', …].includes(event.eventType)`
      const callee = node.callee;
      if (callee.type !== 'MemberExpression' || staticKeyName(callee.property, callee.computed) !== 'includes') return;
      const argument = node.arguments[0];
      if (!argument || !namesEventType(argument)) return;
      const array = arrayOf(callee.object, resolver);
      for (const element of array?.elements ?? []) {
        const string = compared(element, resolver);
        if (string) found.push({ ...string, test: 'list-includes' });
      }
      return;
    }
    default:
      return;
  }
}

const receiverCache = new WeakMap<object, readonly EventTypeString[]>();

/**
 * Strings that receiver code tests an event's type against: `event.eventType === '…'`, `switch (eventType) { case '…' }`,
 * handler maps keyed by an event type, `[…].includes(event.eventType)`. Walks the file, so call it only behind a text
 * gate (`eventTypeReceiverGate` plus the strings the caller looks for). Cached per file.
 */
export function locateEventTypeStrings(sourceCode: SourceCode): readonly EventTypeString[] {
  const cached = receiverCache.get(sourceCode);
  if (cached) return cached;
  const resolver = resolverFor(sourceCode);
  const found: EventTypeString[] = [];
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => receiverStrings(node, resolver, found));
  receiverCache.set(sourceCode, found);
  return found;
}

const filterEventType = /\beventType[\s+]+eq[\s+]+(?:"([^"]*)"|'([^']*)')/g;

/** The event types an Okta System Log filter selects with `eventType eq "…"` (spaces may be written `+` in a URL). */
export function filterEventTypes(filter: string): string[] {
  return [...filter.matchAll(filterEventType)].map((match) => match[1] ?? match[2] ?? '');
}

const logsPath = /^\/api\/v1\/logs$/;
const sdkLogMethods = new Set(['systemLogApi.listLogEvents', 'getLogs']);

/** The `filter` of a query or request object, when it is a known string. */
function filterFrom(resolver: Resolver, object: Value | undefined, operation: string): LogFilter | undefined {
  const entry = object?.kind === 'object' ? lastEntry(object, 'filter') : undefined;
  const value = entry && resolver.entryValue(entry);
  if (!entry?.valueNode || value?.kind !== 'string' || !value.complete) return undefined;
  return { node: entry.valueNode, text: value.text, eventTypes: filterEventTypes(value.text), operation };
}

const filterCache = new WeakMap<object, readonly LogFilter[]>();

/**
 * System Log queries with a `filter`: `GET /api/v1/logs?filter=…` (in the URL, axios `params`, got `searchParams`),
 * okta-sdk-nodejs 7+ `systemLogApi.listLogEvents({ filter })` and 6.x `getLogs({ filter })`. Cached per file.
 */
export function locateLogFilters(sourceCode: SourceCode): readonly LogFilter[] {
  const cached = filterCache.get(sourceCode);
  if (cached) return cached;
  const resolver = resolverFor(sourceCode);
  const filters: LogFilter[] = [];
  for (const call of matchingCalls(locateHttpCalls(sourceCode), logsPath, ['GET'])) {
    const inUrl = queryParameter(call.url, 'filter');
    const found =
      inUrl !== undefined
        ? { node: call.urlNode, text: inUrl, eventTypes: filterEventTypes(inUrl), operation: 'GET /api/v1/logs' }
        : filterFrom(resolver, call.query, 'GET /api/v1/logs');
    if (found) filters.push(found);
  }
  for (const call of locateSdkCalls(sourceCode)) {
    const method = call.path.join('.');
    if (call.sdk !== 'okta-sdk-nodejs' || !sdkLogMethods.has(method)) continue;
    const found = filterFrom(resolver, call.first, method);
    if (found) filters.push(found);
  }
  filterCache.set(sourceCode, filters);
  return filters;
}
