import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { ReportError } from './errors.js';
import { eslintFailure, pathError, templateOf } from './eslint-errors.js';
import { fallbackConfig } from './fallback-config.js';
import { progressConfig } from './progress-rule.js';
import { ruleInfo, type RuleMetaLike } from './rule-info.js';
import { shownPath } from './shown-path.js';
import { runOptions, threadedFallbackUrl, type Concurrency } from './threaded-run.js';
import { importFromProject } from './user-module.js';

type EslintModule = typeof import('eslint');
/** ESLint 8.57 and 9 can run either config system; their `loadESLint` takes options and the class names its type. */
type EslintClass = typeof ESLint;
type LoadESLint = (options?: { useFlatConfig?: boolean }) => Promise<EslintClass>;

export interface LintRequest {
  cwd: string;
  paths: string[];
  /** `--config`: this file instead of a lookup. */
  configFile?: string | undefined;
  /** `--recommended`: the plugin's configs, whatever the project has. */
  recommended?: boolean;
  onFile?: ((filePath: string) => void) | undefined;
  /** `--concurrency`: lint on worker threads (ESLint 9.34+, flat config). */
  concurrency?: Concurrency | undefined;
  /** `--cache` and `--cache-location`, as ESLint's options of those names. */
  cache?: boolean | undefined;
  cacheLocation?: string | undefined;
  /** The options module worker threads import for the fallback config (`fallback-options.mjs`, next to the command). */
  fallbackOptionsModule?: URL | undefined;
}

export interface LintOutcome {
  results: ESLint.LintResult[];
  rulesMeta: Record<string, RuleMetaLike>;
  eslintVersion: string;
  /** The config in words, for the report header. */
  config: string;
  notices: string[];
}

const globCharacters = /[*?[\]{}!]/;

/**
 * In eslintrc mode ESLint takes only `.js` files from a folder (plus what `overrides` name) unless told which extensions
 * to take; these are the ones the plugin's rules read. Flat configs need no list: their `files` say it.
 */
export const eslintrcExtensions = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];
const eslintrcScope = `files ending in ${eslintrcExtensions.join(' ')}`;

function versionOf(module: EslintModule): string {
  return (module.ESLint as { version?: string }).version ?? 'unknown';
}

async function loadEslint(cwd: string): Promise<EslintModule> {
  const loaded = await importFromProject<EslintModule & { default?: EslintModule }>(cwd, 'eslint');
  const module = loaded?.ESLint ? loaded : loaded?.default;
  if (!module?.ESLint) throw new ReportError('ESLint is not installed here: run `npm install --save-dev eslint`');
  return module;
}

/** Paths are checked before ESLint sees them: "not found" is clearer than ESLint's "no files matching". */
function checkPaths(cwd: string, paths: readonly string[]): void {
  for (const path of paths) {
    if (globCharacters.test(path)) continue;
    if (!existsSync(resolve(cwd, path))) throw new ReportError(`path not found: ${path}`);
  }
}

/** A file ESLint would pick its config for: the path itself, or a made-up file inside the folder. */
function probeFile(cwd: string, path: string): string {
  const absolute = resolve(cwd, globCharacters.test(path) ? '.' : path);
  return existsSync(absolute) && statSync(absolute).isFile() ? absolute : join(absolute, '__okta_oie_report__.js');
}

function severityOf(setting: unknown): number {
  const level = Array.isArray(setting) ? setting[0] : setting;
  if (level === 'error' || level === 2) return 2;
  if (level === 'warn' || level === 1) return 1;
  return 0;
}

/**
 * Namespaces under which a config registered this plugin (users may pick their own). Flat configs hold plugin objects;
 * eslintrc configs hold names (`okta-oie` or `eslint-plugin-okta-oie`).
 */
function pluginNamespaces(config: { plugins?: unknown }): string[] {
  const { plugins } = config;
  if (Array.isArray(plugins)) {
    return plugins.filter((name) => name === 'okta-oie' || name === 'eslint-plugin-okta-oie').map(() => 'okta-oie');
  }
  return Object.entries((plugins ?? {}) as Record<string, { meta?: { name?: string } }>)
    .filter(([, registered]) => registered.meta?.name === 'eslint-plugin-okta-oie')
    .map(([namespace]) => namespace);
}

/** Whether the config of any of a few linted files turns on a rule of this plugin; if none does, the report is empty for a reason. */
async function pluginRulesEnabled(eslint: ESLint, results: readonly ESLint.LintResult[]): Promise<boolean> {
  for (const result of results.slice(0, 25)) {
    const config = (await eslint.calculateConfigForFile(result.filePath)) as { plugins?: unknown; rules?: Record<string, unknown> } | undefined;
    if (!config) continue;
    const namespaces = pluginNamespaces(config);
    const enabled = Object.entries(config.rules ?? {}).some(
      ([ruleId, setting]) => namespaces.some((namespace) => ruleId.startsWith(`${namespace}/`)) && severityOf(setting) > 0,
    );
    if (enabled) return true;
  }
  return false;
}

interface Setup {
  eslint: ESLint;
  config: string;
  configName: string | undefined;
  notices: string[];
}

