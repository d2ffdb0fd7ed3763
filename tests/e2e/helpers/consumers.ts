import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, runOk, type RunResult } from './process.js';
import { sharedOnce } from './shared-once.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const exampleApp = join(repoRoot, 'examples', 'classic-widget-app');

/** The consumer folders under `fixtures/consumers/`: one per ESLint major, each a user's project. */
export type ConsumerName = 'eslint10' | 'eslint9' | 'eslint8';

export interface Consumer {
  name: ConsumerName;
  dir: string;
  /** Wall time of its `npm install`, in milliseconds. */
  installMs: number;
  /** Runs the consumer's own `eslint` binary (what `npx eslint` runs there) in its folder, or in `cwd`. */
  eslint(args: readonly string[], cwd?: string): Promise<RunResult>;
  /** Runs an installed package's binary (`okta-oie-report`, `tsc`) the way `npx <name>` does, in its folder or `cwd`. */
  bin(name: string, args: readonly string[], cwd?: string): Promise<RunResult>;
}

/**
 * `npm pack` of the repository, once per run. The package is packed from what `npm run build` left in `dist/`
 * (`npm test` builds first); packing does not build, so a stale `dist/` would be tested as it is.
 */
export function packedTarball(root: string): Promise<string> {
  return sharedOnce(root, 'tarball', async (dir) => {
    if (!existsSync(join(repoRoot, 'dist', 'index.mjs')) || !existsSync(join(repoRoot, 'dist', 'index.cjs'))) {
      throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests (`npm test` does).');
    }
    const packed = await runOk('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: repoRoot });
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as [{ filename: string }];
    await writeFile(join(dir, 'name'), info.filename);
  }).then(async (dir) => join(dir, (await readFile(join(dir, 'name'), 'utf8')).trim()));
}

/**
 * Copies a consumer template and installs it the way a user would: exact pinned versions from its
 * `package.template.json` plus the packed tarball, with `npm install --prefer-offline --no-audit --no-fund`.
 * Template files named `*.txt` lose that suffix on copy (they hold TypeScript the repository's tsc must not see).
 * Made once per run and shared between test files.
 */
export async function consumer(root: string, name: ConsumerName): Promise<Consumer> {
  const tarball = await packedTarball(root);
  const dir = await sharedOnce(root, name, async (target) => {
    await cp(join(fixturesDir, 'consumers', name), target, { recursive: true });
    const manifest = JSON.parse(await readFile(join(target, 'package.template.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    manifest.devDependencies['eslint-plugin-okta-oie'] = `file:${tarball}`;
    await writeFile(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const file of await readdir(target)) {
      if (file.endsWith('.txt')) await rename(join(target, file), join(target, file.slice(0, -'.txt'.length)));
    }
    const installed = await runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: target,
      timeoutMs: 240_000,
    });
    await writeFile(join(target, '.install-ms'), String(installed.ms));
  });
  const installMs = Number(await readFile(join(dir, '.install-ms'), 'utf8'));
  return {
    name,
    dir,
    installMs,
    eslint: (args, cwd = dir) => run(join(dir, 'node_modules', '.bin', 'eslint'), args, { cwd }),
    bin: (binary, args, cwd = dir) => run(join(dir, 'node_modules', '.bin', binary), args, { cwd }),
  };
}

/** A fresh copy of `examples/classic-widget-app` inside a consumer, so each test lints and fixes its own files. */
export async function copyExample(into: string, folder: string): Promise<string> {
  const target = join(into, folder);
  await cp(exampleApp, target, { recursive: true });
  return target;
}
