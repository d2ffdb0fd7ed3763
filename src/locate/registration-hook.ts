import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classicProfileField, registrationCommands, requestTypeKey, telephonyHookMarkers } from '../data/registration-hook.js';
import { resolverFor, type Resolver } from '../resolve/index.js';
import { staticKeyName, unwrap } from '../util/ast.js';
import { walk } from '../util/walk.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Something in a handler that only a registration inline hook does. */
export interface RegistrationHookSignal {
  node: TSESTree.Node;
  kind: 'reads-user-profile' | 'returns-command';
  /** `data.userProfile`, or the command type. */
  detail: string;
  /** The expression that holds the request body (`req.body`, `JSON.parse(event.body)`), when the signal reads it. */
  body: TSESTree.Node | undefined;
}

/** A function that handles a registration inline hook request. */
export interface RegistrationHookHandler {
  fn: FunctionNode;
  signals: RegistrationHookSignal[];
  /** The handler, a function around it, or every caller of it reads `requestType`. */
  checksRequestType: boolean;
}

/**
 * Text a file must contain to hold a Classic Engine registration hook handler: `data.userProfile`, a destructuring
 * of `userProfile` from `data` (`{ data: { userProfile } }`, `{ userProfile } = req.body.data`, `= data`), or a registration
 * command. Specific on purpose: the Sign-In Widget's own code says `userProfile` in many files. The spans between the
 * words are capped (a destructuring is short), so the scan stays linear on any text: an unbounded `[^}]*` would
 * rescan the rest of a long text from every `data: {` or `userProfile`.
 */
export const registrationHookGate =
  /data\.userProfile|\bdata\s*:\s*\{[^}]{0,300}\buserProfile|\buserProfile\b[^}=]{0,300}\}\s*=\s*[\w.()]{0,100}\bdata\b|com\.okta\.(?:action|user\.profile)\.update/;

const isFunction = (node: TSESTree.Node): node is FunctionNode =>
  node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';

function memberName(node: TSESTree.Node): string | undefined {
  return node.type === 'MemberExpression' ? staticKeyName(node.property, node.computed) : undefined;
}

/**
 * An expression that holds an inline hook request body: `req.body`, `ctx.request.body`, `JSON.parse(event.body)`, a
 * value named `body` (destructured from the request, or a helper's parameter), or a same-file constant holding one.
 */
function isHookBody(node: TSESTree.Node, resolver: Resolver, depth = 0): boolean {
  if (depth > 4) return false;
  let expression = unwrap(node);
  if (expression.type === 'AwaitExpression') expression = unwrap(expression.argument);
  if (memberName(expression) === 'body') return true;
  if (expression.type === 'CallExpression' && expression.callee.type === 'MemberExpression') {
    const object = expression.callee.object;
    if (object.type === 'Identifier' && object.name === 'JSON' && memberName(expression.callee) === 'parse') return true;
  }
  if (expression.type !== 'Identifier') return false;
  // A value called `body` (a parameter of a helper the handler passes the body to).
  if (expression.name === 'body') return true;
  const variable = resolver.variableOf(expression);
  const def = variable?.defs[0];
  if (!variable || !def) return false;
  // `const { body } = req` / `({ body }) => …`
  const identifier = def.name as TSESTree.Identifier;
  const property = identifier.parent;
  if (property?.type === 'Property' && property.parent?.type === 'ObjectPattern' && staticKeyName(property.key, property.computed) === 'body') {
    return true;
  }
  const init = resolver.initializer(variable);
  return init ? isHookBody(init, resolver, depth + 1) : false;
}

/** `<body>.data`: returns the body expression (through at most a few constants). */
function hookData(node: TSESTree.Node, resolver: Resolver, depth = 0): TSESTree.Node | undefined {
  if (depth > 8) return undefined;
  const expression = unwrap(node);
  if (expression.type === 'MemberExpression' && memberName(expression) === classicProfileField.data && isHookBody(expression.object, resolver)) {
    return expression.object;
  }
  if (expression.type !== 'Identifier') return undefined;
  const variable = resolver.variableOf(expression);
  if (!variable) return undefined;
  const init = resolver.initializer(variable);
  if (init) return hookData(init, resolver, depth + 1);
  // `const { data } = req.body`
  const identifier = variable.defs[0]?.name as TSESTree.Identifier | undefined;
  const property = identifier?.parent;
  const pattern = property?.parent;
  const declarator = pattern?.parent;
  if (
    property?.type === 'Property' &&
    staticKeyName(property.key, property.computed) === classicProfileField.data &&
    pattern?.type === 'ObjectPattern' &&
    declarator?.type === 'VariableDeclarator' &&
    declarator.init &&
    isHookBody(declarator.init, resolver)
  ) {
    return declarator.init;
  }
  return undefined;
}

