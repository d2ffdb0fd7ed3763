import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { corpusGlobs, corpusGroups } from './corpus.mjs';
import { collectFindings, repoPath, summarize } from './findings.js';

/**
 * The `strict` config over the JavaScript shipped in real packages (tests/smoke/corpus.json): the Okta corpus
 * (okta-auth-js and the Sign-In Widget, ~950 files) and TypeScript's compiler as a large non-Okta file. No rule may
 * throw and every file must parse; what the rules report is compared with tests/smoke/findings.json, so a change that
 * adds or drops findings on real code shows up in review. `npm run smoke:update` rewrites that file.
 *
 * The config lives in strict.config.ts (the plugin from src/, loaded by ESLint through jiti) so ESLint can spread the
 * ~25 MB over worker threads: on a 2-core CI machine vitest runs test files one at a time, and this is the longest.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
// Every group, whatever BENCH_* variables the shell has.
const groups = corpusGroups(['okta', 'typescript'], undefined);

/** `**` and `*` globs as in corpus.json, to tell which group a linted file came from. */
function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*\*\//g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '(?:.*/)?')}$`);
}

describe('the strict config over real code', () => {
  let results: ESLint.LintResult[] = [];

  it(`lints ${groups.length} groups of files (${corpusGlobs(groups).length} globs) without a crash or a parse error`, { timeout: 600_000 }, async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: 'tests/smoke/strict.config.ts',
      concurrency: Math.max(1, Math.min(availableParallelism(), 4)),
    });
    // A rule that throws makes lintFiles reject, with the file, the line and the rule id in the message.
    results = await eslint.lintFiles(corpusGlobs(groups));
    const fatal = results.flatMap((result) =>
      result.messages.filter((message) => message.fatal).map((message) => `${repoPath(root, result.filePath)}:${message.line}: ${message.message}`),
    );
    expect(fatal).toEqual([]);
    // The config ESLint loaded is the plugin's strict config, rule for rule.
    const loaded = await eslint.calculateConfigForFile(results[0]!.filePath);
    expect(Object.keys(loaded.rules).filter((id) => id.startsWith('okta-oie/')).sort()).toEqual(Object.keys(plugin.configs.strict.rules!).sort());
  });

  it('reports what tests/smoke/findings.json lists (`npm run smoke:update` rewrites it)', async () => {
    expect(results.length, 'the corpus was linted').toBeGreaterThan(0);
    const corpus: Record<string, { files: number; bytes: number }> = {};
    for (const group of groups) {
      const patterns = group.files.map(globPattern);
      const files = results.filter((result) => patterns.some((pattern) => pattern.test(repoPath(root, result.filePath))));
      expect(files.length, `files matched by ${group.files.join(', ')}`).toBeGreaterThan(0);
      corpus[group.name] = { files: files.length, bytes: files.reduce((sum, result) => sum + statSync(result.filePath).size, 0) };
    }
    const summary = summarize(plugin.configs.strict.name!, corpus, collectFindings(root, results));
    await expect(`${JSON.stringify(summary, null, 2).replace(/\[\s+([\d,\s]+?)\s+\]/g, (_, numbers: string) => `[${numbers.split(/,\s*/).join(', ')}]`)}\n`).toMatchFileSnapshot('./findings.json');
  });
});
