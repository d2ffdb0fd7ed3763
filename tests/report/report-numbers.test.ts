import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countBy, eslintResults, pluginMessages, ruleDocs, sourceOf, type ExpectedMessage } from './helpers/expected.js';
import { allMatches, readReport, type WrittenReport } from './helpers/read-report.js';
import { repoRoot, runCli, type CliRun } from './helpers/run-cli.js';
import { maxFilesListed } from '../../src/report/markdown-report.js';

/**
 * The command on the repository's example app, checked against ESLint's own results for the same files (computed in
 * helpers/expected.ts with the ESLint API, no report code involved). Generic: more example files only change the numbers.
 */
describe('okta-oie-report on examples/', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'okta-oie-report-numbers-'));
  let run: CliRun;
  let report: WrittenReport;
  let expected: ExpectedMessage[];
  let filesLinted: number;
  let linted: string[];

  beforeAll(async () => {
    let results;
    [run, results] = await Promise.all([runCli(['examples', '--out-dir', outDir, '--no-progress'], repoRoot), eslintResults(repoRoot, ['examples'])]);
    filesLinted = results.length;
    linted = results.map((result) => result.filePath);
    expected = pluginMessages(results, repoRoot);
    report = readReport(outDir);
  }, 60_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const resolution = (message: ExpectedMessage) => (message.fixable ? 'autofix' : message.suggestion ? 'suggestion' : 'manual');

  it('exits 0, prints a summary and where the three files are', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${expected.length} findings in`);
    for (const name of ['report.html', 'report.md', 'report.json']) expect(run.stdout).toContain(join(outDir, name));
  });

  it('has something to count (the examples trigger the plugin)', () => {
    expect(expected.length).toBeGreaterThan(5);
    expect(report.json.kind).toBe('eslint-plugin-okta-oie/migration-report');
  });

  it('totals: findings, errors, warnings, autofixable vs suggestion vs manual, files', () => {
    const { totals } = report.json;
    expect(totals.findings).toBe(expected.length);
    expect(totals.errors).toBe(expected.filter((message) => message.severity === 2).length);
    expect(totals.warnings).toBe(expected.filter((message) => message.severity === 1).length);
    expect(totals.autofix).toBe(expected.filter((message) => message.fixable).length);
    expect(totals.suggestion).toBe(expected.filter((message) => !message.fixable && message.suggestion).length);
    expect(totals.manual).toBe(expected.filter((message) => !message.fixable && !message.suggestion).length);
    expect(totals.filesLinted).toBe(filesLinted);
    const extensionOf = (file: string) => /\.[^./]+$/.exec(file)![0];
    expect(totals.filesByExtension).toEqual(countBy(linted, extensionOf));
    expect(Object.values(totals.filesByExtension)).toEqual(Object.values(totals.filesByExtension).sort((a, b) => b - a));
    const breakdown = Object.entries(totals.filesByExtension).map(([extension, count]) => `${count} ${extension}`);
    expect(run.stdout).toContain(`(${filesLinted} files checked: ${breakdown.join(', ')})`);
    expect(report.html).toContain(`${filesLinted} files checked: ${breakdown.join(', ')}`);
    expect(totals.filesWithFindings).toBe(new Set(expected.map((message) => message.file)).size);
    expect(totals.rulesWithFindings).toBe(new Set(expected.map((message) => message.ruleId)).size);
  });

  it('per rule: count and split, with the rule doc and Okta guide from the rule metadata, most findings first', () => {
    const byRule = countBy(expected, (message) => message.ruleId);
    expect(Object.fromEntries(report.json.rules.map((summary) => [summary.rule.ruleId, summary.count]))).toEqual(byRule);
    for (const summary of report.json.rules) {
      const mine = expected.filter((message) => message.ruleId === summary.rule.ruleId);
      expect({ autofix: summary.autofix, suggestion: summary.suggestion, manual: summary.manual }).toEqual({
        autofix: mine.filter((message) => resolution(message) === 'autofix').length,
        suggestion: mine.filter((message) => resolution(message) === 'suggestion').length,
        manual: mine.filter((message) => resolution(message) === 'manual').length,
      });
      const docs = ruleDocs(summary.rule.ruleId);
      expect(summary.rule.docsUrl).toBe(docs.url);
      expect(summary.rule.oktaGuide).toBe(docs.oktaGuide);
      expect(summary.rule.source).toEqual(docs.source);
    }
    const counts = report.json.rules.map((summary) => summary.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('per source document and per limitation or 2026 change (meta.docs.source)', () => {
    expect(Object.fromEntries(report.json.sources.map((source) => [source.doc, source.count]))).toEqual(
      countBy(expected, (message) => sourceOf(message.ruleId).doc),
    );
    const byHeading = Object.fromEntries(report.json.sources.flatMap((source) => source.items.map((item) => [`${source.doc} / ${item.heading}`, item.count])));
    expect(byHeading).toEqual(countBy(expected, (message) => `${sourceOf(message.ruleId).doc} / ${sourceOf(message.ruleId).heading}`));
  });

  it('per file, ranked by findings', () => {
    expect(Object.fromEntries(report.json.files.map((file) => [file.file, file.count]))).toEqual(countBy(expected, (message) => message.file));
    const counts = report.json.files.map((file) => file.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const file of report.json.files) {
      expect(file.autofix).toBe(expected.filter((message) => message.file === file.file && message.fixable).length);
    }
  });

  it('lists every finding at ESLint’s position', () => {
    const key = (finding: { ruleId: string; file: string; line: number; column: number }) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}`;
    expect(report.json.findings.map(key).sort()).toEqual(expected.map(key).sort());
  });

  it('shows the same numbers in the HTML, with an excerpt and both links for each finding', () => {
    const { html, json } = report;
    expect(allMatches(html, /data-total="findings">([\d,]+)</)).toEqual([String(json.totals.findings)]);
    expect(allMatches(html, /data-total="autofix">([\d,]+)</)).toEqual([String(json.totals.autofix)]);
    expect(allMatches(html, /data-total="decision">([\d,]+)</)).toEqual([String(json.totals.suggestion + json.totals.manual)]);
    expect(allMatches(html, /<g class="chart-row" data-rule="([^"]+)"/)).toEqual(json.rules.map((summary) => summary.rule.ruleId));
    expect(allMatches(html, /<tr data-file="([^"]+)"/)).toEqual(json.files.map((file) => file.file));
    expect(allMatches(html, /<div class="panel source" data-source="[^"]+" data-count="(\d+)"/).map(Number)).toEqual(json.sources.map((source) => source.count));

    const articles = html.split('<article class="finding"').slice(1);
    expect(articles).toHaveLength(expected.length);
    for (const article of articles) {
      const ruleId = /data-rule="([^"]+)"/.exec(article)![1]!;
      const docs = ruleDocs(ruleId);
      const attribute = (url: string) => url.replaceAll('&', '&amp;');
      expect(article).toContain(`href="${attribute(docs.url)}">Rule doc</a>`);
      expect(article).toContain(`href="${attribute(docs.oktaGuide)}">Okta guide</a>`);
      expect(article).toMatch(/<pre class="code">.*<mark>[^<]+<\/mark>/s);
    }
  });

  it('shows the same numbers in the Markdown', () => {
    const { markdown, json } = report;
    expect(markdown).toContain(`**${json.totals.findings} findings**`);
    expect(markdown).toContain(`**${json.totals.autofix}** fixed by \`eslint --fix\``);
    for (const summary of json.rules) {
      expect(markdown).toContain(`| [\`${summary.rule.ruleId}\`](${summary.rule.docsUrl}) | ${summary.count} |`);
    }
    // The pull-request comment lists the files with the most findings; the rest are counted and left to the HTML.
    for (const file of json.files.slice(0, maxFilesListed)) expect(markdown).toContain(`| \`${file.file}\` | ${file.count} |`);
    const unlisted = json.files.length - maxFilesListed;
    if (unlisted > 0) expect(markdown).toContain(`…and ${unlisted} more file${unlisted === 1 ? '' : 's'}, in the HTML report.`);
    expect(markdown.match(/^- `[^`]+:\d+:\d+` /gm)).toHaveLength(expected.length);
  });
});
