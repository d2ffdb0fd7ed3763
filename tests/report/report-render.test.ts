import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { excerptAt, normalizeLine, splitLines } from '../../src/report/excerpt.js';
import { renderHtml } from '../../src/report/html/page.js';
import { renderMarkdown } from '../../src/report/markdown-report.js';

const meta = {
  'x/risky': {
    docs: {
      url: 'https://example.test/risky',
      oktaGuide: 'https://developer.okta.com/x?a=1&b=2',
      source: { doc: 'api-release-notes-2026', heading: 'A <b>change</b>' },
      recommended: 'error',
      description: 'Disallow <script>alert(1)</script>',
    },
    fixable: 'code',
  },
  'x/future': {
    docs: {
      url: 'javascript:alert(1)',
      oktaGuide: 'https://developer.okta.com/y',
      source: { doc: 'some-new-doc', heading: 'New' },
      description: 'Disallow the `audience` parameter in `<b>` requests',
    },
  },
  'core-rule': { docs: { url: 'https://eslint.org/docs/rules/core-rule' } },
};

function result(filePath: string, source: string, messages: object[]) {
  return { filePath, source, messages, suppressedMessages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] };
}

const hostile = 'const a = "</script><script>alert(1)</script>"; features.registration = true;';
const results = [
  result('/p/src/a.js', `// head\n${hostile}\nnext();\n`, [
    { ruleId: 'x/risky', severity: 2, message: 'Use `<img onerror>` never | pipe', line: 2, column: 50, endLine: 2, endColumn: 71, fix: { range: [0, 1], text: '' } },
    { ruleId: 'x/future', severity: 1, message: 'Manual one', line: 3, column: 1 },
    { ruleId: 'core-rule', severity: 2, message: 'not ours', line: 1, column: 1 },
    { ruleId: null, severity: 1, message: 'Unused eslint-disable directive', line: 1, column: 1 },
  ]),
  result('/p/src/broken.js', 'let = ;', [{ ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unexpected token', line: 1, column: 5 }]),
];

const report = buildReport(results as never, meta, {
  cwd: '/p',
  run: { title: 'T <i>', generatedAt: '2026-02-20T10:00:00.000Z', toolVersion: '0.0.0', eslintVersion: '10.0.0', config: 'c', paths: ['.'] },
});

describe('report data from ESLint results', () => {
  it('keeps only rules whose metadata names a source and an Okta guide, whatever their namespace', () => {
    expect(report.findings.map((finding) => [finding.ruleId, finding.resolution])).toEqual([
      ['x/risky', 'autofix'],
      ['x/future', 'manual'],
    ]);
    expect(report.otherProblems).toBe(2);
    expect(report.unchecked).toEqual([{ file: 'src/broken.js', line: 1, message: 'Parsing error: Unexpected token' }]);
  });

  it('groups by source document; limitations first, a document it does not know by its key', () => {
    expect(report.sources.map((source) => [source.doc, source.title, source.count])).toEqual([
      ['api-release-notes-2026', '2026 Identity Engine API changes', 1],
      ['some-new-doc', 'some-new-doc', 1],
    ]);
  });
});

describe('HTML output', () => {
  const html = renderHtml(report);

  it('escapes everything that comes from code, messages and metadata', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img onerror>');
    expect(html).not.toContain('<b>change</b>');
    expect(html).toContain('A &lt;b&gt;change&lt;/b&gt;');
    expect(html).toContain('<code>&lt;img onerror&gt;</code>');
    expect(html).toContain('T &lt;i&gt;');
    expect(html).toContain('href="https://developer.okta.com/x?a=1&amp;b=2"');
  });

  it('renders code quoted in rule descriptions as <code>, escaped', () => {
    expect(html).toContain('<div class="rule-desc">Disallow the <code>audience</code> parameter in <code>&lt;b&gt;</code> requests</div>');
    expect(html).toContain('<div class="rule-desc">Disallow &lt;script&gt;alert(1)&lt;/script&gt;</div>');
  });

  it('links only http(s) URLs', () => {
    expect(html).not.toContain('javascript:');
  });

  it('loads nothing from the network: no external stylesheet, script, image or font', () => {
    expect(html).not.toMatch(/<(?:link|script|img|iframe)\b/i);
    expect(html).not.toMatch(/url\(|@import/);
    expect(html).toContain('<svg class="rule-chart"');
  });
});

describe('Markdown output', () => {
  const markdown = renderMarkdown(report);

  it('keeps table cells intact', () => {
    expect(markdown).toContain('never \\| pipe');
    expect(markdown).toContain('| A \\<b\\>change\\</b\\> | 1 |');
  });

  it('stays under GitHub’s comment limit however many findings there are', () => {
    const many = Array.from({ length: 3000 }, (_, index) => ({ ruleId: 'x/future', severity: 1, message: `Finding number ${index} with some words to take room`, line: 1, column: 1 }));
    const big = buildReport([result('/p/big.js', 'x\n', many)] as never, meta, { cwd: '/p', run: report.run });
    const text = renderMarkdown(big);
    expect(text.length).toBeLessThan(65_536);
    expect(text).toMatch(/…and [\d,]+ more findings, in the HTML report\./);
  });
});

describe('code excerpts', () => {
  const lines = splitLines('one\ntwo\r\nthree\nfour\nfive\nsix\nseven');

  it('shows two lines around the finding and marks its range', () => {
    const excerpt = excerptAt(lines, { line: 4, column: 2, endLine: 4, endColumn: 4 })!;
    expect(excerpt.lines.map((line) => line.number)).toEqual([2, 3, 4, 5, 6]);
    expect(excerpt.lines.filter((line) => line.inRange).map((line) => line.text)).toEqual(['four']);
    expect(excerpt.mark).toEqual({ line: 4, start: 1, end: 3 });
  });

  it('clips minified lines to a window around the column, keeping the mark on the reported text', () => {
    const long = `${'x'.repeat(5000)}NEEDLE${'y'.repeat(5000)}`;
    const excerpt = excerptAt([long], { line: 1, column: 5001, endLine: 1, endColumn: 5007 })!;
    const text = excerpt.lines[0]!.text;
    expect(text.length).toBeLessThan(200);
    expect(text.slice(excerpt.mark!.start, excerpt.mark!.end)).toBe('NEEDLE');
  });

  it('returns nothing for a line the text does not have', () => {
    expect(excerptAt(lines, { line: 40, column: 1, endLine: undefined, endColumn: undefined })).toBeUndefined();
  });

  it('normalizes the reported line for matching across runs', () => {
    expect(normalizeLine('\t  autoPush:    true,  ')).toBe('autoPush: true,');
  });
});
