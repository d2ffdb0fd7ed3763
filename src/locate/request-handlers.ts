import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { resolverFor, type Resolver } from '../resolve/index.js';
import { staticKeyName, unwrap, variableOf } from '../util/ast.js';
import { walk } from '../util/walk.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Methods that register a route handler or middleware: express, koa-router, fastify, hapi, restify. */
export const routeMethods: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'options', 'head', 'route', 'handle']);
/** Calls whose callback runs once per request: `http.createServer(cb)`, `server.on('request', cb)`. */
const serverCallbacks = new Set(['createServer']);
/** Next.js route handlers and common serverless entry names. */
const handlerNames = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|handler|middleware)$/;

function isFunction(node: TSESTree.Node | undefined | null): node is FunctionNode {
  return node?.type === 'FunctionDeclaration' || node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression';
}

function paramName(fn: FunctionNode, index: number): string | undefined {
  const param = fn.params[index];
  const target = param?.type === 'AssignmentPattern' ? param.left : param;
  return target?.type === 'Identifier' ? target.name : undefined;
}

/** `(req, res)`, `(req, res, next)`, `(request, reply)`, `(request, response)`, lambda's `(event, context)`. */
function hasHandlerParameters(fn: FunctionNode): boolean {
  const first = paramName(fn, 0);
  const second = paramName(fn, 1);
  if (first && /^(?:req|request)$/.test(first) && second && /^(?:res|response|reply|h)$/.test(second)) return true;
  return first === 'event' && second !== undefined && /^(?:context|ctx)$/.test(second);
}

/** The name a function is declared or assigned under: `function handler()`, `const GET = async () => …`, `export const handler = …`. */
function declaredName(fn: FunctionNode): string | undefined {
  if (fn.type === 'FunctionDeclaration') return fn.id?.name;
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  return undefined;
}

function isExported(fn: FunctionNode): boolean {
  let node: TSESTree.Node | undefined = fn;
  while (node && node.type !== 'Program') {
    if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') return true;
    if (node !== fn && isFunction(node)) return false;
    node = node.parent;
  }
  return false;
}

/** A function the code hands to a web framework or server as a request handler, or declares as one. */
function isRequestHandler(fn: FunctionNode): boolean {
  if (hasHandlerParameters(fn)) return true;
  const name = declaredName(fn);
  if (name && handlerNames.test(name) && isExported(fn)) return true;
  if (fn.parent?.type === 'ExportDefaultDeclaration' && fn.params.length > 0) return true;
  const parent = fn.parent;
  // app.get('/path', (ctx) => …), router.use(async (ctx, next) => …): a route registration with any parameters.
  if (parent?.type === 'CallExpression' && parent.arguments.includes(fn as TSESTree.CallExpressionArgument) && fn.params.length > 0) {
    const callee = parent.callee;
    const method = callee.type === 'MemberExpression' ? staticKeyName(callee.property, callee.computed) : callee.type === 'Identifier' ? callee.name : undefined;
    if (method && (routeMethods.has(method) || serverCallbacks.has(method))) return true;
    if (method === 'on' && parent.arguments[0]?.type === 'Literal' && parent.arguments[0].value === 'request') return true;
  }
  // fastify.route({ method, url, handler }), hapi server.route({ handler }).
  if (parent?.type === 'Property' && staticKeyName(parent.key, parent.computed) === 'handler' && parent.value === fn) return true;
  if (parent?.type === 'MethodDefinition' || (parent?.type === 'Property' && parent.method)) {
    const key = staticKeyName(parent.key, parent.computed);
    if (key === 'handler') return true;
  }
  return false;
}

/** The function a callee names in this file: `helper()` for `function helper()` or `const helper = () => …`. */
function calledFunction(call: TSESTree.CallExpression, resolver: Resolver): FunctionNode | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier') return undefined;
  const value = resolver.value(callee);
  return value.kind === 'function' && isFunction(value.node) ? value.node : undefined;
}

const cache = new WeakMap<object, ReadonlySet<FunctionNode>>();

