import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getStaticValue } from '@typescript-eslint/utils/ast-utils';
import { constantInitializer, staticKeyName, unwrap, variableOf } from '../util/ast.js';

type Scope = TSESLint.Scope.Scope;

/** Stands for a part of a URL that is only known at run time (`${id}`, `orgUrl + …`). */
export const placeholder = ':param';
const hole = '\u0000';

/** A request URL reduced to what the rules match on: its path, with each unknown part as `:param`. */
export interface NormalizedUrl {
  /** `/api/v1/sessions/:param`: no origin, no query, no trailing slash. */
  path: string;
  /** The query string without `?` (placeholders as `:param`), or '' when there is none. */
  query: string;
  /** The URL started with a value known only at run time (`${orgUrl}/api/v1/…`), dropped as the origin. */
  prefixUnknown: boolean;
}

function fromStatic(node: TSESTree.Node, scope: Scope): string | undefined {
  const result = getStaticValue(node, scope);
  return result && (typeof result.value === 'string' || typeof result.value === 'number') ? String(result.value) : undefined;
}

/**
 * The text of a URL expression with every run-time part replaced by a hole: string literals, template literals,
 * `+` concatenation, same-file constants, `new URL(path, base)`, `url.href`, `util.format('/x/%s', id)`.
 */
export function urlText(node: TSESTree.Node, scope: Scope, depth = 0): string {
  if (depth > 8) return hole;
  const expression = unwrap(node);
  switch (expression.type) {
    case 'Literal':
      return typeof expression.value === 'string' ? expression.value : hole;
    case 'TemplateLiteral': {
      let text = '';
      expression.quasis.forEach((quasi, index) => {
        text += quasi.value.cooked ?? hole;
        const inner = expression.expressions[index];
        if (inner) text += urlText(inner, scope, depth + 1);
      });
      return text;
    }
    case 'BinaryExpression':
      if (expression.operator === '+') {
        return urlText(expression.left, scope, depth + 1) + urlText(expression.right, scope, depth + 1);
      }
      return hole;
    case 'Identifier': {
      const variable = variableOf(expression, scope);
      const init = variable && constantInitializer(variable);
      if (init) return urlText(init, scope, depth + 1);
      return fromStatic(expression, scope) ?? hole;
    }
    case 'NewExpression':
      return newUrlText(expression, scope, depth);
    case 'MemberExpression': {
      const name = staticKeyName(expression.property, expression.computed);
      // `new URL(…).href`, `url.href`, `url.toString()` stand for the URL itself.
      if (name === 'href') return urlText(expression.object, scope, depth + 1);
      return fromStatic(expression, scope) ?? hole;
    }
    case 'CallExpression':
      return callUrlText(expression, scope, depth);
    default:
      return fromStatic(expression, scope) ?? hole;
  }
}

function newUrlText(expression: TSESTree.NewExpression, scope: Scope, depth: number): string {
  if (expression.callee.type !== 'Identifier' || expression.callee.name !== 'URL' || !expression.arguments[0]) return hole;
  const path = urlText(expression.arguments[0], scope, depth + 1);
  const base = expression.arguments[1];
  if (!base || /^[a-z][a-z+.-]*:\/\//i.test(path)) return path;
  const baseText = urlText(base, scope, depth + 1);
  // An absolute path replaces the base's path; a relative one is resolved against it. (Index scans, not regular
  // expressions: a `.*$` or `[^/]*$` is quadratic on a long text with many candidate starts.)
  if (path.startsWith('/')) {
    const scheme = /^[a-z][a-z+.-]*:\/\//i.exec(baseText)?.[0].length ?? 0;
    const slash = baseText.indexOf('/', scheme);
    return `${slash === -1 ? baseText : baseText.slice(0, slash)}${path}`;
  }
  return `${baseText.slice(0, baseText.lastIndexOf('/') + 1)}${path}`;
}

function callUrlText(expression: TSESTree.CallExpression, scope: Scope, depth: number): string {
  const callee = expression.callee;
  if (callee.type === 'MemberExpression') {
    const name = staticKeyName(callee.property, callee.computed);
    if (name === 'toString' && expression.arguments.length === 0) return urlText(callee.object, scope, depth + 1);
    // util.format('/api/v1/sessions/%s', id)
    if (name === 'format' && expression.arguments[0]) {
      const pattern = urlText(expression.arguments[0], scope, depth + 1);
      if (pattern.includes('%')) return pattern.replace(/%[sdifjoO]/g, hole);
    }
    // url.resolve(base, path)
    if (name === 'resolve' && expression.arguments.length === 2) {
      return urlText(expression.arguments[0]!, scope, depth + 1) + urlText(expression.arguments[1]!, scope, depth + 1);
    }
  }
  return fromStatic(expression, scope) ?? hole;
}

/** Reduces URL text to its path: the origin (literal or run-time) and the fragment go, the query is kept apart. */
export function normalizeUrl(text: string): NormalizedUrl {
  const fragment = text.indexOf('#');
  let rest = fragment === -1 ? text : text.slice(0, fragment);
  let prefixUnknown = false;
  const scheme = /^[a-z][a-z+.-]*:\/\/[^/?]*/i.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
  } else if (rest.startsWith(hole)) {
    prefixUnknown = true;
    rest = rest.replace(/^\u0000+/, '');
    // `${scheme}://${host}/…` or `${host}/…`: a run-time origin.
    rest = rest.replace(/^:\/\/[^/?]*/, '');
  }
  const queryAt = rest.indexOf('?');
  const rawPath = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : rest.slice(queryAt + 1);
  let path = rawPath.split(hole).join(placeholder).replace(/\/{2,}/g, '/');
  if (!path.startsWith('/')) path = `/${path}`;
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  path = path.slice(0, end);
  return { path, query: rawQuery.split(hole).join(placeholder), prefixUnknown };
}

export function resolveUrl(node: TSESTree.Node, scope: Scope, prefix = ''): NormalizedUrl {
  const text = urlText(node, scope);
  return normalizeUrl(prefix && !/^[a-z][a-z+.-]*:\/\//i.test(text) ? `${prefix.replace(/\/$/, '')}/${text.replace(/^\//, '')}` : text);
}

/** The value of a query parameter in a normalized query string, or undefined when absent. */
export function queryParameter(url: NormalizedUrl, name: string): string | undefined {
  for (const pair of url.query.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key && decodeSafe(key) === name) return decodeSafe(value);
  }
  return undefined;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
