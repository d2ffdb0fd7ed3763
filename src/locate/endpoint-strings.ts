import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { alternatives, resolverFor, type Resolver } from '../resolve/index.js';
import { climbValue, staticKeyName, unwrap } from '../util/ast.js';
import { stringLiteralsMatching } from '../util/string-literals.js';
import { locateHttpCalls } from './http-call.js';
import { routeMethods } from './request-handlers.js';
import { mergeUrls, normalizeUrl, type NormalizedUrl } from './url.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A string that is an Okta API path (or a URL with one), written where no request is made with it in this file. */
export interface EndpointString {
  /** The string expression: a literal, a template, or a `+` concatenation. */
  node: TSESTree.Node;
  url: NormalizedUrl;
}

/** Text every file with an Okta API path has. */
export const endpointStringGate = /\/api\/v1\//;

/**
 * Mocking libraries: `nock(…).post(path)`, `fetchMock.post(path, …)`, `cy.intercept('POST', path)`, `mock.onPost(path)`,
 * msw's `http.post(path, resolver)` and `rest.post(…)`.
 */
const mockRoots = new Set(['nock', 'fetchMock', 'fetchMocker', 'cy', 'moxios', 'mockAxios', 'http', 'rest']);
const mockMethods = new Set(['intercept', 'onGet', 'onPost', 'onPut', 'onPatch', 'onDelete', 'onAny', 'onHead', 'onOptions', 'reply', 'replyOnce']);
/** How apps name what they register routes on (`app.post('/api/v1/…', handler)`): their own server, not Okta. */
const routerNames = new Set(['app', 'router', 'server', 'routes', 'fastify']);
/** Keys next to a path that make an object a route definition (fastify, hapi, React Router, Vue Router, Remix). */
const routeObjectKeys = new Set(['handler', 'component', 'components', 'element', 'loader', 'action', 'children']);
/** Methods that compare a string with another: a server matching its own request's path. */
const stringTests = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'match', 'test', 'localeCompare']);

/** The string expression a literal is part of: the whole `+` chain or template around it. */
function wholeString(literal: TSESTree.Node): TSESTree.Node {
  let node = literal;
  for (let depth = 0; depth < 64; depth++) {
    const parent = node.parent;
    if (parent?.type === 'BinaryExpression' && parent.operator === '+') node = parent;
    else if (parent?.type === 'TemplateLiteral') node = parent;
    else break;
  }
  return node;
}


/** The identifier a member chain or call chain starts at: `nock` of `nock(base).post`, `app` of `app.route(x).get`. */
function chainRoot(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let depth = 0; depth < 64; depth++) {
    if (current.type === 'MemberExpression') current = current.object;
    else if (current.type === 'CallExpression') current = current.callee;
    else break;
  }
  return current;
}

function isFunctionLike(resolver: Resolver, node: TSESTree.Node): boolean {
  const inner = unwrap(node);
  if (inner.type === 'FunctionExpression' || inner.type === 'ArrowFunctionExpression') return true;
  if (inner.type !== 'Identifier' && inner.type !== 'MemberExpression') return false;
  return alternatives(resolver.value(inner)).some((option) => option.kind === 'function');
}

/**
 * Whether a call that takes the string defines the app's own behavior rather than calls Okta: a route registration
 * (`app.post('/api/v1/…', handler)`, `router.get(…)`), a test double (`nock(…)`, `fetchMock`, `cy.intercept`,
 * axios-mock-adapter), or a test of the string itself (`url.startsWith('/api/v1/…')`).
 */
function isOwnOrMockCall(resolver: Resolver, call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression') return false;
  const method = staticKeyName(callee.property, callee.computed);
  if (method === undefined) return false;
  const root = chainRoot(callee.object);
  const rootName = root.type === 'Identifier' ? root.name : undefined;
  if (mockMethods.has(method) || (rootName !== undefined && mockRoots.has(rootName))) return true;
  if (stringTests.has(method)) return true;
  if (!routeMethods.has(method)) return false;
  if (rootName !== undefined && routerNames.has(rootName)) return true;
  return call.arguments.some((other) => other !== argument && other.type !== 'SpreadElement' && isFunctionLike(resolver, other));
}

/** Where a string is no value the program uses: a type, a module specifier, a JSX route's `path`. */
function isNotAValue(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case 'TSLiteralType':
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSExternalModuleReference':
    case 'TSModuleDeclaration':
      return true;
    case 'JSXAttribute':
      return parent.name.type === 'JSXIdentifier' && parent.name.name === 'path';
    default:
      return false;
  }
}

/** Whether the string is a route or a test rather than a request: see `isOwnOrMockCall`, plus route objects and comparisons. */
function isOwnOrMockUse(resolver: Resolver, expression: TSESTree.Node): boolean {
  if (isNotAValue(expression)) return true;
  const node = climbValue(expression);
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'CallExpression' && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) return isOwnOrMockCall(resolver, parent, node);
  if (parent.type === 'MemberExpression' && parent.object === node) {
    // '/api/v1/…'.startsWith(…), a regexp test on it.
    const method = staticKeyName(parent.property, parent.computed);
    return method !== undefined && stringTests.has(method);
  }
  if (parent.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(parent.operator)) return true;
  if (parent.type === 'SwitchCase') return true;
  if (parent.type === 'Property') {
    if (parent.key === node) return true;
    const object = parent.parent;
    return (
      object?.type === 'ObjectExpression' &&
      object.properties.some((property) => property.type === 'Property' && routeObjectKeys.has(staticKeyName(property.key, property.computed) ?? ''))
    );
  }
  return false;
}

const cache = new WeakMap<object, readonly EndpointString[]>();

/**
 * Strings that are an Okta API path, or a URL with one (`'/api/v1/authn/recovery/password'`,
 * `` `${ORG}/api/v1/org/factors/okta_sms/lifecycle/activate` ``, a path plus query), wherever they are written: an
 * endpoint constant in a `paths` module, a literal handed to a helper imported from elsewhere. A string that is part
 * of a request this file makes (the HTTP locator reports that), a route of the app's own server, a test double or a
 * comparison is left out. Call it behind `endpointStringGate`. Cached per file.
 */
export function locateEndpointStrings(sourceCode: SourceCode): readonly EndpointString[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const resolver = resolverFor(sourceCode);
  const requested = new Set<string>();
  for (const call of locateHttpCalls(sourceCode)) for (const url of call.urls) requested.add(`${url.path}?${url.query}`);
  const found: EndpointString[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const literal of stringLiteralsMatching(sourceCode.ast, sourceCode.text, sourceCode.visitorKeys, endpointStringGate)) {
    const expression = wholeString(literal);
    if (seen.has(expression)) continue;
    seen.add(expression);
    if (isOwnOrMockUse(resolver, expression)) continue;
    const urls = resolver.texts(expression).map((text) => normalizeUrl(text.text));
    const fresh = urls.filter((url) => !requested.has(`${url.path}?${url.query}`));
    if (fresh.length === 0 || fresh.length < urls.length) continue;
    found.push({ node: expression, url: mergeUrls(fresh) });
  }
  cache.set(sourceCode, found);
  return found;
}
