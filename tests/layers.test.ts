/**
 * The source layers run one way (CONTRIBUTING.md): primitives and data at the bottom, then value resolution, then the
 * locators, then the rule kit, then the rules, then the plugin object and the report. This test reads every import of
 * `src/` and fails on an import that runs upward and on any import circle, type-only imports included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../src/', import.meta.url));

/** Layer of each top-level folder or file of `src/`; a file may import its own layer and the layers below. */
const layers: Record<string, number> = {
  util: 0,
  data: 0,
  settings: 1,
  resolve: 1,
  locate: 2,
  kit: 3,
  rules: 4,
  configs: 5,
  index: 5,
  report: 6,
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(file: string): string {
  const first = relative(root, file).split(/[\\/]/)[0]!;
  return first.replace(/\.ts$/, '');
}

const files = sourceFiles(root);
const imports = new Map<string, string[]>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const targets: string[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm)) {
    const target = normalize(join(dirname(file), match[1]!)).replace(/\.js$/, '.ts');
    if (target.startsWith(root)) targets.push(target);
  }
  imports.set(file, targets);
}

describe('source layers', () => {
  it('every folder of src/ has a layer', () => {
    for (const file of files) expect(layers, relative(root, file)).toHaveProperty(layerOf(file));
  });

  it('no import runs upward', () => {
    const upward: string[] = [];
    for (const [file, targets] of imports) {
      for (const target of targets) {
        if (layers[layerOf(target)]! > layers[layerOf(file)]!) upward.push(`${relative(root, file)} → ${relative(root, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('primitives and data never import each other upward of themselves', () => {
    // util/ is AST and text primitives; data/ is plain tables. Neither may know the other.
    const crossed = [...imports].flatMap(([file, targets]) =>
      targets
        .filter((target) => (layerOf(file) === 'util' && layerOf(target) === 'data') || (layerOf(file) === 'data' && layerOf(target) === 'util'))
        .map((target) => `${relative(root, file)} → ${relative(root, target)}`),
    );
    expect(crossed).toEqual([]);
  });

  it('has no import circle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    // Iterative depth-first search, so a long chain of imports cannot overflow the stack.
    for (const start of files) {
      if (state.has(start)) continue;
      const stack: { file: string; next: number }[] = [{ file: start, next: 0 }];
      state.set(start, 'open');
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const targets = imports.get(top.file) ?? [];
        if (top.next >= targets.length) {
          state.set(top.file, 'done');
          stack.pop();
          continue;
        }
        const target = targets[top.next++]!;
        const seen = state.get(target);
        if (seen === 'open') {
          const from = stack.findIndex((frame) => frame.file === target);
          circles.push([...stack.slice(from).map((frame) => relative(root, frame.file)), relative(root, target)].join(' → '));
        } else if (seen === undefined && imports.has(target)) {
          state.set(target, 'open');
          stack.push({ file: target, next: 0 });
        }
      }
    }
    expect(circles).toEqual([]);
  });
});
