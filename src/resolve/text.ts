import type { TSESTree } from '@typescript-eslint/utils';
import { limits } from './limits.js';
import type { ValueReader } from './reader.js';
import { HOLE, type Shape, type Text, type UrlValue } from './value.js';

/** A string value; the length cap is applied as it is built, so no string ever grows past it. */
export function text(node: TSESTree.Node, value: string): Text {
  if (value.length <= limits.stringLength) return { kind: 'string', node, text: value, complete: !value.includes(HOLE) };
  return { kind: 'string', node, text: value.slice(0, limits.stringLength) + HOLE, complete: false };
}

/** Joins parts, each a list of alternatives (a hole is `[HOLE]`), into at most `limits.alternatives` strings. */
export function joinParts(node: TSESTree.Node, parts: readonly (readonly string[])[]): Text[] {
  let results: string[] = [''];
  for (const part of parts) {
    const choices = results.length * part.length > limits.alternatives ? [HOLE] : part;
    const next: string[] = [];
    for (const prefix of results) {
      for (const choice of choices) {
        // Checked while concatenating: a string past the cap keeps its start and ends in a hole.
        next.push(prefix.length + choice.length > limits.stringLength ? (prefix + choice).slice(0, limits.stringLength) + HOLE : prefix + choice);
      }
    }
    results = [...new Set(next)];
  }
  return results.map((value) => text(node, value));
}

/** A form shape as a query string: `k=v&…`, with a hole for a value known only at run time. */
export function formQuery(shape: Shape, reader: Pick<ValueReader, 'entryValue' | 'textsOf'>): string {
  const pairs: string[] = [];
  for (const entry of shape.entries) {
    const values = reader.textsOf(reader.entryValue(entry));
    const value = values.length === 1 ? values[0]! : HOLE;
    pairs.push(`${encodeURIComponent(entry.key)}=${value.includes(HOLE) ? value.split(HOLE).map(encodeURIComponent).join(HOLE) : encodeURIComponent(value)}`);
  }
  if (shape.open) pairs.push(HOLE);
  return pairs.join('&');
}

export function urlText(url: UrlValue, reader: Pick<ValueReader, 'entryValue' | 'textsOf'>): string {
  if (!url.search || (url.search.entries.length === 0 && !url.search.open)) return url.text.text;
  const query = formQuery(url.search, reader);
  return `${url.text.text}${url.text.text.includes('?') ? '&' : '?'}${query}`;
}
