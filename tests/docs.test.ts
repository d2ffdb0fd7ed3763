/**
 * The rule docs are part of the product: every ❌ example must be reported by its rule, every ✅ example must not,
 * and the generated parts (headers, options tables, README tables) must be current. This file reads whatever pages
 * are in docs/rules/, so a new rule and its page are covered with no change here. The conventions a page follows
 * are described in tests/helpers/doc-examples.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import json from '@eslint/json';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { blockLanguage, parseDoc, supportedLanguages, type BlockLanguage, type DocBlock, type ParsedDoc } from './helpers/doc-examples.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(root, 'docs', 'rules');
const pages = readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.replace(/\.md$/, ''))
  .sort();

type RuleModule = (typeof plugin.rules)[keyof typeof plugin.rules];
const rules = plugin.rules as Record<string, RuleModule>;
const linter = new Linter({ configType: 'flat' });

function lintConfig(ruleName: string, block: DocBlock, language: BlockLanguage): Linter.Config[] {
  const shared: Linter.Config = {
    files: [`**/*.${language.extension}`],
    plugins: { 'okta-oie': plugin },
    rules: { [`okta-oie/${ruleName}`]: ['error', ...(block.annotation.options ?? [])] as Linter.RuleEntry },
    settings: block.annotation.settings ?? {},
  };
  switch (language.family) {
    case 'json':
      return [{ ...shared, plugins: { json, 'okta-oie': plugin }, language: `json/${language.extension}` }];
    case 'ts':
      return [{ ...shared, languageOptions: { parser: tsParser } }];
    case 'vue':
      return [{ ...shared, languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: 'module' } } }];
    case 'js':
      return [
        {
          ...shared,
          languageOptions: {
            sourceType: language.extension === 'cjs' ? 'commonjs' : 'module',
            parserOptions: { ecmaFeatures: { jsx: language.extension === 'jsx' } },
          },
        },
      ];
  }
}

interface Checked {
  block: DocBlock;
  language: BlockLanguage;
  config: Linter.Config[];
  filename: string;
}

function prepare(ruleName: string, block: DocBlock, page: string): Checked {
  const language = blockLanguage(block.lang);
  const where = `${page}:${block.line}`;
  if (!language) {
    throw new Error(`${where}: a ❌/✅ example in \`${block.lang || 'no language'}\` cannot be linted; use one of ${supportedLanguages.join(', ')}.`);
  }
  const filename = block.annotation.filename ?? `example.${language.extension}`;
  if (!filename.endsWith(`.${language.extension}`)) {
    throw new Error(`${where}: the filename '${filename}' does not end in .${language.extension}, the block's language.`);
  }
  return { block, language, config: lintConfig(ruleName, block, language), filename };
}

function lint(checked: Checked): Linter.LintMessage[] {
  return linter.verify(checked.block.code, checked.config, { filename: checked.filename });
}

function expectParsed(messages: Linter.LintMessage[], where: string): void {
  const fatal = messages.filter((message) => message.fatal || message.ruleId === null);
  expect(fatal.map((message) => `${message.line}:${message.column} ${message.message}`), `${where} must parse`).toEqual([]);
}

/** Applies the first suggestion of every report, in source order, skipping any that overlap an earlier one. */
function applyFirstSuggestions(text: string, messages: Linter.LintMessage[]): string {
  const fixes = messages
    .map((message) => message.suggestions?.[0]?.fix)
    .filter((fix): fix is NonNullable<typeof fix> => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0]);
  let output = '';
  let cursor = 0;
  for (const fix of fixes) {
    if (fix.range[0] < cursor) continue;
    output += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
  }
  return output + text.slice(cursor);
}

// The sections eslint-doc-generator is told to require are the ones checked here: one list, in its config file.
const docGeneratorConfig = (await import(pathToFileURL(join(root, '.eslint-doc-generatorrc.mjs')).href)) as {
  default: { ruleDocSectionInclude?: string[] };
};
const requiredSections = docGeneratorConfig.default.ruleDocSectionInclude ?? [];

it('every docs page belongs to a rule of the plugin', () => {
  expect(pages.filter((page) => !(page in rules))).toEqual([]);
});

