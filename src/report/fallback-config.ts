import type { Linter } from 'eslint';
import plugin from '../index.js';
import { importFromProject } from './user-module.js';

export interface FallbackConfig {
  configs: Linter.Config[];
  /** Which languages it covers, for the report's "Config:" line. */
  languages: string[];
  /** Languages left out because the package that reads them is not installed. */
  missing: { language: string; package: string }[];
}

/**
 * Build output and minified bundles are not the code people migrate; linting them only repeats findings. Lockfiles are
 * generated, large, and never a widget config or a request body.
 */
const fallbackIgnores = ['**/dist/**', '**/build/**', '**/coverage/**', '**/*.min.js', '**/package-lock.json', '**/npm-shrinkwrap.json'];

type ParserModule = Linter.Parser & { default?: Linter.Parser };
type JsonPluginModule = { default?: NonNullable<Linter.Config['plugins']>[string] };

/**
 * The config used when the project has no ESLint config: the plugin's `recommended` for JavaScript, for TypeScript
 * when `@typescript-eslint/parser` is installed, and `recommended-json` when `@eslint/json` is.
 */
export async function fallbackConfig(cwd: string): Promise<FallbackConfig> {
  const { recommended } = plugin.configs;
  const configs: Linter.Config[] = [
    { name: 'okta-oie-report/ignores', ignores: fallbackIgnores },
    { ...recommended, name: 'okta-oie-report/javascript', files: ['**/*.{js,mjs,cjs}'] },
    {
      ...recommended,
      name: 'okta-oie-report/jsx',
      files: ['**/*.jsx'],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
  ];
  const languages = ['JavaScript'];
  const missing: FallbackConfig['missing'] = [];

  const parserModule = await importFromProject<ParserModule>(cwd, '@typescript-eslint/parser');
  const parser = parserModule?.default ?? parserModule;
  const parserApi = parser as { parseForESLint?: unknown; parse?: unknown } | undefined;
  if (parser && (typeof parserApi?.parseForESLint === 'function' || typeof parserApi?.parse === 'function')) {
    configs.push({ ...recommended, name: 'okta-oie-report/typescript', files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser } });
    languages.push('TypeScript');
  } else {
    missing.push({ language: 'TypeScript', package: '@typescript-eslint/parser' });
  }

  const jsonModule = await importFromProject<JsonPluginModule>(cwd, '@eslint/json');
  if (jsonModule?.default) {
    // As the README's setup: JSON read as JSONC, since `tsconfig.json` and `.vscode/*.json` carry comments and trailing commas.
    const json = plugin.configs['recommended-json'];
    configs.push({
      ...json,
      name: 'okta-oie-report/json',
      files: ['**/*.json', '**/*.jsonc'],
      plugins: { ...json.plugins, json: jsonModule.default },
      language: 'json/jsonc',
      languageOptions: { allowTrailingCommas: true },
    });
    languages.push('JSON');
  } else {
    missing.push({ language: 'JSON', package: '@eslint/json' });
  }
  return { configs, languages, missing };
}
