import { parse } from '@typescript-eslint/parser';
import type { Random } from './random.js';

/**
 * Puts comments in odd places: between any two tokens a block comment (no line break, so automatic semicolon
 * insertion never changes), and a line comment where the gap already breaks the line. Each comment has its own text,
 * so the fix-safety check can tell exactly which one a fix dropped. Returns the code unchanged if it does not parse.
 */
export function sprinkleComments(code: string, rng: Random, count: number, jsx = false): string {
  let tokens: { range: [number, number] }[];
  try {
    tokens = (parse(code, { range: true, tokens: true, comment: true, jsx, loc: false }).tokens ?? []) as { range: [number, number] }[];
  } catch {
    return code;
  }
  if (tokens.length === 0) return code;
  const insertions = new Map<number, string>();
  for (let index = 0; index < count; index++) {
    const at = rng.int(0, tokens.length);
    // Gap `at` runs from the end of token at-1 (or the start of the file) to the start of token `at` (or the end).
    const start = at === 0 ? 0 : tokens[at - 1]!.range[1];
    const end = at === tokens.length ? code.length : tokens[at]!.range[0];
    const gap = code.slice(start, end);
    const label = `c${rng.int(0, 99999)}`;
    const newline = gap.indexOf('\n');
    const lineComment = newline !== -1 && /^[ \t]*$/.test(gap.slice(0, newline)) && rng.chance(0.5);
    const text = lineComment ? ` // ${label}` : rng.chance(0.2) ? `/*${label}*/` : ` /* ${label} */ `;
    insertions.set(start, (insertions.get(start) ?? '') + text);
  }
  let result = '';
  let last = 0;
  for (const offset of [...insertions.keys()].sort((a, b) => a - b)) {
    result += code.slice(last, offset) + insertions.get(offset)!;
    last = offset;
  }
  return result + code.slice(last);
}
