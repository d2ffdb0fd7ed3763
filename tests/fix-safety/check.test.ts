import type { Linter, Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { checkFixSafety } from './support/check.js';
import { languageConfig } from './support/languages.js';

/**
 * The checker itself: rules with a known defect must be caught, a clean rule must pass. Otherwise a green fix-safety
 * or fuzz run would prove nothing.
 */

/** The parts of an ESTree `Property` these test rules use. */
interface PropertyNode {
  key: { type: string; name?: string };
  value: Rule.Node & { value?: unknown };
  range: [number, number];
}

function ruleWith(fix: (context: Rule.RuleContext, node: PropertyNode & Rule.Node) => Rule.ReportFixer, suggest = false): Rule.RuleModule {
  return {
    meta: { type: 'problem', fixable: 'code', hasSuggestions: suggest, schema: [], messages: { found: 'found', change: 'change' } },
    create(context) {
      return {
        Property(estreeNode) {
          const node = estreeNode as unknown as PropertyNode & Rule.Node;
          if (node.key.type !== 'Identifier' || node.key.name !== 'registration') return;
          if (node.value.type === 'Literal' && node.value.value === false) return;
          const fixer = fix(context, node);
          context.report(suggest ? { node, messageId: 'found', suggest: [{ messageId: 'change', fix: fixer }] } : { node, messageId: 'found', fix: fixer });
        },
      };
    },
  };
}

function configWith(rule: Rule.RuleModule): Linter.Config[] {
  return [languageConfig('test.js'), { plugins: { test: { rules: { rule } } }, rules: { 'test/rule': 'error' } }];
}

const text = 'const config = {\n  registration: true, // keep me\n  /* and me */ baseUrl: "x",\n};\n';

function problemsOf(rule: Rule.RuleModule, input = text): string[] {
  return checkFixSafety({ text: input, filename: 'test.js', config: configWith(rule) }).problems;
}

describe('the fix-safety checker', () => {
  it('passes a fix that keeps the syntax and the comments', () => {
    const rule = ruleWith((_, node) => (fixer) => fixer.replaceText(node.value, 'false'));
    const report = checkFixSafety({ text, filename: 'test.js', config: configWith(rule) });
    expect(report.problems).toEqual([]);
    expect(report.fixed).toBe(true);
    expect(report.output).toContain('registration: false');
  });

  it('catches a fix that breaks the syntax', () => {
    const rule = ruleWith((_, node) => (fixer) => fixer.replaceText(node, 'registration: ,'));
    expect(problemsOf(rule)[0]).toMatch(/^--fix gives text that does not parse/);
  });

  it('catches a fix that drops a comment that leads code that stays', () => {
    // `// keep me` trails the removed option on its line and may go with it; `/* and me */` belongs to `baseUrl`.
    const rule = ruleWith((context, node) => (fixer) => fixer.removeRange([node.range[0], context.sourceCode.text.indexOf('baseUrl')]));
    expect(problemsOf(rule)[0]).toMatch(/^--fix drops comments \["\/\* and me \*\/"\]/);
  });

  it('lets a comment trailing the removed code on its line, or inside it, go with it', () => {
    const trailing = ruleWith((context, node) => (fixer) => fixer.removeRange([node.range[0], context.sourceCode.text.indexOf('\n', node.range[1])]));
    expect(problemsOf(trailing)).toEqual([]);
    const inside = ruleWith((_, node) => (fixer) => fixer.removeRange([node.range[0], node.range[1] + 1]));
    expect(problemsOf(inside, 'const config = {\n  registration: /* on */ true,\n  baseUrl: "x",\n};\n')).toEqual([]);
  });

  it('catches a fix that drops a comment on its own line', () => {
    const input = 'const config = {\n  // Sign-up link\n  registration: true,\n  baseUrl: "x",\n};\n';
    const rule = ruleWith((context, node) => (fixer) => fixer.removeRange([context.sourceCode.text.indexOf('  //'), node.range[1] + 1]));
    expect(problemsOf(rule, input)[0]).toMatch(/^--fix drops comments \["\/\/ Sign-up link"\]/);
  });

  it('catches a fix that drops a comment trailing code that stays', () => {
    const input = 'const config = { baseUrl: "x", // the org\n  registration: true,\n};\n';
    const rule = ruleWith((context, node) => (fixer) => fixer.removeRange([context.sourceCode.text.indexOf('//'), node.range[1] + 1]));
    expect(problemsOf(rule, input)[0]).toMatch(/^--fix drops comments \["\/\/ the org"\]/);
  });

  it('catches a fix that a second --fix changes again', () => {
    // Each pass adds one more `!`: ESLint stops after 10 passes and the next run goes on.
    const rule = ruleWith((_, node) => (fixer) => fixer.insertTextBefore(node.value, '!'));
    expect(problemsOf(rule)[0]).toMatch(/^a second --fix changes the output again/);
  });

  it('catches fixes that undo each other', () => {
    // true → 1 → true …: every pass changes the text, so --fix never settles.
    const rule = ruleWith((_, node) => (fixer) => fixer.replaceText(node.value, node.value.type === 'Literal' && node.value.value === 1 ? 'true' : '1'));
    expect(problemsOf(rule)[0]).toMatch(/^a second --fix changes the output again/);
  });

  it('catches a suggestion that breaks the syntax or drops a comment', () => {
    const breaks = ruleWith((_, node) => (fixer) => fixer.replaceText(node, ')'), true);
    expect(problemsOf(breaks)[0]).toMatch(/^suggestion "change" of test\/rule at 2:3 gives text that does not parse/);
    // Deleting a comment and no code around it.
    const drops = ruleWith((context) => (fixer) => fixer.removeRange([context.sourceCode.text.indexOf('/*'), context.sourceCode.text.indexOf('baseUrl')]), true);
    expect(problemsOf(drops)[0]).toMatch(/^suggestion "change" of test\/rule at 2:3 drops comments/);
  });

  it('catches a rule that throws', () => {
    const rule: Rule.RuleModule = {
      meta: { schema: [] },
      create: () => ({
        Property() {
          throw new TypeError('boom');
        },
      }),
    };
    expect(problemsOf(rule)[0]).toMatch(/^a rule threw: TypeError: boom/);
  });

  it('catches a config that does not cover the file (ESLint would lint nothing)', () => {
    const rule = ruleWith((_, node) => (fixer) => fixer.remove(node));
    const report = checkFixSafety({ text: '{}', filename: 'test.json', config: configWith(rule) });
    expect(report.problems[0]).toMatch(/^No matching configuration found for test\.json/);
  });

  it('leaves an input that does not parse to ESLint', () => {
    const rule = ruleWith((_, node) => (fixer) => fixer.remove(node));
    const report = checkFixSafety({ text: 'const = ;', filename: 'test.js', config: configWith(rule) });
    expect(report).toMatchObject({ parsed: false, problems: [] });
  });
});