function userProfileSignal(node: TSESTree.Node, resolver: Resolver): RegistrationHookSignal | undefined {
  const detail = `${classicProfileField.data}.${classicProfileField.profile}`;
  // `req.body.data.userProfile`, `data.userProfile`
  if (node.type === 'MemberExpression' && memberName(node) === classicProfileField.profile) {
    const body = hookData(node.object, resolver);
    return body ? { node, kind: 'reads-user-profile', detail, body } : undefined;
  }
  if (node.type !== 'VariableDeclarator' || node.id.type !== 'ObjectPattern' || !node.init) return undefined;
  for (const property of node.id.properties) {
    if (property.type !== 'Property') continue;
    const key = staticKeyName(property.key, property.computed);
    // `const { userProfile } = req.body.data`
    if (key === classicProfileField.profile) {
      const body = hookData(node.init, resolver);
      if (body) return { node: property, kind: 'reads-user-profile', detail, body };
    }
    // `const { data: { userProfile } } = req.body`
    if (key === classicProfileField.data && property.value.type === 'ObjectPattern' && isHookBody(node.init, resolver)) {
      const inner = property.value.properties.find(
        (candidate) => candidate.type === 'Property' && staticKeyName(candidate.key, candidate.computed) === classicProfileField.profile,
      );
      if (inner) return { node: inner, kind: 'reads-user-profile', detail, body: node.init };
    }
  }
  return undefined;
}

function commandSignal(node: TSESTree.Node, resolver: Resolver): RegistrationHookSignal | undefined {
  if (node.type !== 'ObjectExpression') return undefined;
  let typeNode: TSESTree.Node | undefined;
  let valueNode: TSESTree.Node | undefined;
  for (const property of node.properties) {
    if (property.type !== 'Property') continue;
    const key = staticKeyName(property.key, property.computed);
    if (key === 'type') typeNode = property.value;
    else if (key === 'value') valueNode = property.value;
  }
  const type = typeNode && resolver.string(typeNode);
  const command = registrationCommands.find((candidate) => candidate.type === type);
  if (!command || !typeNode) return undefined;
  if (command.valueKey) {
    const value = valueNode && unwrap(valueNode);
    const hasKey =
      value?.type === 'ObjectExpression' &&
      value.properties.some((property) => property.type === 'Property' && staticKeyName(property.key, property.computed) === command.valueKey);
    if (!hasKey) return undefined;
  }
  return { node: typeNode, kind: 'returns-command', detail: command.type, body: undefined };
}

function enclosingFunctions(node: TSESTree.Node): FunctionNode[] {
  const found: FunctionNode[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) found.push(current);
  }
  return found;
}

/**
 * The function that receives the request a body expression comes from: the one that declares `req` in `req.body`,
 * `event` in `JSON.parse(event.body)`, or a helper's `body` parameter.
 */
function requestFunction(node: TSESTree.Node, resolver: Resolver, depth = 0): FunctionNode | undefined {
  if (depth > 6) return undefined;
  let expression = unwrap(node);
  if (expression.type === 'AwaitExpression') expression = unwrap(expression.argument);
  if (expression.type === 'MemberExpression') return requestFunction(expression.object, resolver, depth + 1);
  if (expression.type === 'CallExpression') return expression.arguments[0] ? requestFunction(expression.arguments[0], resolver, depth + 1) : undefined;
  if (expression.type !== 'Identifier') return undefined;
  const def = resolver.variableOf(expression)?.defs[0];
  if (def?.type === 'Parameter' && isFunction(def.node as TSESTree.Node)) return def.node as FunctionNode;
  if (def?.type === 'Variable' && def.node.init) return requestFunction(def.node.init, resolver, depth + 1);
  return undefined;
}

/** Calls `visit` on the nodes of a function that are not inside a function nested in it. */
function walkOwn(fn: FunctionNode, visitorKeys: SourceCode['visitorKeys'], visit: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [fn.body, ...fn.params];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as TSESTree.Node).type === 'string' && !isFunction(item as TSESTree.Node)) stack.push(item as TSESTree.Node);
      }
    }
  }
}

const isRequestTypeRead = (node: TSESTree.Node) =>
  (node.type === 'Identifier' && node.name === requestTypeKey) || (node.type === 'Literal' && node.value === requestTypeKey);

/** The function reads `requestType` anywhere in it. */
function readsRequestType(fn: FunctionNode, sourceCode: SourceCode): boolean {
  let found = false;
  walk(fn, sourceCode.visitorKeys, (node) => {
    found ||= isRequestTypeRead(node);
  });
  return found;
}

/** The function reads `requestType` in its own code (a check around the nested callback where the handler does its work). */
function readsRequestTypeOwn(fn: FunctionNode, sourceCode: SourceCode): boolean {
  let found = false;
  walkOwn(fn, sourceCode.visitorKeys, (node) => {
    found ||= isRequestTypeRead(node);
  });
  return found;
}