async function fallbackSetup(module: EslintModule, request: LintRequest, reason: string, extra: Linter.Config[]): Promise<Setup> {
  // The fallback is a flat config whatever mode the project's ESLint runs in (ESLint 8.57 and 9 can run both).
  const load = module.loadESLint as LoadESLint | undefined;
  const FlatESLint = load ? await load({ useFlatConfig: true }) : (module.ESLint as EslintClass);
  const run = runOptions(request, { version: versionOf(module), flat: true });
  const fallback = await fallbackConfig(request.cwd);
  let eslint: ESLint;
  if (run.concurrency === undefined) {
    eslint = new FlatESLint({ cwd: request.cwd, overrideConfigFile: true, overrideConfig: [...fallback.configs, ...extra], ...run } as ESLint.Options);
  } else {
    if (!request.fallbackOptionsModule) throw new Error('lintProject: a threaded run with the fallback config needs fallbackOptionsModule');
    const fromOptionsModule = (FlatESLint as unknown as { fromOptionsModule?: (url: URL) => Promise<ESLint> }).fromOptionsModule;
    if (typeof fromOptionsModule !== 'function') {
      throw new ReportError(`ESLint ${versionOf(module)} cannot hand the plugin's own config to worker threads: add an eslint.config.* to the project, or run without --concurrency`);
    }
    eslint = await fromOptionsModule.call(FlatESLint, threadedFallbackUrl(request.fallbackOptionsModule, { cwd: request.cwd, ...run }));
  }
  return {
    eslint,
    config: `eslint-plugin-okta-oie recommended for ${fallback.languages.join(', ')} (${reason})`,
    configName: undefined,
    notices: fallback.missing.map((missing) => `${missing.language} files (if any) were not checked: install ${missing.package} to include them.`),
  };
}

/** Which ESLint and which config: `--config`, `--recommended`, the project's own, or the fallback when it has none. */
async function setup(module: EslintModule, request: LintRequest): Promise<Setup> {
  const load = module.loadESLint as LoadESLint | undefined;
  const ESLintClass = load ? await load() : (module.ESLint as EslintClass);
  const flat = (ESLintClass as { configType?: string }).configType !== 'eslintrc';
  // The progress tick is a rule object in a flat config: an eslintrc run goes without it, and so does a run on worker
  // threads (which take plain options only, and lint where no callback of this thread can hear them).
  const threaded = request.concurrency !== undefined && request.concurrency !== 'off';
  const tick = request.onFile && !threaded ? [progressConfig(request.onFile)] : [];
  const extra = flat ? tick : [];

  if (request.recommended) return fallbackSetup(module, request, '--recommended', tick);
  const run = runOptions(request, { version: versionOf(module), flat });

  if (request.configFile) {
    const file = resolve(request.cwd, request.configFile);
    if (!existsSync(file)) throw new ReportError(`ESLint config not found: ${request.configFile}`);
    const options = flat
      ? { cwd: request.cwd, overrideConfigFile: file, overrideConfig: extra, ...run }
      : { cwd: request.cwd, overrideConfigFile: file, useEslintrc: false, extensions: eslintrcExtensions, ...run };
    const config = flat ? shownPath(request.cwd, file) : `${shownPath(request.cwd, file)} (${eslintrcScope})`;
    return { eslint: new ESLintClass(options as ESLint.Options), config, configName: request.configFile, notices: [] };
  }

  const eslint = new ESLintClass({ cwd: request.cwd, ...(flat ? { overrideConfig: extra } : { extensions: eslintrcExtensions }), ...run } as ESLint.Options);
  const found = flat && typeof eslint.findConfigFile === 'function' ? await eslint.findConfigFile() : undefined;
  const configName = found ? shownPath(request.cwd, found) : undefined;
  let missing = 0;
  for (const path of request.paths) {
    try {
      await eslint.calculateConfigForFile(probeFile(request.cwd, path));
    } catch (error) {
      const template = templateOf(error);
      if (template === 'config-file-missing' || template === 'no-config-found') missing += 1;
      else throw eslintFailure(error, configName ?? `for ${path}`);
    }
  }
  if (missing === request.paths.length) {
    return fallbackSetup(module, request, 'no ESLint config found', tick);
  }
  const config = configName ?? (flat ? 'the ESLint configs next to the linted files' : `the project’s .eslintrc files (${eslintrcScope})`);
  return { eslint, config, configName, notices: [] };
}

/** Lints like `eslint <paths>` would, and turns every way that can fail into a one-line `ReportError`. */
export async function lintProject(request: LintRequest): Promise<LintOutcome> {
  checkPaths(request.cwd, request.paths);
  const module = await loadEslint(request.cwd);
  const chosen = await setup(module, request);

  let results: ESLint.LintResult[];
  try {
    results = await chosen.eslint.lintFiles(request.paths);
  } catch (error) {
    const problem = pathError(error, request.cwd);
    if (problem) throw problem;
    if (templateOf(error) === 'config-file-missing') {
      throw new ReportError('ESLint found a config for some of the files but not for others: add one, or run with --recommended');
    }
    throw eslintFailure(error, chosen.configName);
  }
  if (results.length === 0) throw new ReportError(`no lintable files in ${request.paths.join(', ')}`);

  const notices = [...chosen.notices];
  const rulesMeta = chosen.eslint.getRulesMetaForResults(results) as Record<string, RuleMetaLike>;
  // Any finding of this plugin proves its rules are on; only an empty run needs the (slower) look at the configs.
  const found = Object.entries(rulesMeta).some(([ruleId, meta]) => ruleInfo(ruleId, meta) !== undefined);
  if (!found && !(await pluginRulesEnabled(chosen.eslint, results))) {
    notices.push(
      `The ESLint config (${chosen.config}) turns on no eslint-plugin-okta-oie rule for these files, so nothing could be found. Add the plugin's recommended config to it, or run with --recommended.`,
    );
  }
  return {
    results,
    rulesMeta,
    eslintVersion: versionOf(module),
    config: chosen.config,
    notices,
  };
}
