import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, type CliRun } from './helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'okta-oie-report-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder of its own for one case: an optional eslint.config.mjs and one widget file to lint. */
function project(name: string, config?: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'login.js'), "new OktaSignIn({ baseUrl: 'https://acme.okta.com', features: { autoPush: true } });\n");
  if (config !== undefined) writeFileSync(join(dir, 'eslint.config.mjs'), config);
  return dir;
}

function expectOneLineError(run: CliRun, pattern: RegExp, outDir: string): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^okta-oie-report: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(join(outDir, 'report.html'))).toBe(false);
}

describe.concurrent('bad input gives one line on stderr and exit code 2, never a stack trace', () => {
  const outDir = join(work, 'out');
  const out = ['--out-dir', outDir, '--no-progress'];

  it('a path that does not exist', async () => {
    expectOneLineError(await runCli(['examples', 'no/such/folder', ...out], repoRoot), /path not found: no\/such\/folder$/, outDir);
  });

  it('a folder with no lintable files', async () => {
    const dir = join(work, 'docs-only');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'README.md'), '# Nothing to lint\n');
    writeFileSync(join(dir, 'notes.txt'), 'features: { registration: true }\n');
    expectOneLineError(await runCli([dir, ...out], repoRoot), /no lintable files in .*docs-only/, outDir);
  });

  it('an empty folder', async () => {
    const dir = join(work, 'empty');
    mkdirSync(dir, { recursive: true });
    expectOneLineError(await runCli([dir, ...out], repoRoot), /no lintable files in .*empty/, outDir);
  });

  it('an ESLint config with a syntax error', async () => {
    const dir = project('syntax', 'export default [{ rules: {} }');
    expectOneLineError(await runCli(['src', ...out], dir), /the ESLint config eslint\.config\.mjs cannot be used: .+/, outDir);
  });

  it('an ESLint config that throws a multi-line error', async () => {
    const dir = project('throws', 'throw new Error("first line\\nsecond line");');
    expectOneLineError(await runCli(['src', ...out], dir), /cannot be used: first line second line$/, outDir);
  });

  it('an ESLint config naming a plugin it never loaded', async () => {
    const dir = project('missing-plugin', 'export default [{ rules: { "okta-oie/no-widget-process-creds": "error" } }];');
    expectOneLineError(await runCli(['src', ...out], dir), /cannot be used: .*Could not find plugin "okta-oie"/, outDir);
  });

  it('--config pointing at a missing file', async () => {
    expectOneLineError(await runCli(['examples', '--config', 'nope.config.mjs', ...out], repoRoot), /ESLint config not found: nope\.config\.mjs$/, outDir);
  });

  it('an unknown option', async () => {
    expectOneLineError(await runCli(['--colour', ...out], repoRoot), /Unknown option '--colour' \(see --help\)$/, outDir);
  });

  it('--previous that is not a report', async () => {
    const bogus = join(work, 'bogus.json');
    writeFileSync(bogus, '{"findings": []}');
    expectOneLineError(await runCli(['examples', '--previous', bogus, ...out], repoRoot), /is not a JSON report written by okta-oie-report/, outDir);
    expectOneLineError(await runCli(['examples', '--previous', join(work, 'absent.json'), ...out], repoRoot), /cannot read the previous report/, outDir);
  });
});
