import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport, type WrittenReport } from './helpers/read-report.js';
import { repoRoot, runCli, type CliRun } from './helpers/run-cli.js';

const pluginUrl = pathToFileURL(join(repoRoot, 'dist/index.mjs')).href;

/**
 * A project with its own flat config: the plugin under another namespace (`okta`), two of its rules with the user's
 * severities, a core rule, a file that does not parse, and a TypeScript file the config does not cover.
 */
function userProject(root: string): string {
  const dir = join(root, 'user-project');
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'eslint.config.mjs'),
    `import okta from ${JSON.stringify(pluginUrl)};
export default [
  {
    files: ['**/*.js'],
    plugins: { okta },
    rules: { 'okta/no-unsupported-widget-features': 'warn', 'okta/no-widget-process-creds': 'error', 'no-var': 'error' },
  },
];
`,
  );
  const login = readFileSync(join(repoRoot, 'examples/classic-widget-app/src/login.js'), 'utf8');
  writeFileSync(join(dir, 'src/login.js'), `${login}\nvar legacy = true;\n`);
  writeFileSync(join(dir, 'src/broken.js'), "new OktaSignIn({ features: { autoPush: true }\n");
  writeFileSync(join(dir, 'src/signin.ts'), readFileSync(join(repoRoot, 'examples/classic-widget-app/src/signin.ts'), 'utf8'));
  return dir;
}

function runEslintFormatter(cwd: string, formatter: string): Promise<string> {
  const eslintBin = join(repoRoot, 'node_modules/eslint/bin/eslint.js');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [eslintBin, '-f', join(repoRoot, 'dist/report', formatter), '.'], { cwd }, (error, stdout, stderr) => {
      // ESLint exits 1 when it finds errors; anything else is a failure of the formatter or the config.
      if (error && error.code !== 1) reject(new Error(stderr || error.message));
      else resolve(stdout);
    });
  });
}

