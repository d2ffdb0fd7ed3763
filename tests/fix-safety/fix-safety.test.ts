import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { checkFixSafety } from './support/check.js';
import { lintConfig, type Level } from './support/languages.js';
import { docPages, docSources, exampleSources, fixtureSources, type LintSource } from './support/sources.js';

/**
 * Fix safety on every example, fixture and docs code block, with `recommended` and `strict`, on Identity Engine and on
 * Classic settings: the fixed text parses, a second `--fix` changes nothing, no comment is lost but those inside or
 * trailing removed code, and every suggestion gives text that parses and keeps its comments the same way.
 */

const levels: readonly Level[] = ['recommended', 'strict'];
const engines: readonly (Record<string, unknown> | undefined)[] = [undefined, { 'okta-oie': { engine: 'classic' } }];

function configFor(source: LintSource, level: Level, settings: Record<string, unknown> | undefined): Linter.Config[] {
  const config = lintConfig(source.filename, level, source.settings ?? settings, source.sourceType);
  if (source.ruleOptions) {
    config.push({ files: [`**/*${source.filename.slice(source.filename.lastIndexOf('.'))}`], rules: { [source.ruleOptions.rule]: ['error', ...source.ruleOptions.options] } as Linter.RulesRecord });
  }
  return config;
}

interface Checked {
  parsed: boolean;
  findings: number;
  fixed: boolean;
}

function check(source: LintSource): Checked[] {
  const problems: string[] = [];
  const checked: Checked[] = [];
  for (const level of levels) {
    for (const settings of source.settings ? [source.settings] : engines) {
      const report = checkFixSafety({ text: source.text, filename: source.filename, config: configFor(source, level, settings), sourceType: source.sourceType });
      checked.push({ parsed: report.parsed, findings: report.findings.length, fixed: report.fixed });
      for (const problem of report.problems) problems.push(`${level}, settings ${JSON.stringify(settings ?? {})}: ${problem}`);
    }
  }
  expect(problems.join('\n\n')).toBe('');
  return checked;
}

describe('fix safety: examples/', () => {
  const sources = exampleSources();
  const all: Checked[] = [];
  for (const source of sources) {
    it(source.origin, () => {
      const checked = check(source);
      all.push(...checked);
      // The examples are the plugin's showcase: every one must parse.
      expect(checked.every((result) => result.parsed), 'the example parses').toBe(true);
    });
  }
  it('checked real fixes: the Classic-era examples get findings and autofixes', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(all.some((result) => result.findings > 0)).toBe(true);
    expect(all.some((result) => result.fixed)).toBe(true);
  });
});

describe('fix safety: tests/**/fixtures/**', () => {
  for (const source of fixtureSources()) {
    it(source.origin, () => {
      check(source);
    });
  }
});

describe('fix safety: docs/rules/*.md code blocks (fragments that do not parse are skipped)', () => {
  for (const page of docPages()) {
    const sources = docSources(page);
    it(`${page.replace(/.*docs\//, 'docs/')} (${sources.length} blocks)`, () => {
      const problems: string[] = [];
      for (const source of sources) {
        try {
          const checked = check(source);
          // ❌ / ✅ examples are code to lint; other blocks (a settings excerpt, a shell line) may be fragments.
          if (source.complete && !checked.every((result) => result.parsed)) problems.push(`${source.origin}: the example does not parse`);
        } catch (error) {
          problems.push(`${source.origin}: ${(error as Error).message}`);
        }
      }
      expect(problems.join('\n\n')).toBe('');
    });
  }
});
