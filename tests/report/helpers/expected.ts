import json from '@eslint/json';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { relative } from 'node:path';
import plugin from '../../../src/index.js';

/**
 * ESLint's own results for a run, computed here without any code from src/report: the project's config when ESLint finds
 * one, otherwise the plugin's recommended configs for JS, TS (typescript-eslint parser) and JSON (@eslint/json), as the
 * command documents.
 */
export async function eslintResults(cwd: string, paths: string[]): Promise<ESLint.LintResult[]> {
  const own = new ESLint({ cwd });
  try {
    return await own.lintFiles(paths);
  } catch (error) {
    if ((error as { messageTemplate?: string }).messageTemplate !== 'config-file-missing') throw error;
  }
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(paths);
}

/** The plugin's recommended configs for JS, TS and JSON, built here from the plugin object. */
export function recommendedConfig(): Linter.Config[] {
  const recommended = plugin.configs.recommended;
  return [
    { files: ['**/*.{js,mjs,cjs,jsx}'], ...recommended },
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser }, ...recommended },
    { ignores: ['**/package-lock.json', '**/npm-shrinkwrap.json'] },
    {
      ...plugin.configs['recommended-json'],
      files: ['**/*.json', '**/*.jsonc'],
      plugins: { ...plugin.configs['recommended-json'].plugins, json },
      language: 'json/jsonc',
      languageOptions: { allowTrailingCommas: true },
    },
  ];
}

export interface ExpectedMessage {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  fixable: boolean;
  suggestion: boolean;
  severity: 1 | 2;
}

/** Every message of this plugin's rules (rule id `okta-oie/…`), with paths as the report writes them. */
export function pluginMessages(results: ESLint.LintResult[], cwd: string): ExpectedMessage[] {
  return results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId?.startsWith('okta-oie/'))
      .map((message) => ({
        ruleId: message.ruleId!,
        file: relative(cwd, result.filePath).split('\\').join('/'),
        line: message.line,
        column: message.column,
        fixable: message.fix !== undefined,
        suggestion: (message.suggestions?.length ?? 0) > 0,
        severity: message.severity as 1 | 2,
      })),
  );
}

export interface DocsMeta {
  url: string;
  oktaGuide: string;
  source: { doc: string; heading: string };
}

/** A rule's `meta.docs`, read from the plugin itself. */
export function ruleDocs(ruleId: string): DocsMeta {
  const rule = (plugin.rules as Record<string, { meta?: { docs?: unknown } } | undefined>)[ruleId.slice('okta-oie/'.length)];
  if (!rule?.meta?.docs) throw new Error(`No rule ${ruleId} in the plugin.`);
  return rule.meta.docs as DocsMeta;
}

/** The source item (`meta.docs.source`) of a rule. */
export function sourceOf(ruleId: string): { doc: string; heading: string } {
  return ruleDocs(ruleId).source;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

