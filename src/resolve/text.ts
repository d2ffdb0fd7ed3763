import type { TSESTree } from '@typescript-eslint/utils';
import { limits } from './limits.js';
import { HOLE, type Text } from './value.js';

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
