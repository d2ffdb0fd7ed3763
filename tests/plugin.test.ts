import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import json from '@eslint/json';
import { ESLint, type Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const ruleNames = Object.keys(plugin.rules);

describe('plugin object', () => {
  it('carries name and version from package.json and the okta-oie namespace', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'okta-oie' });
  });

  it('lists rules in alphabetical order, one file, one test and one doc each', () => {
    expect(ruleNames).toEqual([...ruleNames].sort());
    const files = readdirSync(new URL('../src/rules/', import.meta.url))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(ruleNames);
    for (const name of ruleNames) {
      expect(existsSync(new URL(`./rules/${name}.test.ts`, import.meta.url)), `tests/rules/${name}.test.ts`).toBe(true);
      expect(existsSync(new URL(`../docs/rules/${name}.md`, import.meta.url)), `docs/rules/${name}.md`).toBe(true);
    }
  });

  it('gives every rule complete docs metadata and a docs URL matching its name', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const docs = rule.meta?.docs as Record<string, unknown> & { url?: string };
      expect(docs.url).toBe(`https://github.com/eslint-plugin-okta-oie/eslint-plugin-okta-oie/blob/v${packageJson.version}/docs/rules/${name}.md`);
      expect(docs.description).toMatch(/^(Disallow|Require|Enforce) /);
      expect(['error', 'warn']).toContain(docs.recommended);
      expect(docs.oktaGuide).toMatch(/^https:\/\//);
      expect(docs.languages).toContain('js');
      expect(rule.meta?.messages?.invalidSettings, `${name} reports bad settings`).toBeDefined();
    }
  });
});

describe('configs, recomputed from rule metadata', () => {
  const expectedRules = (level: 'recommended' | 'strict', onlyJson: boolean) =>
    Object.fromEntries(
      Object.entries(plugin.rules)
        .filter(([, rule]) => !onlyJson || (rule.meta?.docs as { languages: string[] }).languages.includes('json'))
        .map(([name, rule]) => {
          const docs = rule.meta?.docs as { recommended: string; strictOptions?: object };
          const setting = level === 'recommended' ? docs.recommended : docs.strictOptions ? ['error', docs.strictOptions] : 'error';
          return [`okta-oie/${name}`, setting];
        }),
    );

  it('puts every rule in recommended (its own severity) and in strict (error, with the strict options)', () => {
    expect(plugin.configs.recommended.rules).toEqual(expectedRules('recommended', false));
    expect(plugin.configs.strict.rules).toEqual(expectedRules('strict', false));
    expect(Object.keys(plugin.configs.recommended.rules!)).toHaveLength(ruleNames.length);
    expect(Object.keys(plugin.configs.strict.rules!)).toHaveLength(ruleNames.length);
  });

  it('names every flat config and points its plugins at the plugin itself', () => {
    for (const key of ['recommended', 'strict', 'recommended-json', 'strict-json'] as const) {
      expect(plugin.configs[key].name).toBe(`okta-oie/${key}`);
      expect(plugin.configs[key].plugins?.['okta-oie']).toBe(plugin);
    }
  });

  it('gives JSON files only the rules that read JSON documents', () => {
    expect(plugin.configs['recommended-json'].rules).toEqual(expectedRules('recommended', true));
    expect(plugin.configs['strict-json'].rules).toEqual(expectedRules('strict', true));
  });

  it('sets no `files` in any flat config: each takes the files of the block that extends it', () => {
    for (const key of ['recommended', 'strict', 'recommended-json', 'strict-json'] as const) {
      expect(Object.keys(plugin.configs[key]).sort(), key).toEqual(['name', 'plugins', 'rules']);
    }
  });

  it('turns its rules on for exactly the files of the extending block, .jsonc and commented JSON included', async () => {
    const eslint = new ESLint({
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      overrideConfigFile: true,
      overrideConfig: defineConfig([
        { files: ['**/*.jsonc', '**/tsconfig.json'], plugins: { json }, language: 'json/jsonc', extends: [plugin.configs['recommended-json']] },
        { files: ['**/*.json'], ignores: ['**/tsconfig.json'], plugins: { json }, language: 'json/json', extends: [plugin.configs['strict-json']] },
      ]),
    });
    const severityOf = (level: unknown) => ({ off: 0, warn: 1, error: 2 })[String(level) as 'off'] ?? Number(level);
    // ESLint normalizes each setting to `[severity, ...options]`; the severity tells which config a file got.
    const severities = (rules: Partial<Linter.RulesRecord> | undefined) =>
      Object.fromEntries(Object.entries(rules ?? {}).map(([id, setting]) => [id, severityOf(Array.isArray(setting) ? setting[0] : setting)]));
    const rulesFor = async (file: string) => severities(((await eslint.calculateConfigForFile(file)) as Linter.Config | undefined)?.rules);
    expect(await rulesFor('config/widget.jsonc')).toEqual(severities(expectedRules('recommended', true) as Linter.RulesRecord));
    expect(await rulesFor('tsconfig.json')).toEqual(severities(expectedRules('recommended', true) as Linter.RulesRecord));
    expect(await rulesFor('config/widget.json')).toEqual(severities(expectedRules('strict', true) as Linter.RulesRecord));
    expect(await rulesFor('src/login.js')).toEqual({});
  });

  it('offers the same rules to eslintrc users', () => {
    expect(plugin.configs['legacy-recommended']).toEqual({ plugins: ['okta-oie'], rules: expectedRules('recommended', false) });
    expect(plugin.configs['legacy-strict']).toEqual({ plugins: ['okta-oie'], rules: expectedRules('strict', false) });
  });
});

describe('the built package', () => {
  it('exposes the same plugin to import and require', async () => {
    const esm = (await import('../dist/index.mjs')).default as typeof plugin;
    const cjs = createRequire(import.meta.url)('../dist/index.cjs') as typeof plugin;
    for (const built of [esm, cjs]) {
      expect(built.meta).toEqual(plugin.meta);
      expect(Object.keys(built.rules)).toEqual(ruleNames);
      expect(Object.keys(built.configs).sort()).toEqual(Object.keys(plugin.configs).sort());
      expect(built.configs.recommended.plugins?.['okta-oie']).toBe(built);
    }
  });
});
