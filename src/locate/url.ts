import type { TSESTree } from '@typescript-eslint/utils';
import { HOLE, limits, type CallContext, type Resolver } from '../resolve/index.js';

/** Stands for a part of a URL that is only known at run time (`${id}`, `orgUrl + …`). */
export const placeholder = ':param';

/** A request URL reduced to what the rules match on: its path, with each unknown part as `:param`. */
export interface NormalizedUrl {
  /** `/api/v1/sessions/:param`: no origin, no query, no trailing slash. */
  path: string;
  /** The query string without `?` (placeholders as `:param`), or '' when there is none. */
  query: string;
  /** The URL started with a value known only at run time (`${orgUrl}/api/v1/…`), dropped as the origin. */
  prefixUnknown: boolean;
}

const scheme = /^[a-z][a-z+.-]*:\/\//i;

/** The length of the `scheme://host` at the start of `text` (0 when there is none). Linear: no backtracking. */
function originLength(text: string): number {
  const match = scheme.exec(text);
  if (!match) return 0;
  let end = match[0].length;
  while (end < text.length && text[end] !== '/' && text[end] !== '?') end++;
  return end;
}

/** Collapses runs of `/` and drops a trailing one, in one pass. */
function tidyPath(raw: string): string {
  let path = '';
  for (const character of raw) {
    if (character === '/' && path.endsWith('/')) continue;
    path += character;
  }
  if (!path.startsWith('/')) path = `/${path}`;
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * Reduces URL text (with a `HOLE` for each run-time part) to its path: the origin (literal or run-time) and the
 * fragment go, the query is kept apart. Every step is a single scan, whatever the text.
 */
export function normalizeUrl(text: string): NormalizedUrl {
  const hash = text.indexOf('#');
  let rest = hash === -1 ? text : text.slice(0, hash);
  let prefixUnknown = false;
  const origin = originLength(rest);
  if (origin > 0) {
    rest = rest.slice(origin);
  } else if (rest.startsWith(HOLE)) {
    prefixUnknown = true;
    let start = 0;
    while (rest[start] === HOLE) start++;
    rest = rest.slice(start);
    // `${scheme}://${host}/…` or `${host}/…`: a run-time origin.
    if (rest.startsWith('://')) {
      let end = 3;
      while (end < rest.length && rest[end] !== '/' && rest[end] !== '?') end++;
      rest = rest.slice(end);
    }
  }
  const queryAt = rest.indexOf('?');
  const rawPath = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : rest.slice(queryAt + 1);
  return { path: tidyPath(rawPath.split(HOLE).join(placeholder)), query: rawQuery.split(HOLE).join(placeholder), prefixUnknown };
}

/**
 * One URL for several a request may have (`…/lifecycle/${on ? 'activate' : 'deactivate'}`): the path segments they
 * share, with `:param` where they differ (and for the rest, when they have different lengths); the query when they
 * all have the same.
 */
export function mergeUrls(urls: readonly NormalizedUrl[]): NormalizedUrl {
  const [first, ...rest] = urls;
  if (!first || rest.length === 0) return first ?? { path: '/', query: '', prefixUnknown: false };
  const paths = urls.map((url) => url.path.split('/'));
  const length = Math.min(...paths.map((segments) => segments.length));
  const segments: string[] = [];
  for (let index = 0; index < length; index++) {
    const segment = paths[0]![index]!;
    segments.push(paths.every((other) => other[index] === segment) ? segment : placeholder);
  }
  if (paths.some((other) => other.length !== length)) segments.push(placeholder);
  const query = urls.every((url) => url.query === first.query) ? first.query : placeholder;
  return { path: tidyPath(segments.join('/')), query, prefixUnknown: urls.some((url) => url.prefixUnknown) };
}

/** A request path joined to a base URL (`baseURL`, `prefixUrl`), unless the path is absolute itself. */
export function withBase(base: string, text: string): string {
  if (!base || scheme.test(text)) return text;
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}/${text.startsWith('/') ? text.slice(1) : text}`;
}

/**
 * Each URL an expression may be (its string alternatives, at most `limits.alternatives`), joined to each base and
 * normalized. Templates, `+`, constants, `new URL(path, base)`, `url.href`, `util.format` and every other form the
 * resolver knows; a part it does not know is a `:param`.
 */
export function resolveUrls(resolver: Resolver, node: TSESTree.Node, context?: CallContext, bases: readonly string[] = ['']): NormalizedUrl[] {
  const urls: NormalizedUrl[] = [];
  const seen = new Set<string>();
  for (const text of resolver.texts(node, context)) {
    for (const base of bases) {
      const url = normalizeUrl(withBase(base, text.text));
      const key = `${url.path}?${url.query}${url.prefixUnknown}`;
      if (seen.has(key) || urls.length >= limits.alternatives) continue;
      seen.add(key);
      urls.push(url);
    }
  }
  return urls;
}

/** The texts a base URL option may have (`baseURL: `${org}/api/v1``), or `['']` when there is none. */
export function baseTexts(resolver: Resolver, node: TSESTree.Node | undefined, context?: CallContext): string[] {
  return node ? resolver.texts(node, context).map((text) => text.text) : [''];
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
