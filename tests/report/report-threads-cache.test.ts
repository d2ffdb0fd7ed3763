/**
 * `--concurrency` and `--cache`, for large repositories: the same report on worker threads and from ESLint's cache as
 * from a plain run. ESLint's own debug log (`DEBUG=eslint:…`) shows that threads were started and that cached files
 * were skipped; without it a "threaded" run that quietly ran on one thread would pass.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport, type WrittenReport } from './helpers/read-report.js';
import { repoRoot, runCli } from './helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'okta-oie-report-threads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const debug = { DEBUG: 'eslint:eslint,eslint:eslint-helpers' };
const quiet = ['--no-progress'];

/** What must not differ between two runs over the same files: everything but the time of the run. */
function comparable(report: WrittenReport) {
  const { run, ...rest } = report.json;
  return { ...rest, run: { ...run, generatedAt: undefined }, html: report.html.replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/g, '') };
}

async function report(name: string, args: string[], cwd = repoRoot, env = {}) {
  const outDir = join(work, name);
  const run = await runCli([...args, '--out-dir', outDir, ...quiet], cwd, env);
  return { run, report: existsSync(join(outDir, 'report.json')) ? readReport(outDir) : undefined };
}

describe('okta-oie-report --concurrency', () => {
  let single: WrittenReport;
  beforeAll(async () => {
    single = (await report('single', ['examples'])).report!;
  }, 60_000);

  it('without a project config: worker threads import the fallback config from an options module, same report', async () => {
    const threaded = await report('threaded-fallback', ['--concurrency', '2', 'examples'], repoRoot, debug);
    expect(threaded.run.code, threaded.run.stderr).toBe(0);
    expect(threaded.run.stderr).toContain('Linting using 2 worker thread(s).');
    expect(comparable(threaded.report!)).toEqual(comparable(single));
  }, 60_000);

  it("with the project's own flat config: same findings as one thread", async () => {
    const project = join(work, 'own-config');
    mkdirSync(join(project, 'src'), { recursive: true });
    const plugin = pathToFileURL(join(repoRoot, 'dist/index.mjs')).href;
    writeFileSync(join(project, 'eslint.config.mjs'), `import okta from ${JSON.stringify(plugin)};\nexport default [{ files: ['**/*.js'], ...okta.configs.recommended }];\n`);
    for (let index = 0; index < 6; index += 1) {
      writeFileSync(join(project, 'src', `page${index}.js`), `new OktaSignIn({ baseUrl: 'https://acme.okta.com', features: { autoPush: true, registration: ${index % 2 === 0} } });\n`);
    }
    const [one, four] = await Promise.all([report('own-single', ['src'], project), report('own-threaded', ['--concurrency', '4', 'src'], project, debug)]);
    expect(four.run.stderr).toContain('Linting using 4 worker thread(s).');
    expect(four.report!.json.totals).toMatchObject({ findings: 9, filesLinted: 6 });
    expect(comparable(four.report!)).toEqual(comparable(one.report!));
  }, 60_000);

  it('--concurrency off and auto are accepted; anything else is a one-line error', async () => {
    const off = await report('off', ['--concurrency', 'off', 'examples/classic-widget-app'], repoRoot, debug);
    expect(off.run.stderr).toContain('Linting in single-thread mode.');
    // auto leaves the count to ESLint: on this machine's two cores, one thread per 50 files at most half of them.
    const auto = await report('auto', ['--concurrency', 'auto', 'examples/classic-widget-app']);
    expect(auto.run.code).toBe(0);
    for (const bad of ['0', 'two', '-1', '']) {
      const run = await runCli(['--concurrency', bad, 'examples'], repoRoot);
      expect(run.code, bad).toBe(2);
      expect(run.stderr.trimEnd().split('\n'), bad).toHaveLength(1);
    }
    expect((await runCli(['--concurrency', 'two'], repoRoot)).stderr).toBe("okta-oie-report: --concurrency takes auto, off or a number of threads, not 'two'\n");
  }, 60_000);
});

describe('okta-oie-report --cache', () => {
  const cacheDir = join(work, 'cache') + '/';

  it('writes ESLint’s cache, then skips the unchanged files and gives the same report, code excerpts included', async () => {
    const first = await report('cache-first', ['--cache', '--cache-location', cacheDir, 'examples/classic-widget-app'], repoRoot, debug);
    expect(first.run.code, first.run.stderr).toBe(0);
    expect(first.run.stderr).not.toContain("Skipping file since it hasn't changed");
    expect(existsSync(cacheDir)).toBe(true);

    const second = await report('cache-second', ['--cache', '--cache-location', cacheDir, 'examples/classic-widget-app'], repoRoot, debug);
    const skipped = second.run.stderr.match(/Skipping file since it hasn't changed/g) ?? [];
    expect(skipped).toHaveLength(second.report!.json.totals.filesLinted);
    expect(comparable(second.report!)).toEqual(comparable(first.report!));
    expect(second.report!.html).toMatch(/<pre class="code">.*<mark>[^<]+<\/mark>/s);
  }, 60_000);

  it('keeps its own cache file by default, apart from ESLint’s .eslintcache', async () => {
    const project = join(work, 'default-cache');
    mkdirSync(project);
    writeFileSync(join(project, 'login.js'), "new OktaSignIn({ features: { autoPush: true } });\n");
    const run = await report('default-cache', ['--cache', '--recommended', '.'], project);
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(existsSync(join(project, '.eslintcache-okta-oie-report'))).toBe(true);
    expect(existsSync(join(project, '.eslintcache'))).toBe(false);
  }, 60_000);

  it('works with --concurrency, and --cache-location alone is an error', async () => {
    const both = await report('cache-threads', ['--cache', '--cache-location', join(work, 'cache-threads.json'), '--concurrency', '2', 'examples'], repoRoot, debug);
    expect(both.run.code, both.run.stderr).toBe(0);
    expect(both.run.stderr).toContain('Linting using 2 worker thread(s).');
    expect(existsSync(join(work, 'cache-threads.json'))).toBe(true);
    const alone = await runCli(['--cache-location', 'x', 'examples'], repoRoot);
    expect(alone.stderr).toBe('okta-oie-report: --cache-location needs --cache\n');
    expect(alone.code).toBe(2);
  }, 60_000);
});
