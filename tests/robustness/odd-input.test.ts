import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { checkFixSafety } from '../fix-safety/support/check.js';
import { lintConfig, type Level } from '../fix-safety/support/languages.js';
import { ourStackFrame, runCli, cliConfig, widgetFile } from './support.js';

/**
 * Inputs at the edges, with every rule on (`recommended` and `strict`, with `--fix`): a file that does not parse is
 * ESLint's parse error and nothing of ours; empty files, comment-only files, `.d.ts` files, JSON that is an array or a
 * scalar, a Vue file without a script, and a few shapes that stress recursion all lint without a throw.
 */

const levels: readonly Level[] = ['recommended', 'strict'];

function lint(text: string, filename: string, level: Level): { messages: Linter.LintMessage[]; problems: string[] } {
  const report = checkFixSafety({ text, filename, config: lintConfig(filename, level) });
  const messages = report.parsed ? report.findings : [];
  return { messages, problems: report.problems };
}

/** Lints and returns ESLint's fatal message for text that must not parse. */
function parseError(text: string, filename: string, level: Level): Linter.LintMessage[] {
  const report = checkFixSafety({ text, filename, config: lintConfig(filename, level) });
  expect(report.problems).toEqual([]);
  expect(report.parsed).toBe(false);
  return report.findings;
}

describe('a file that does not parse is ESLint’s parse error, not a crash', () => {
  const broken: [string, string][] = [
    ['widget.js', "import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ features: { registration: true, } ;\n"],
    ['widget.ts', "const config: = { features: { registration: true } };\nnew OktaSignIn(config as);\n"],
    ['call.js', "fetch('/api/v1/sessions/' + id, { method: 'DELETE' \n"],
    ['widget-config.json', '{ "features": { "registration": true, } '],
    ['SignIn.vue', '<template><div></div></template>\n<script>\nnew OktaSignIn({ features: { registration: true }\n</script>\n'],
  ];
  it.each(broken)('%s', (filename, text) => {
    for (const level of levels) expect(parseError(text, filename, level)).toEqual([]);
  });

  it('on the command line: the parse error is reported, the next file is still fixed, exit code 1', () => {
    const result = runCli(
      { 'eslint.config.mjs': cliConfig('strict'), 'broken.js': broken[0]![1], 'widget.js': widgetFile },
      ['--fix-dry-run', '--format', 'json', '.'],
    );
    expect(result.status, result.output).toBe(1);
    expect(result.output).not.toMatch(/Oops! Something went wrong/);
    expect(result.output).not.toMatch(ourStackFrame);
    const results = JSON.parse(result.output) as { filePath: string; messages: Linter.LintMessage[]; output?: string }[];
    const byName = Object.fromEntries(results.map((file) => [file.filePath.replace(/.*[\\/]/, ''), file]));
    expect(byName['broken.js']!.messages).toMatchObject([{ ruleId: null, fatal: true, line: 2, message: expect.stringMatching(/^Parsing error:/) }]);
    expect(byName['widget.js']!.output).toBeDefined();
    expect(byName['widget.js']!.output).not.toContain('registration');
  });
});

const deepConcatenation = `fetch('/api/v1/sessions/'${" + 'x'".repeat(3000)}, { method: 'DELETE' });\n`;
const deepNesting = `new OktaSignIn(${'{ features: '.repeat(400)}true${' }'.repeat(400)});\n`;
const manyOptions = `new OktaSignIn({ features: { ${Array.from({ length: 3000 }, (_, index) => `flag${index}: true`).join(', ')}, registration: true } });\n`;

const odd: { name: string; filename: string; text: string; findings: 'none' | 'some' | 'any' }[] = [
  { name: 'an empty JS file', filename: 'empty.js', text: '', findings: 'none' },
  { name: 'an empty TS file', filename: 'empty.ts', text: '', findings: 'none' },
  { name: 'a file with only white space', filename: 'blank.js', text: '\n\n   \t\n', findings: 'none' },
  { name: 'a file with only comments about Okta', filename: 'comments.js', text: "// new OktaSignIn({ features: { registration: true } })\n/* fetch('/api/v1/sessions/' + id, { method: 'DELETE' }) */\n", findings: 'none' },
  { name: 'a file with only a hashbang', filename: 'cli.js', text: '#!/usr/bin/env node\n', findings: 'none' },
  { name: 'a byte order mark and CRLF line ends', filename: 'bom.js', text: `\uFEFF${widgetFile.replace(/\n/g, '\r\n')}`, findings: 'some' },
  { name: 'a .d.ts file with Okta-looking declarations', filename: 'okta.d.ts', text: "import OktaSignIn from '@okta/okta-signin-widget';\ndeclare const config: { features: { registration: true } };\nexport declare function revoke(id: string): ReturnType<typeof fetch>;\ndeclare const widget: OktaSignIn;\n", findings: 'none' },
  { name: 'a .d.mts file', filename: 'okta.d.mts', text: 'export declare const oktaDomain: string;\n', findings: 'none' },
  { name: 'type-only TypeScript', filename: 'types.ts', text: "import type OktaSignIn from '@okta/okta-signin-widget';\nexport type Config = ConstructorParameters<typeof OktaSignIn>[0] & { features: { registration: true } };\n", findings: 'none' },
  { name: 'a JSON array', filename: 'widget-config.json', text: '[1, "okta", { "features": null }]\n', findings: 'any' },
  { name: 'an empty JSON array', filename: 'policy.json', text: '[]\n', findings: 'none' },
  { name: 'a JSON number', filename: 'widget-config.json', text: '42\n', findings: 'none' },
  { name: 'a JSON string', filename: 'policy.json', text: '"okta"\n', findings: 'none' },
  { name: 'JSON null', filename: 'policy.json', text: 'null\n', findings: 'none' },
  { name: 'a JSON object with odd values', filename: 'widget-config.json', text: '{ "features": [true], "baseUrl": {}, "i18n": "en", "": { "": null } }\n', findings: 'any' },
  { name: 'JSONC with comments only', filename: 'settings.jsonc', text: '// features.registration\n/* okta */\n{}\n', findings: 'none' },
  { name: 'a Vue file without a script', filename: 'SignIn.vue', text: '<template>\n  <div id="okta-login">new OktaSignIn({ features: { registration: true } })</div>\n</template>\n', findings: 'none' },
  { name: 'a Vue file with an empty script', filename: 'Empty.vue', text: '<template><div /></template>\n<script setup lang="ts"></script>\n', findings: 'none' },
  { name: 'a URL concatenated from 3000 parts', filename: 'deep-url.js', text: deepConcatenation, findings: 'any' },
  { name: 'an option nested 400 objects deep', filename: 'deep-widget.js', text: deepNesting, findings: 'any' },
  { name: 'a widget config with 3000 options', filename: 'wide-widget.js', text: manyOptions, findings: 'any' },
];

describe('odd inputs lint without a throw', () => {
  it.each(odd)('$name', ({ filename, text, findings }) => {
    for (const level of levels) {
      const { messages, problems } = lint(text, filename, level);
      expect(problems, level).toEqual([]);
      if (findings === 'none') expect(messages, level).toEqual([]);
      if (findings === 'some') expect(messages.length, level).toBeGreaterThan(0);
    }
  });
});
