/**
 * The Markdown report is posted as a pull-request comment, and everything in it that the linted code chose (file names,
 * messages that quote code, parse errors) or that rule metadata says must render as the text it is. Hostile names and
 * messages are rendered here with a GFM renderer (marked, with tables and autolinks), and the HTML it makes is checked:
 * no element or link the report did not put there, no table row broken, every name shown exactly.
 */
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { renderMarkdown } from '../../src/report/markdown-report.js';
import { codeSpan, messageMarkdown, plainText } from '../../src/report/markdown-text.js';

/** How marked escapes text in HTML, to find a name in its output. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const render = (markdown: string) => marked.parse(markdown, { gfm: true, async: false }) as string;
const renderInline = (markdown: string) => marked.parseInline(markdown, { gfm: true, async: false }) as string;

describe('code spans', () => {
  const tricky = ['plain', '`', '``', '```', 'a`b', 'a``b', '`start', 'end`', '` both `', ' padded ', ' lead', 'trail ', '|', 'a|b', '\\', '<b>x</b>', '[x](https://evil.example)'];

  it('hold any text exactly: fenced longer than its longest backtick run, padded where CommonMark strips a space', () => {
    for (const text of tricky) {
      expect(renderInline(codeSpan(text, 'inline')), JSON.stringify(text)).toBe(`<code>${html(text)}</code>`);
    }
    expect(codeSpan('a``b', 'inline')).toBe('```a``b```');
    expect(codeSpan('`start', 'inline')).toBe('`` `start ``');
  });

  it('hold any text exactly inside a table cell, pipes included', () => {
    for (const text of tricky) {
      const table = render(`| a | b |\n|---|---|\n| ${codeSpan(text, 'cell')} | x |\n`);
      expect(table, JSON.stringify(text)).toContain(`<td><code>${html(text)}</code></td>\n<td>x</td>`);
    }
  });

  it('in a cell, show a backslash before a pipe as plain text: GFM renderers split such a cell differently', () => {
    // cmark-gfm (GitHub) keeps `a\\|b` in one cell, marked ends the cell at the pipe; escaped plain text reads the same in both.
    const table = render(`| a | b |\n|---|---|\n| ${codeSpan('a\\|b', 'cell')} | x |\n`);
    expect(table).toContain('<td>a\\|b</td>\n<td>x</td>');
    expect(renderInline(codeSpan('a\\|b', 'inline'))).toBe('<code>a\\|b</code>');
  });

  it('stay on one line', () => {
    expect(codeSpan('a\nb\r\nc', 'inline')).toBe('`a b c`');
  });
});

describe('plain text and messages', () => {
  const hostile = 'Use <img src=x onerror=alert(1)> *now* _or_ ~~never~~ [x](https://evil.example) ![i](https://evil.example/i.png) http://evil.example www.evil.example &amp; a\\|b @octocat #12 user@evil.example';

  it('render as the text itself: no element, link, image or entity', () => {
    const rendered = renderInline(plainText(hostile));
    expect(rendered).not.toMatch(/<(?!\/?p>)[a-z]/i);
    expect(rendered.replaceAll('\u2060', '')).toBe(html(hostile));
  });

  it('keep GitHub from making mentions, issue links and mail links (a word joiner after @ and #)', () => {
    const text = plainText('@octocat #12 user@evil.example');
    expect(text).toBe('@\u2060octocat #\u206012 user@\u2060evil.example');
  });

  it('show code quoted in a message as code, and the rest as text, even when the backticks pair up wrongly', () => {
    expect(renderInline(messageMarkdown('Remove `features.registration` from <the> config', 'inline'))).toBe(
      'Remove <code>features.registration</code> from &lt;the&gt; config',
    );
    for (const message of ['value `a`b` here <b>x</b>', '`` `<img src=x>` ``', 'odd ` one [x](https://evil.example)', '```\n| fake | row |\n```']) {
      const rendered = renderInline(messageMarkdown(message, 'inline'));
      expect(rendered, message).not.toMatch(/<(?!\/?code>)[a-z]/i);
      // Every character is still there; only which backticks delimit code may differ from what the rule meant.
      const visible = rendered.replace(/<\/?code>/g, '').replaceAll('\u2060', '').replace(/`/g, '');
      expect(visible, message).toBe(html(message.replace(/\n/g, ' ').replace(/`/g, '')));
    }
  });
});

/** A report of hostile file names and messages, rendered whole. */
describe('the whole Markdown report with hostile file names and messages', () => {
  const hostileFiles = [
    'src/a`b.js',
    'src/``fenced``.js',
    'src/`start.js',
    'src/end`.js',
    'src/<img src=x onerror=alert(1)>.js',
    'src/[click](javascript:alert(1)).js',
    'src/a|b|c.js',
    'src/@octocat #1.js',
    'src/www.evil.example.js',
    'src/line\nbreak.js',
    'src/.<b>bold</b>',
  ];
  const hostileMessage = 'Remove `features.<img src=x>` | [x](https://evil.example) <b>b</b> http://evil.example @octocat #3\n| a | b |';
  const meta = {
    'x/rule': {
      docs: {
        url: 'https://example.test/rule (1)|x',
        oktaGuide: 'https://developer.okta.com/guide',
        source: { doc: 'ie-limitations', heading: 'Heading <b>with</b> | pipe [x](https://evil.example)' },
        description: 'Disallow `<script>`',
      },
    },
  };
  const result = (filePath: string) => ({
    filePath: `/p/${filePath}`,
    source: 'line one\n',
    messages: [{ ruleId: 'x/rule', severity: 2, message: hostileMessage, line: 1, column: 1 }],
    suppressedMessages: [],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  });
  const broken = {
    ...result('src/<script>x</script>.js'),
    messages: [{ ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unexpected token <img src=x> `', line: 1, column: 1 }],
  };
  const report = buildReport([...hostileFiles.map(result), broken] as never, meta, {
    cwd: '/p',
    run: { title: '@acme/portal <script>', generatedAt: '2026-12-03T10:00:00.000Z', toolVersion: '0.1.0', eslintVersion: '10.15.0', config: 'cfg|<b>x</b>.mjs', paths: ['.'] },
    notices: ['The ESLint config (<b>evil</b>.mjs) turns on no rule'],
  });
  const markdown = renderMarkdown(report);
  const rendered = render(markdown);
  const tokens = marked.lexer(markdown, { gfm: true });

  it('makes no element that the report itself does not write', () => {
    const tags = new Set([...rendered.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((match) => match[1]!.toLowerCase()));
    expect([...tags].sort()).toEqual(['a', 'blockquote', 'code', 'details', 'h2', 'h3', 'li', 'p', 'strong', 'sub', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'].sort());
  });

  it('links only to the rule docs and Okta guides of the metadata', () => {
    const hrefs = new Set([...rendered.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]));
    expect([...hrefs].sort()).toEqual(['https://developer.okta.com/guide', 'https://example.test/rule%20%281%29%7Cx']);
    expect(rendered).not.toContain('evil.example"');
  });

  it('keeps every table row at its header’s width and one row per file', () => {
    const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const files = tables.find((table) => table.header[0]!.text === 'File')!;
    expect(files.rows).toHaveLength(hostileFiles.length);
  });

  it('shows every file name exactly, as code, in the files table and the findings list', () => {
    for (const file of hostileFiles) {
      const shown = html(file.replace(/\n/g, ' '));
      expect(rendered, file).toContain(`<td><code>${shown}</code></td>`);
      expect(rendered, file).toContain(`<code>${shown}:1:1</code>`);
    }
  });

  it('lists each finding as one item, its message as text and code', () => {
    const items = rendered.split('<li>').slice(1).filter((item) => item.includes(':1:1</code>'));
    expect(items).toHaveLength(hostileFiles.length);
    for (const item of items) {
      expect(item).toContain('<code>features.&lt;img src=x&gt;</code>');
      expect(item).toContain('&lt;b&gt;b&lt;/b&gt;');
    }
  });

  it('mentions nobody and links no issue, in text; keeps the title, notice, parse error and config as text', () => {
    const outsideCode = rendered.replace(/<code>[^<]*<\/code>/g, '');
    expect(outsideCode).not.toMatch(/@(?!\u2060)\w/);
    expect(outsideCode).not.toMatch(/#(?!\u2060)\d/);
    expect(rendered).toContain(`report: @\u2060acme/portal &lt;script&gt;</h2>`);
    expect(rendered).toContain('The ESLint config (&lt;b&gt;evil&lt;/b&gt;.mjs) turns on no rule');
    expect(rendered).toContain('Parsing error: Unexpected token &lt;img src=x&gt; `');
    expect(rendered).toContain('config: cfg|&lt;b&gt;x&lt;/b&gt;.mjs</sub>');
  });
});
