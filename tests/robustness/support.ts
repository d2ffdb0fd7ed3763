import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Linter } from 'eslint';
import plugin from '../../src/index.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
export const builtPlugin = pathToFileURL(join(root, 'dist', 'index.mjs')).href;

/** Every rule of the plugin by its configured id (`okta-oie/<name>`). */
export const ruleIds = Object.keys(plugin.rules).map((name) => `okta-oie/${name}`);

/** Rules that read JSON documents too (`meta.docs.languages` has `json`). */
export const jsonRuleIds = Object.entries(plugin.rules)
  .filter(([, rule]) => (rule.meta?.docs as { languages?: string[] } | undefined)?.languages?.includes('json'))
  .map(([name]) => `okta-oie/${name}`);

/** A stack frame in the plugin's own code (source or build): what a user must never see. */
export const ourStackFrame = /^\s+at .*[\\/](?:src|dist)[\\/](?:index|rules|util|locate|data|settings|configs)/m;

export interface CliResult {
  status: number | null;
  output: string;
}

/**
 * Writes `files` into a fresh folder outside the repository and runs this repository's `eslint` CLI there. The config
 * files load the built plugin (`dist/index.mjs`, built by `npm test` before the tests run) by absolute URL.
 */
export function runCli(files: Record<string, string>, args: readonly string[]): CliResult {
  const directory = mkdtempSync(join(tmpdir(), 'okta-oie-robustness-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(directory, name)), { recursive: true });
      writeFileSync(join(directory, name), text);
    }
    const result = spawnSync(process.execPath, [eslintBin, ...args], { cwd: directory, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** An `eslint.config.mjs` that loads the built plugin's `config` and adds `extra` (JSON-serialisable) after it. */
export function cliConfig(config: 'recommended' | 'strict', extra: Linter.Config = {}): string {
  return [
    `import plugin from ${JSON.stringify(builtPlugin)};`,
    `export default [plugin.configs.${config}, ${JSON.stringify(extra)}];`,
    '',
  ].join('\n');
}

/** A small file with an Okta trace and a widget option every config reports. */
export const widgetFile = "import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ baseUrl: 'https://acme.okta.com', features: { registration: true } });\n";
