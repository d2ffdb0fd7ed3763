/**
 * Yarn Plug'n'Play: no `node_modules` folder; Node resolves packages through the project's `.pnp.cjs` and reads them
 * from zip archives. The packed plugin is installed with Yarn 4 (itself installed with npm from the npm registry) next
 * to ESLint 10, and used as docs/report.md says: the formatters through `-f "$(yarn node -p "require.resolve(…)")"`,
 * and the `okta-oie-report` command.
 */
import { existsSync } from 'node:fs';
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { copyExample, fixturesDir, packedTarball } from './helpers/consumers.js';
import { run, runOk, type RunResult } from './helpers/process.js';
import { sharedOnce } from './helpers/shared-once.js';

const root = inject('e2eRoot');
const template = join(fixturesDir, 'consumers', 'yarn-pnp');
let project: string;
let yarnJs: string;

/** `yarn <args>` in the project, as a user's shell runs it. */
function yarn(args: readonly string[]): Promise<RunResult> {
  return run(process.execPath, [yarnJs, ...args], { cwd: project, timeoutMs: 240_000 });
}

beforeAll(async () => {
  const tarball = await packedTarball(root);
  const cli = await sharedOnce(root, 'yarn-cli', async (dir) => {
    await cp(join(template, 'yarn-cli.json'), join(dir, 'package.json'));
    await runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, timeoutMs: 240_000 });
  });
  yarnJs = join(cli, 'node_modules', '@yarnpkg', 'cli-dist', 'bin', 'yarn.js');
  project = await sharedOnce(root, 'yarn-pnp', async (dir) => {
    for (const file of ['.yarnrc.yml', 'eslint.config.mjs', 'package.template.json']) await cp(join(template, file), join(dir, file));
    await rename(join(dir, 'package.template.json'), join(dir, 'package.json'));
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    manifest.devDependencies['eslint-plugin-okta-oie'] = `file:${tarball}`;
    await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    // An empty lockfile makes the folder a project of its own, not a workspace of a parent folder's package.json.
    await writeFile(join(dir, 'yarn.lock'), '');
    await runOk(process.execPath, [yarnJs, 'install'], { cwd: dir, timeoutMs: 240_000 });
  });
}, 300_000);

describe("the packed plugin under Yarn Plug'n'Play (Yarn 4, ESLint 10)", () => {
  it('is installed without a node_modules folder, inside a zip archive', async () => {
    expect(existsSync(join(project, 'node_modules'))).toBe(false);
    expect(existsSync(join(project, '.pnp.cjs'))).toBe(true);
    const resolved = await yarn(['node', '-p', "require.resolve('eslint-plugin-okta-oie/formatter-html')"]);
    expect(resolved.code).toBe(0);
    expect(resolved.stdout.trim()).toMatch(/\.zip\/node_modules\/eslint-plugin-okta-oie\/dist\/report\/formatter-html\.cjs$/);
  }, 120_000);

  it('lints with the plugin, and eslint -f takes the formatters by the path `yarn node` resolves', async () => {
    const app = await copyExample(project, 'app');
    const lint = await yarn(['eslint', '-f', 'json', app]);
    expect(lint.code).toBe(1);
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string | null }[] }[]).flatMap((result) => result.messages);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((message) => message.ruleId?.startsWith('okta-oie/'))).toBe(true);

    for (const [name, start] of [
      ['formatter-html', /^<!doctype html>/],
      ['formatter-markdown', /^## Okta Identity Engine migration report/],
      ['formatter-json', /^\{\n {2}"kind": "eslint-plugin-okta-oie\/migration-report"/],
    ] as const) {
      const path = (await yarn(['node', '-p', `require.resolve('eslint-plugin-okta-oie/${name}')`])).stdout.trim();
      const formatted = await yarn(['eslint', '-f', path, app]);
      expect(formatted.stderr, name).toBe('');
      expect(formatted.stdout, name).toMatch(start);
    }
  }, 180_000);

  it('runs okta-oie-report, which finds the project’s ESLint and config through Plug’n’Play', async () => {
    await copyExample(project, 'report-app');
    const report = await yarn(['okta-oie-report', '--no-progress', '--out-dir', 'pnp-report', 'report-app']);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    // The config names `**/*.js` only: the example's TypeScript and JSON files are not this project's to lint.
    expect(report.stdout).toMatch(/^\d+ findings in 1 file \(1 file checked: 1 \.js\)/);
    const json = JSON.parse(await readFile(join(project, 'pnp-report', 'report.json'), 'utf8')) as { run: { config: string; eslintVersion: string } };
    expect(json.run).toMatchObject({ config: 'eslint.config.mjs', eslintVersion: '10.15.0' });
  }, 180_000);
});
