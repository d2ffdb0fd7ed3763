/**
 * `npm run demo` is the README's first command, so it is tested like the product: it runs on examples/, writes
 * nothing, exits 0, lists the findings, and its diff is exactly what `eslint --fix` makes of each file. Nothing here
 * names an example file, so examples added later are covered as they come.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@eslint/json';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffHunks, unifiedDiff } from '../scripts/unified-diff.mjs';
import plugin from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'node_modules' ? [] : filesUnder(path)) : [path];
  });
}

function snapshot(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((file) => [relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

/** Applies unified-diff hunks to `before`, checking every context and removed line on the way. */
function applyHunks(before: string, hunks: string[][]): string {
  const beforeEndsWithNewline = before === '' || before.endsWith('\n');
  const lines = before === '' ? [] : (beforeEndsWithNewline ? before.slice(0, -1) : before).split('\n');
  // Each output line with whether a newline follows it (only the last line of a file may lack one).
  const output: { text: string; newline: boolean }[] = [];
  const keep = (index: number) => output.push({ text: lines[index]!, newline: beforeEndsWithNewline || index < lines.length - 1 });
  let position = 0;
  for (const hunk of hunks) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(hunk[0]!);
    if (!header) throw new Error(`bad hunk header ${hunk[0]}`);
    const start = Number(header[1]);
    const firstLine = header[2] === '0' ? start : start - 1;
    while (position < firstLine) keep(position++);
    let lastOp = ' ';
    for (const line of hunk.slice(1)) {
      if (line.startsWith('\\')) {
        // "No newline at end of file" after a '+' line: that line ends the new text.
        if (lastOp === '+') output[output.length - 1]!.newline = false;
        continue;
      }
      const op = line[0]!;
      const text = line.slice(1);
      if (op === ' ' || op === '-') {
        if (lines[position] !== text) throw new Error(`hunk does not apply at line ${position + 1}: ${JSON.stringify(text)}`);
        if (op === ' ') keep(position);
        position++;
      } else {
        output.push({ text, newline: true });
      }
      lastOp = op;
    }
  }
  while (position < lines.length) keep(position++);
  return output.map((line) => line.text + (line.newline ? '\n' : '')).join('');
}

describe('unified diff', () => {
  it('writes hunks like diff -u', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nc\nd\n', { from: 'x', to: 'y' })).toBe('--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n');
    expect(unifiedDiff('same\n', 'same\n')).toBe('');
    expect(diffHunks('', 'new\n')).toEqual([['@@ -0,0 +1 @@', '+new']]);
    expect(diffHunks('a\n', 'a')).toEqual([['@@ -1 +1 @@', '-a', '+a', '\\ No newline at end of file']]);
  });

  it('keeps far-apart changes in separate hunks with three lines of context', () => {
    const before = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n') + '\n';
    const after = before.replace('line 2\n', 'line two\n').replace('line 19\n', 'line nineteen\n');
    const hunks = diffHunks(before, after);
    expect(hunks.map((hunk) => hunk[0])).toEqual(['@@ -1,5 +1,5 @@', '@@ -16,5 +16,5 @@']);
  });

  it('round-trips: applying the diff of any two texts to the first gives the second', () => {
    // A fixed-seed generator, so a failure reproduces.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = () => {
      const lines = Array.from({ length: random(14) }, () => `l${random(5)}`);
      return lines.length === 0 ? '' : lines.join('\n') + (random(4) === 0 ? '' : '\n');
    };
    for (let round = 0; round < 2000; round++) {
      const before = text();
      const after = text();
      expect(applyHunks(before, diffHunks(before, after, random(4))), JSON.stringify({ before, after })).toBe(after);
    }
  });
});

describe('npm run demo (scripts/demo.mjs)', () => {
  let run: ReturnType<typeof spawnSync>;
  let stdout = '';
  let before: Map<string, string>;

  beforeAll(() => {
    expect(existsSync(join(root, 'dist', 'index.mjs')), 'build the plugin first (npx tsdown); npm test does').toBe(true);
    before = snapshot(examples);
    run = spawnSync(process.execPath, [join(root, 'scripts', 'demo.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    stdout = String(run.stdout);
  }, 60_000);

  it('exits 0 and writes nothing to examples/', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(snapshot(examples)).toEqual(before);
  });

  // The same setup the README and the demo use, to compare the demo's output with ESLint's own.
  const eslint = (fix: boolean) =>
    new ESLint({
      cwd: root,
      fix,
      overrideConfigFile: true,
      overrideConfig: defineConfig([
        { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], extends: [plugin.configs.recommended] },
        { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
        { files: ['**/*.json'], plugins: { json }, language: 'json/json', extends: [plugin.configs['recommended-json']] },
      ]),
    });

  it('lists every finding, file by file, with its rule and what can be done about it', async () => {
    const results = await eslint(false).lintFiles(['examples']);
    const findings = results.flatMap((result) => result.messages.map((message) => ({ file: relative(root, result.filePath), message })));
    expect(findings.length).toBeGreaterThan(0);
    for (const { file, message } of findings) {
      expect(stdout).toContain(file);
      const remedy = message.fix ? 'autofix' : message.suggestions?.length ? `suggestion: ${message.suggestions[0]!.desc}` : 'report only';
      expect(stdout).toContain(`${message.line}:${message.column}  ${message.severity === 2 ? 'error' : 'warn '}  ${message.ruleId}  ${remedy}`);
      expect(stdout).toContain(message.message);
    }
    expect(stdout).toMatch(new RegExp(`^${findings.length} problems? \\(`, 'm'));
  });

  it("prints, for each file --fix would change, a diff that turns the file into ESLint's fixed text", async () => {
    const fixed = (await eslint(true).lintFiles(['examples'])).filter((result) => result.output !== undefined);
    expect(fixed.length).toBeGreaterThan(0);
    for (const result of fixed) {
      const name = relative(root, result.filePath);
      const start = stdout.indexOf(`--- a/${name}\n+++ b/${name}\n`);
      expect(start, `diff for ${name}`).toBeGreaterThanOrEqual(0);
      const body = stdout.slice(start).split('\n').slice(2);
      const end = body.findIndex((line) => !/^[-+ @\\]/.test(line) || line.startsWith('--- a/'));
      const hunks: string[][] = [];
      for (const line of body.slice(0, end === -1 ? undefined : end)) {
        if (line.startsWith('@@')) hunks.push([line]);
        else hunks[hunks.length - 1]!.push(line);
      }
      expect(applyHunks(readFileSync(result.filePath, 'utf8'), hunks)).toBe(result.output);
    }
  });
});