describe("the project's own ESLint config", () => {
  const root = mkdtempSync(join(tmpdir(), 'okta-oie-report-user-'));
  const dir = userProject(root);
  const outDir = join(root, 'out');
  let run: CliRun;
  let report: WrittenReport;
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    [run, results] = await Promise.all([runCli(['--out-dir', outDir, '--no-progress'], dir), new ESLint({ cwd: dir }).lintFiles(['.'])]);
    report = readReport(outDir);
  }, 60_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const messages = () => results.flatMap((result) => result.messages);

  it('is found from the working directory and named in the report', () => {
    expect(run.code).toBe(0);
    expect(report.json.run.config).toBe('eslint.config.mjs');
    expect(report.json.totals.filesLinted).toBe(results.length);
  });

  it('counts only the plugin’s rules, recognised by metadata under the `okta` namespace, with the user’s severities', () => {
    const plugins = messages().filter((message) => message.ruleId?.startsWith('okta/'));
    expect(plugins.length).toBeGreaterThan(0);
    expect(Object.fromEntries(report.json.rules.map((summary) => [summary.rule.ruleId, summary.count]))).toEqual({
      'okta/no-unsupported-widget-features': plugins.filter((message) => message.ruleId === 'okta/no-unsupported-widget-features').length,
      'okta/no-widget-process-creds': 1,
    });
    expect(report.json.totals.warnings).toBe(plugins.filter((message) => message.severity === 1).length);
    expect(report.json.totals.errors).toBe(1);
  });

  it('counts other rules’ problems without listing them, and names files that did not parse', () => {
    expect(report.json.otherProblems).toBe(messages().filter((message) => message.ruleId === 'no-var').length);
    expect(report.json.otherProblems).toBeGreaterThan(0);
    expect(report.json.unchecked.map((file) => file.file)).toEqual(['src/broken.js']);
    expect(report.html).toContain('could not be parsed');
    expect(report.markdown).toContain('could not be parsed');
  });

  it('works as an ESLint formatter with the same numbers (eslint -f …/formatter-json.mjs)', async () => {
    const [jsonOutput, htmlOutput, markdownOutput] = await Promise.all([
      runEslintFormatter(dir, 'formatter-json.mjs'),
      runEslintFormatter(dir, 'formatter-html.cjs'),
      runEslintFormatter(dir, 'formatter-markdown.mjs'),
    ]);
    const formatted = JSON.parse(jsonOutput) as WrittenReport['json'];
    for (const key of ['totals', 'rules', 'sources', 'files', 'unchecked', 'otherProblems'] as const) {
      expect(formatted[key], key).toEqual(report.json[key]);
    }
    expect(formatted.findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual(report.json.findings.map((finding) => `${finding.file}:${finding.line}`));
    expect(htmlOutput).toMatch(/^<!doctype html>/);
    expect(htmlOutput).toContain(`data-total="findings">${report.json.totals.findings}<`);
    expect(markdownOutput).toContain(`**${report.json.totals.findings} findings**`);
  });

  it('says so when the config turns on none of the plugin’s rules', async () => {
    const bare = join(root, 'no-okta-rules');
    mkdirSync(bare);
    writeFileSync(join(bare, 'eslint.config.mjs'), "export default [{ rules: { 'no-var': 'error' } }];\n");
    writeFileSync(join(bare, 'login.js'), "new OktaSignIn({ features: { autoPush: true } });\n");
    const bareRun = await runCli(['--out-dir', join(bare, 'out'), '--no-progress'], bare);
    expect(bareRun.code).toBe(0);
    const bareReport = readReport(join(bare, 'out'));
    expect(bareReport.json.totals.findings).toBe(0);
    expect(bareReport.json.notices.join(' ')).toContain('turns on no eslint-plugin-okta-oie rule');
    expect(bareRun.stdout).toContain('Note: The ESLint config (eslint.config.mjs) turns on no eslint-plugin-okta-oie rule');
  });

  it('without a config, reads JSON as JSONC (commented tsconfig and editor settings parse), skips lockfiles, takes .jsx and .tsx', async () => {
    const repo = join(root, 'no-config-repo');
    cpSync(join(repoRoot, 'tests/e2e/fixtures/newcomer-repo'), repo, { recursive: true });
    writeFileSync(join(repo, 'package-lock.json'), '{ "name": "acme-portal", "lockfileVersion": 3, "packages": {} }\n');
    const noConfig = await runCli(['--out-dir', join(root, 'out-no-config'), '--no-progress'], repo);
    expect(noConfig.stderr).toBe('');
    const written = readReport(join(root, 'out-no-config'));
    expect(written.json.unchecked).toEqual([]);
    expect(written.json.totals.filesByExtension).toEqual({ '.json': 4, '.js': 2, '.cjs': 1, '.jsonc': 1, '.jsx': 1, '.mjs': 1, '.ts': 1, '.tsx': 1 });
    expect(written.json.files.map((file) => file.file).sort()).toEqual([
      'config/widget-config.json',
      'config/widget-overrides.jsonc',
      'src/SignIn.jsx',
      'src/SignInPage.tsx',
      'src/boot.mjs',
      'src/legacy.cjs',
      'src/login.js',
      'src/signin.ts',
    ]);
  });

  it('is ignored with --recommended', async () => {
    const recommendedRun = await runCli(['--recommended', '--out-dir', join(root, 'out-recommended'), '--no-progress', 'src'], dir);
    expect(recommendedRun.code).toBe(0);
    const recommended = readReport(join(root, 'out-recommended'));
    expect(recommended.json.run.config).toMatch(/^eslint-plugin-okta-oie recommended for JavaScript, TypeScript, JSON \(--recommended\)$/);
    // The TypeScript file counts now, and every rule of the plugin can report.
    expect(recommended.json.files.map((file) => file.file)).toContain('src/signin.ts');
    expect(recommended.json.rules.length).toBeGreaterThan(report.json.rules.length);
  });
});