/** For a named handler helper, the functions that call it: `function readProfile(body) {…}` called from a route. */
function callers(fn: FunctionNode, sourceCode: SourceCode): FunctionNode[] | undefined {
  const name =
    fn.type === 'FunctionDeclaration'
      ? fn.id
      : fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn && fn.parent.id.type === 'Identifier'
        ? fn.parent.id
        : undefined;
  if (!name) return undefined;
  const variable = sourceCode.getDeclaredVariables(fn.type === 'FunctionDeclaration' ? fn : fn.parent!).find((candidate) => candidate.name === name.name);
  const reads = (variable?.references ?? []).filter((reference) => reference.identifier !== name && reference.isRead());
  if (reads.length === 0) return undefined;
  const enclosing = reads.map((reference) => enclosingFunctions(reference.identifier)[0]);
  return enclosing.every((candidate) => candidate !== undefined) ? (enclosing as FunctionNode[]) : undefined;
}

/** Whether `fn` checks `requestType` itself, in a function around it, or (for a named helper) in every caller. */
function checksRequestType(fn: FunctionNode, sourceCode: SourceCode, visited = new Set<FunctionNode>()): boolean {
  if (visited.has(fn)) return false;
  // Callers of callers, past a fixed depth: no proof either way, so no report (the recursion stays shallow).
  if (visited.size > 16) return true;
  visited.add(fn);
  if (readsRequestType(fn, sourceCode)) return true;
  if (enclosingFunctions(fn).some((outer) => readsRequestTypeOwn(outer, sourceCode))) return true;
  const calledFrom = callers(fn, sourceCode);
  return calledFrom !== undefined && calledFrom.every((caller) => checksRequestType(caller, sourceCode, visited));
}

const signalText = new RegExp(`${classicProfileField.profile}|${registrationCommands.map((command) => command.type.replace(/\./g, '\\.')).join('|')}`, 'g');

const cache = new WeakMap<object, readonly RegistrationHookHandler[]>();

/**
 * Functions that handle a registration inline hook the Classic Engine way: they read `body.data.userProfile` or
 * answer with a registration command (`com.okta.action.update` with `registration`, `com.okta.user.profile.update`).
 * Each is the function that receives the request (the route handler, the Lambda handler, a helper given the body), or
 * for a command the function that builds it. Call it behind `registrationHookGate`. Cached per file.
 */
export function locateRegistrationHookHandlers(sourceCode: SourceCode): readonly RegistrationHookHandler[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const resolver = resolverFor(sourceCode);
  const byFunction = new Map<FunctionNode, RegistrationHookSignal[]>();
  const seen = new Set<TSESTree.Node>();
  // Start from where the text names the field or the command (a few places even in a large bundle), not from a walk
  // of the whole tree, and climb to the member access, destructuring or command object around it.
  for (const match of sourceCode.text.matchAll(signalText)) {
    const start = sourceCode.getNodeByRangeIndex(match.index) as TSESTree.Node | null;
    if (start?.type !== 'Identifier' && start?.type !== 'Literal') continue;
    let node: TSESTree.Node | undefined = start;
    for (let depth = 0; node && depth < 6; depth++, node = node.parent) {
      const signal = userProfileSignal(node, resolver) ?? commandSignal(node, resolver);
      if (!signal) continue;
      const fn = (signal.body && requestFunction(signal.body, resolver)) ?? enclosingFunctions(signal.node)[0];
      if (fn && !seen.has(signal.node)) {
        seen.add(signal.node);
        byFunction.set(fn, [...(byFunction.get(fn) ?? []), signal]);
      }
      break;
    }
  }
  // A command built in a callback nested in the handler belongs to the handler.
  for (const fn of [...byFunction.keys()]) {
    const outer = enclosingFunctions(fn).findLast((candidate) => byFunction.has(candidate));
    if (!outer) continue;
    byFunction.set(outer, [...byFunction.get(outer)!, ...byFunction.get(fn)!]);
    byFunction.delete(fn);
  }
  const handlers: RegistrationHookHandler[] = [];
  for (const [fn, signals] of byFunction) {
    // A telephony inline hook also reads `data.userProfile`; only registration hooks gain `requestType`.
    if (telephonyHookMarkers.test(sourceCode.text.slice(fn.range[0], fn.range[1]))) continue;
    signals.sort((a, b) => a.node.range[0] - b.node.range[0]);
    handlers.push({ fn, signals, checksRequestType: checksRequestType(fn, sourceCode) });
  }
  handlers.sort((a, b) => a.fn.range[0] - b.fn.range[0]);
  cache.set(sourceCode, handlers);
  return handlers;
}