/**
 * Functions that run once per incoming request: request handlers and middleware (by framework registration, by
 * `(req, res)`-style parameters, by exported handler names), and every same-file function they call, transitively.
 * A heuristic, documented in the rules that use it. Cached per file.
 */
export function locatePerRequestFunctions(sourceCode: SourceCode): ReadonlySet<FunctionNode> {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const functions: FunctionNode[] = [];
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (isFunction(node)) functions.push(node);
  });
  const perRequest = new Set<FunctionNode>(functions.filter(isRequestHandler));
  const resolver = resolverFor(sourceCode);
  // Same-file functions called from per-request code run per request too.
  const queue = [...perRequest];
  while (queue.length > 0) {
    const fn = queue.pop()!;
    walk(fn.body, sourceCode.visitorKeys, (node) => {
      // A call whose result is cached (`keys ??= loadKeys()`) runs once, not per request.
      if (node.type !== 'CallExpression' || isKeptBeyondCall(node, sourceCode)) return;
      const target = calledFunction(node, resolver);
      if (target && !perRequest.has(target)) {
        perRequest.add(target);
        queue.push(target);
      }
    });
  }
  cache.set(sourceCode, perRequest);
  return perRequest;
}

/** The innermost function around a node, if any. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  let current = node.parent;
  while (current) {
    if (isFunction(current)) return current;
    current = current.parent;
  }
  return undefined;
}

/** Whether the node runs per request: some function around it is a per-request function. */
export function runsPerRequest(node: TSESTree.Node, perRequest: ReadonlySet<FunctionNode>): boolean {
  let fn = enclosingFunction(node);
  while (fn) {
    if (perRequest.has(fn)) return true;
    fn = enclosingFunction(fn);
  }
  return false;
}

const passThrough = new Set(['AwaitExpression', 'ChainExpression', 'TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'LogicalExpression', 'ConditionalExpression']);

/** Whether `variable` is declared outside `fn` (module state, a closure over the handler). */
function declaredOutside(identifier: TSESTree.Identifier, fn: FunctionNode, sourceCode: SourceCode): boolean {
  const variable = variableOf(identifier, sourceCode.getScope(identifier));
  const declaration = variable?.defs[0]?.name;
  if (!declaration) return false;
  return declaration.range[0] < fn.range[0] || declaration.range[1] > fn.range[1];
}

function writesOutside(target: TSESTree.Node, fn: FunctionNode, sourceCode: SourceCode): boolean {
  let base = unwrap(target);
  while (base.type === 'MemberExpression') base = unwrap(base.object);
  if (base.type === 'ThisExpression') return true;
  return base.type === 'Identifier' && declaredOutside(base, fn, sourceCode);
}

/**
 * Whether the value of `node` is kept beyond the call of the function around it: assigned (after `await`, `.json()`,
 * `.then()`, `??`) to a variable or property that outlives the function, or stored with `.set()` on one. That is how
 * code caches what it fetched or built; a linter cannot prove more.
 */
export function isKeptBeyondCall(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): boolean {
  const fn = enclosingFunction(node);
  if (!fn) return true;
  if (depth > 3) return false;
  let current: TSESTree.Node = node;
  for (let hops = 0; hops < 12; hops++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    if (passThrough.has(parent.type) || (parent.type === 'MemberExpression' && parent.object === current) || (parent.type === 'CallExpression' && parent.callee === current)) {
      current = parent;
      continue;
    }
    if (parent.type === 'AssignmentExpression' && parent.right === current) return writesOutside(parent.left, fn, sourceCode);
    if (parent.type === 'CallExpression' && parent.callee.type === 'MemberExpression' && staticKeyName(parent.callee.property, parent.callee.computed) === 'set') {
      return writesOutside(parent.callee.object, fn, sourceCode);
    }
    if (parent.type === 'VariableDeclarator' && parent.init === current && parent.id.type === 'Identifier') {
      const variable = variableOf(parent.id, sourceCode.getScope(parent.id));
      return (variable?.references ?? []).some(
        (reference) => reference.isRead() && reference.identifier !== parent.id && isKeptBeyondCall(reference.identifier as TSESTree.Node, sourceCode, depth + 1),
      );
    }
    return false;
  }
  return false;
}
