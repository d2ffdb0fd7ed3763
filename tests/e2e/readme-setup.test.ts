/**
 * A newcomer's first run: the setup copied from the README, unchanged, into a fresh project with the packed plugin,
 * on a repository as real ones are: a commented `tsconfig.json`, `.vscode/settings.json` with comments and trailing
 * commas, a `package-lock.json`, widget configs in `.json` and `.jsonc`, and sources in every JavaScript and
 * TypeScript extension. No file may fail to parse, the lockfile is not linted, and the findings are the expected ones.
 */
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, inject, it } from 'vitest';
import { consumer, fixturesDir, type Consumer } from './helpers/consumers.js';
import { countFindings, parseResults, type LintResult } from './helpers/eslint-results.js';
import { readmeSetup, type ReadmeSetup } from './helpers/readme.js';

const root = inject('e2eRoot');
let readme: ReadmeSetup;
let eslint10: Consumer;
let eslint9: Consumer;
let eslint8: Consumer;

beforeAll(async () => {
  readme = readmeSetup();
  [eslint10, eslint9, eslint8] = await Promise.all([consumer(root, 'eslint10'), consumer(root, 'eslint9'), consumer(root, 'eslint8')]);
}, 300_000);

const fix = (id: string) => `okta-oie/${id} (fix)`;

/** The code files of `fixtures/newcomer-repo`, each with what `recommended` (and `strict`) reports in it. */
const codeFindings: Record<string, Record<string, number>> = {
  'src/SignIn.jsx': { [fix('no-widget-security-image')]: 1 },
  'src/SignInPage.tsx': { [fix('no-classic-self-service-registration')]: 1 },
  'src/boot.mjs': { [fix('no-unsupported-widget-features')]: 1 }, // smsRecovery
  'src/legacy.cjs': { [fix('no-unsupported-widget-features')]: 1 }, // selfServiceUnlock
  'src/login.js': { [fix('no-widget-help-support-number')]: 1 },
  'src/signin.ts': { [fix('no-unsupported-widget-features')]: 1 }, // autoPush
};
const jsonFindings: Record<string, Record<string, number>> = {
  'config/widget-config.json': { [fix('no-classic-self-service-registration')]: 1, [fix('no-widget-security-image')]: 1 },
  'config/widget-overrides.jsonc': { [fix('no-unsupported-widget-features')]: 1 }, // callRecovery, in a JSONC file
};
const codeFiles = [...Object.keys(codeFindings), 'src/format.js'];
/** Every JSON file but the lockfile, commented ones included; `eslint.config.mjs` is code the flat config also lints. */
const jsonFiles = ['.vscode/settings.json', 'config/widget-config.json', 'config/widget-overrides.jsonc', 'package.json', 'tsconfig.json'];

/** A copy of the fixture repository inside a consumer, with a lockfile as npm writes it (generated, not checked in). */
async function newcomerRepo(user: Consumer, folder: string): Promise<string> {
  const dir = join(user.dir, folder);
  await cp(join(fixturesDir, 'newcomer-repo'), dir, { recursive: true });
  const lock = {
    name: 'acme-portal',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'acme-portal', dependencies: { '@okta/okta-signin-widget': '7.49.0', react: '19.2.0' } },
      'node_modules/@okta/okta-signin-widget': { version: '7.49.0', resolved: 'https://registry.npmjs.org/@okta/okta-signin-widget/-/okta-signin-widget-7.49.0.tgz' },
    },
  };
  await writeFile(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  return dir;
}

const linted = (results: readonly LintResult[], base: string) => Object.keys(countAll(results, base)).sort();

/** Like `countFindings`, but every linted file is listed, also those with nothing to report. */
function countAll(results: readonly LintResult[], base: string): Record<string, Record<string, number>> {
  const counts = countFindings(results, base);
  for (const result of results) {
    const file = result.filePath.slice(base.length + 1).split('\\').join('/');
    counts[file] ??= {};
  }
  return counts;
}

