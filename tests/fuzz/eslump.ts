import { generateRandomJS } from 'eslump';
import type { Random } from './random.js';

/**
 * Random JavaScript from eslump, made reproducible: eslump draws from `Math.random`, so the program is generated with
 * `Math.random` fed by the seeded source. (eslump's output is valid grammar but may break an early-error rule, such as
 * a duplicate parameter; those programs do not parse and are counted, not judged.)
 */
export function eslumpProgram(rng: Random, sourceType: 'module' | 'script'): string {
  const maxDepth = rng.int(1, 6);
  const comments = rng.chance(0.5);
  const whitespace = rng.chance(0.3);
  return rng.drive(() => generateRandomJS({ sourceType, maxDepth, comments, whitespace }));
}

interface Node {
  type: string;
  range: [number, number];
  body?: unknown;
}

/**
 * Offsets where statements can be added: before each top-level statement, at the end of the program, and right
 * after the `{` of every block (function bodies, `if`/loop bodies, `try`/`catch` blocks, plain blocks).
 */
export function statementOffsets(program: Node, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>, text: string): number[] {
  const offsets = new Set<number>([text.length]);
  for (const statement of (program.body as Node[]) ?? []) offsets.add(statement.range[0]);
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'BlockStatement') offsets.add(node.range[0] + 1);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as Node).type === 'string') stack.push(item as Node);
      }
    }
  }
  return [...offsets].sort((a, b) => a - b);
}

/** A block of text that names every Okta thing the rules gate on, so their gates open on random code too. */
export function gateOpener(words: readonly string[]): string {
  return `/* ${words.join(' ').replace(/\*\//g, '* /')} */\n`;
}