describe.each(pages.filter((page) => page in rules))('docs/rules/%s.md', (ruleName) => {
  const file = `docs/rules/${ruleName}.md`;
  const markdown = readFileSync(join(docsDir, `${ruleName}.md`), 'utf8');
  let doc: ParsedDoc;
  try {
    doc = parseDoc(markdown, file);
  } catch (error) {
    // A malformed annotation fails this page only, not the collection of every page.
    it('can be read', () => {
      throw error;
    });
    return;
  }
  const rule = rules[ruleName]!;
  const ruleId = `okta-oie/${ruleName}`;
  const meta = rule.meta as { docs: { oktaGuide: string }; schema?: unknown };

  it('has the generated header and the required sections', () => {
    expect(markdown).toMatch(new RegExp(`^# ${ruleId}\\n`));
    expect(markdown).toContain('<!-- end auto-generated rule header -->');
    for (const section of requiredSections) expect(doc.sections, `${file} needs '## ${section}'`).toContain(section);
    const hasOptions = Array.isArray(meta.schema) ? meta.schema.length > 0 : Boolean(meta.schema && Object.keys(meta.schema).length > 0);
    expect(doc.sections.includes('Options'), `${file}: '## Options' is there exactly when the rule has options`).toBe(hasOptions);
    if (hasOptions) expect(doc.sectionText.get('Options')).toContain('<!-- begin auto-generated rule options list -->');
  });

  it("links the rule's Okta guide under Further Reading", () => {
    expect(doc.sectionText.get('Further Reading')).toContain(`(${meta.docs.oktaGuide})`);
  });

  it('links only pages that exist', () => {
    for (const [, target] of markdown.matchAll(/\]\((\.{1,2}\/[^)#\s]+)(?:#[^)]*)?\)/g)) {
      expect(existsSync(join(docsDir, target!)), `${file} links ${target}`).toBe(true);
    }
  });

  const examples = doc.blocks.filter((block) => block.kind !== undefined);

  it('has at least one ❌ and one ✅ example', () => {
    expect(examples.some((block) => block.kind === 'incorrect' && !block.annotation.output)).toBe(true);
    expect(examples.some((block) => block.kind === 'correct')).toBe(true);
  });

  let previousIncorrect: Checked | undefined;
  for (const block of examples) {
    const where = `${file}:${block.line}`;

    if (block.annotation.output) {
      const source = previousIncorrect;
      it(`${where}: the listed messages are what the rule reports for the ❌ example above`, () => {
        expect(source, `${where}: an output block needs a ❌ block before it`).toBeDefined();
        const listed = block.code
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        const actual = lint(source!)
          .filter((message) => message.ruleId === ruleId)
          .map((message) => `${message.line}:${message.column}  ${message.message}`);
        expect(listed.map((line) => line.replace(/^(\d+:\d+)\s+/, '$1  '))).toEqual(actual);
      });
      continue;
    }

    let checked: Checked;
    try {
      checked = prepare(ruleName, block, file);
    } catch (error) {
      it(`${where}: can be linted`, () => {
        throw error;
      });
      continue;
    }
    // `fixed` and `suggested` compare with the ❌ block before this one; a ❌ block may carry them too (a fix that
    // leaves a report behind).
    const source = previousIncorrect;
    if (block.kind === 'incorrect') {
      previousIncorrect = checked;
      it(`${where}: ❌ is reported by ${ruleId}`, () => {
        const messages = lint(checked);
        expectParsed(messages, where);
        expect(messages.filter((message) => message.ruleId === ruleId).length).toBeGreaterThan(0);
      });
    } else {
      it(`${where}: ✅ is not reported by ${ruleId}`, () => {
        const messages = lint(checked);
        expectParsed(messages, where);
        expect(messages.filter((message) => message.ruleId === ruleId).map((message) => `${message.line}:${message.column} ${message.message}`)).toEqual([]);
      });
    }
    if (block.annotation.fixed) {
      it(`${where}: is what --fix makes of the ❌ example above`, () => {
        expect(source, `${where}: "fixed" needs a ❌ block before it`).toBeDefined();
        expect(linter.verifyAndFix(source!.block.code, source!.config, { filename: source!.filename }).output).toBe(block.code);
      });
    }
    if (block.annotation.suggested) {
      it(`${where}: is the ❌ example above with its suggestions applied`, () => {
        expect(source, `${where}: "suggested" needs a ❌ block before it`).toBeDefined();
        const messages = lint(source!).filter((message) => message.ruleId === ruleId);
        expect(messages.every((message) => (message.suggestions?.length ?? 0) > 0), `${where}: every report offers a suggestion`).toBe(true);
        expect(applyFirstSuggestions(source!.block.code, messages)).toBe(block.code);
      });
    }
  }
});

describe('generated docs', () => {
  it('are up to date (eslint-doc-generator --check on the built plugin)', () => {
    expect(existsSync(join(root, 'dist', 'index.mjs')), 'build the plugin first (npx tsdown); npm test does').toBe(true);
    const packageJson = createRequire(import.meta.url).resolve('eslint-doc-generator/package.json');
    const bin = join(dirname(packageJson), (JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['eslint-doc-generator']!);
    const result = spawnSync(process.execPath, [bin, '--check'], { cwd: root, encoding: 'utf8' });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  }, 60_000);
});