describe.concurrent("the README's setup, pasted into a fresh project", () => {
  for (const [label, user, level] of [
    ['ESLint 10.15.0, recommended', () => eslint10, 'flatRecommended'],
    ['ESLint 10.15.0, strict', () => eslint10, 'flatStrict'],
    ['ESLint 9.39.5, recommended', () => eslint9, 'flatRecommended'],
  ] as const) {
    it(`${label}: lints JSON, JSONC and every code extension with no parsing error, skips the lockfile`, async ({ expect }) => {
      const dir = await newcomerRepo(user(), `newcomer-${user().name}-${level}`);
      await writeFile(join(dir, 'eslint.config.mjs'), readme[level]);
      const lint = await user().eslint(['-f', 'json', '.'], dir);
      expect(lint.stderr).toBe('');
      expect(lint.code).toBe(1);
      const results = parseResults(lint.stdout);
      expect(results.flatMap((result) => result.messages).filter((message) => message.fatal)).toEqual([]);
      expect(linted(results, dir)).toEqual([...codeFiles, ...jsonFiles, 'eslint.config.mjs'].sort());
      expect(countFindings(results, dir)).toEqual({ ...codeFindings, ...jsonFindings });
    }, 120_000);
  }

  it('ESLint 8.57.1, the README .eslintrc and command: checks .js .cjs .mjs .jsx .ts .tsx with no parsing error', async ({ expect }) => {
    const dir = await newcomerRepo(eslint8, 'newcomer-eslint8');
    await writeFile(join(dir, '.eslintrc.json'), readme.eslintrc);
    const lint = await eslint8.eslint([...readme.eslint8Args.filter((arg) => arg !== '.'), '-f', 'json', '.'], dir);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1);
    const results = parseResults(lint.stdout);
    expect(linted(results, dir)).toEqual([...codeFiles].sort());
    expect(countFindings(results, dir)).toEqual(codeFindings);
  }, 120_000);

  it('ESLint 8.57.1, okta-oie-report with the README .eslintrc: checks the same files and says which extensions it took', async ({ expect }) => {
    const dir = await newcomerRepo(eslint8, 'newcomer-eslint8-report');
    await writeFile(join(dir, '.eslintrc.json'), readme.eslintrc);
    const report = await eslint8.bin('okta-oie-report', ['--no-progress', '--out-dir', 'out', '.'], dir);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    const findings = Object.values(codeFindings).reduce((sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0), 0);
    expect(report.stdout).toContain(`${findings} findings in ${Object.keys(codeFindings).length} files (7 files checked: 2 .js, 1 .cjs, 1 .jsx, 1 .mjs, 1 .ts, 1 .tsx)`);
    const json = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8')) as { run: { config: string }; totals: { filesByExtension: object } };
    expect(json.run.config).toBe('the project’s .eslintrc files (files ending in .js .cjs .mjs .jsx .ts .mts .cts .tsx)');
    expect(json.totals.filesByExtension).toEqual({ '.js': 2, '.cjs': 1, '.jsx': 1, '.mjs': 1, '.ts': 1, '.tsx': 1 });

    // ESLint 8 has a cache but no worker threads: --cache works, --concurrency says why it cannot.
    const cached = await eslint8.bin('okta-oie-report', ['--no-progress', '--cache', '--out-dir', 'out-cached', '.'], dir);
    expect(cached.code, cached.stderr).toBe(0);
    expect(existsSync(join(dir, '.eslintcache-okta-oie-report'))).toBe(true);
    const threads = await eslint8.bin('okta-oie-report', ['--no-progress', '--concurrency', 'auto', '.'], dir);
    expect(threads.code).toBe(2);
    expect(threads.stderr).toBe(
      'okta-oie-report: --concurrency needs ESLint 9.34 or later with a flat config (eslint.config.*); this project runs ESLint 8.57.1 with .eslintrc files. Run without it, or upgrade ESLint\n',
    );
  }, 120_000);

  it('ESLint 9.39.5, okta-oie-report --recommended --concurrency 2 --cache: worker threads, then the cache, same report', async ({ expect }) => {
    const dir = await newcomerRepo(eslint9, 'newcomer-eslint9-threads');
    const args = ['--no-progress', '--recommended', '--cache', '.'];
    const threaded = await eslint9.bin('okta-oie-report', [...args, '--concurrency', '2', '--out-dir', '../threaded-report'], dir);
    // ESLint itself may warn that threads did not pay off on so few files, as `eslint --concurrency` does.
    expect(threaded.stderr.replace(/^\(node:\d+\) ESLintPoorConcurrencyWarning: .*\n(?:\(Use `node --trace-warnings.*\n)?/m, '')).toBe('');
    expect(threaded.code).toBe(0);
    const single = await eslint9.bin('okta-oie-report', [...args, '--out-dir', '../single-report'], dir);
    expect(single.code, single.stderr).toBe(0);
    const read = async (out: string) => {
      const json = JSON.parse(await readFile(join(dir, out, 'report.json'), 'utf8')) as { totals: object; findings: object[]; unchecked: object[] };
      return { totals: json.totals, findings: json.findings, unchecked: json.unchecked };
    };
    expect(await read('../threaded-report')).toEqual(await read('../single-report'));
    expect((await read('../single-report')).totals).toMatchObject({ findings: 9, filesLinted: 12 });
  }, 120_000);
});
