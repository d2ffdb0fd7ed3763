import { describe, expect, it } from 'vitest';
import { locateStringTests, playwrightSelectorText, type StringTest } from '../../src/locate/string-tests.js';
import { Random } from '../fuzz/random.js';
import { locateIn } from '../helpers/locate.js';

function summary(test: StringTest): string {
  switch (test.kind) {
    case 'equality':
      return `equality${test.negated ? '!' : ''}:${test.text.value}`;
    case 'switch-case':
    case 'string-method':
      return `${test.kind}:${test.text.value}`;
    case 'array-includes':
      return `array-includes:${test.texts.map((text) => text.value).join('|')}:${test.complete ? 'complete' : 'partial'}`;
    case 'regex':
      return `regex:${test.method}:${test.pattern.source}`;
    case 'selector':
      return `selector:${test.method}:${test.text?.value ?? test.pattern?.source}`;
  }
}

/** Every literal starts with a quote, a backtick or a slash. */
const everyLiteral = /['"`/]/;
const tests = (code: string, pattern: RegExp = everyLiteral) => locateIn(code, (sourceCode) => locateStringTests(sourceCode, pattern)).map(summary);

describe('locateStringTests', () => {
  it('finds comparisons with static texts, through same-file constants and in either order', () => {
    expect(tests("const L = 'a';\nif (x.name === L || 'b' != y) {}\nif (x === y) {}")).toEqual(['equality:a', 'equality!:b']);
  });

  it('finds switch cases, string methods and arrays of texts', () => {
    expect(tests("switch (k) { case 'a': break; case v: break; }\ns.startsWith('p');\n['x', y].includes(z);\n['x'].indexOf(z);")).toEqual([
      'switch-case:a',
      'string-method:p',
      'array-includes:x:partial',
      'array-includes:x:complete',
    ]);
  });

  it('finds regular expressions on either side, literal and built with new RegExp', () => {
    expect(tests("/ab/i.test(s);\ns.match(/cd/);\nnew RegExp('ef', 'i').exec(s);\nconst R = /gh/;\nR.test(s);")).toEqual([
      'regex:test:ab',
      'regex:match:cd',
      'regex:exec:ef',
      'regex:test:gh',
    ]);
  });

  it('finds UI test selectors: Testing Library, Playwright, Cypress', () => {
    expect(
      tests(
        "screen.getByText('A');\npage.getByRole('button', { name: 'B' });\ncy.contains('li', 'C');\npage.locator('text=D');\npage.click('button:has-text(\"E\")');\nfindAllByLabelText(/F/);\npage.locator('#id');",
      ),
    ).toEqual(['selector:getByText:A', 'selector:getByRole:B', 'selector:contains:C', 'selector:locator:D', 'selector:click:E', 'selector:findAllByLabelText:F']);
  });

  it('reads only the literals that match the pattern, and follows them through constants', () => {
    const code = "const WANTED = 'wanted';\nif (a === WANTED || b === 'other') {}\nswitch (c) { case 'wanted': break; }";
    expect(tests(code, /wanted/)).toEqual(['equality:wanted', 'switch-case:wanted']);
  });

  it('follows a text in a constant object to the property reads that compare with it', () => {
    const code = "const NAMES = { DEFAULT: 'wanted', OTHER: 'wanted too' } as const;\nif (a === NAMES.DEFAULT) {}\nif (b === NAMES['OTHER']) {}\nuse(NAMES.DEFAULT);";
    expect(tests(code, /wanted/)).toEqual(['equality:wanted', 'equality:wanted too']);
  });

  it('reads the value of a sequence expression, as minified code writes constants', () => {
    expect(tests("var a = (init(), 'wanted'), b = 1;\nif (x !== a) {}", /wanted/)).toEqual(['equality!:wanted']);
  });

  it('finds many literals in one file', () => {
    const code = Array.from({ length: 40 }, (_, index) => `if (x === 'v${index}') {}`).join('\n');
    expect(tests(code)).toHaveLength(40);
  });

  it('leaves out texts known only at run time', () => {
    expect(tests('if (a === `${b}`) {}\nx.includes(y);\nscreen.getByText(label);')).toEqual([]);
  });
});

describe('playwrightSelectorText', () => {
  /** The regular expression the reader replaces: right, but quadratic or worse on long selectors. */
  const reference = /(?:^text=\s*["']?(.+?)["']?\s*$)|(?::(?:has-)?text(?:-is)?\(\s*["'](.+?)["']\s*\))/;
  const blank = /^[\s"']*$/;

  it('reads what the reference expression reads, on 20,000 generated selectors (blank texts aside)', () => {
    const parts = [':text(', ':has-text(', ':text-is(', 'text=', '"', "'", ')', '(', ' ', '\n', 'a', 'Passkey'];
    const random = new Random(7);
    const differences: string[] = [];
    for (let count = 0; count < 20_000; count++) {
      let selector = random.chance(0.3) ? 'text=' : '';
      for (let length = random.int(1, 8); length > 0; length--) selector += random.pick(parts);
      const match = reference.exec(selector);
      const expected = match ? (match[1] ?? match[2]) : undefined;
      const actual = playwrightSelectorText(selector);
      // A blank text names nothing; the reference keeps a lone blank or quote there, the reader may not.
      if (expected !== undefined && blank.test(expected) && (actual === undefined || blank.test(actual))) continue;
      if (actual !== expected) differences.push(`${JSON.stringify(selector)}: ${JSON.stringify(expected)} ≠ ${JSON.stringify(actual)}`);
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });

  it('is linear on long hostile selectors', () => {
    const started = performance.now();
    expect(playwrightSelectorText(':text("a'.repeat(50_000))).toBeUndefined();
    expect(playwrightSelectorText(`text=a${' '.repeat(100_000)}b`)).toBe(`a${' '.repeat(100_000)}b`);
    expect(playwrightSelectorText(':has-text("a" '.repeat(20_000))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
