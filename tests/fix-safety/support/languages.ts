import json from '@eslint/json';
import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import vueParser from 'vue-eslint-parser';
import plugin from '../../../src/index.js';

/** How a file is parsed, chosen from its name the way a user's config would. */
export type FileLanguage = 'js' | 'jsx' | 'ts' | 'tsx' | 'json' | 'jsonc' | 'vue';

export type Level = 'recommended' | 'strict';

export function languageOf(filename: string): FileLanguage | undefined {
  const extension = /\.([^./]+)$/.exec(filename)?.[1]?.toLowerCase();
  switch (extension) {
    case 'js':
    case 'mjs':
    case 'cjs':
      return 'js';
    case 'jsx':
      return 'jsx';
    case 'ts':
    case 'mts':
    case 'cts':
      return 'ts';
    case 'tsx':
      return 'tsx';
    case 'json':
      return 'json';
    case 'jsonc':
    case 'json5':
      return 'jsonc';
    case 'vue':
      return 'vue';
    default:
      return undefined;
  }
}

/**
 * A `files` pattern for exactly this file's extension. (A universal `**\/*` does not count as a match in flat config:
 * ESLint would answer "No matching configuration found" and lint nothing.)
 */
function filesOf(filename: string): string[] {
  const extension = /\.([^./]+)$/.exec(filename)?.[1];
  if (!extension) throw new Error(`No extension on ${filename}.`);
  return [`**/*.${extension}`];
}

function sourceTypeOf(filename: string, fallback: 'module' | 'script'): 'module' | 'script' | 'commonjs' {
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.mjs')) return 'module';
  return fallback;
}

/** The parser part of the config: no rules, no plugin of ours. Linting with it alone tells whether a text parses. */
export function languageConfig(filename: string, sourceType: 'module' | 'script' = 'module'): Linter.Config {
  const language = languageOf(filename);
  const files = filesOf(filename);
  switch (language) {
    case 'js':
    case 'jsx':
      return {
        files,
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: sourceTypeOf(filename, sourceType),
          parserOptions: { ecmaFeatures: { jsx: language === 'jsx' } },
        },
      };
    case 'ts':
    case 'tsx':
      return {
        files,
        languageOptions: {
          parser: tsParser as Linter.Parser,
          sourceType: sourceTypeOf(filename, sourceType) === 'script' ? 'script' : 'module',
          parserOptions: { ecmaFeatures: { jsx: language === 'tsx' } },
        },
      };
    case 'json':
    case 'jsonc':
      return { files, plugins: { json }, language: language === 'json' ? 'json/json' : 'json/jsonc' };
    case 'vue':
      return {
        files,
        languageOptions: {
          parser: vueParser as Linter.Parser,
          sourceType: 'module',
          parserOptions: { parser: tsParser, ecmaVersion: 'latest' },
        },
      };
    default:
      throw new Error(`No language set up for ${filename}.`);
  }
}

/** The plugin's config for the file's language: `recommended` / `strict`, or their JSON variants for JSON files. */
export function pluginConfig(filename: string, level: Level): Linter.Config {
  const language = languageOf(filename);
  const json = language === 'json' || language === 'jsonc';
  const config = plugin.configs[json ? (`${level}-json` as const) : level];
  // The JSON configs name `**/*.json`; a `.jsonc` file must get them too.
  return { ...config, files: filesOf(filename) };
}

/** Everything needed to lint `filename` with the plugin: parser, plugin config, and the settings under test. */
export function lintConfig(
  filename: string,
  level: Level,
  settings?: Record<string, unknown>,
  sourceType: 'module' | 'script' = 'module',
): Linter.Config[] {
  return [
    languageConfig(filename, sourceType),
    pluginConfig(filename, level),
    ...(settings ? [{ files: filesOf(filename), settings }] : []),
  ];
}
