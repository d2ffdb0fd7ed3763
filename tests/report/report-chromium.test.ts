import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium, type Browser } from './helpers/chromium.js';
import { readReport, type WrittenReport } from './helpers/read-report.js';
import { repoRoot, runCli } from './helpers/run-cli.js';

/** The HTML report of examples/ in a real browser, with JavaScript off and every network request recorded. */
describe('the HTML report in headless Chromium', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'okta-oie-report-chromium-'));
  let browser: Browser;
  let page: Page;
  let report: WrittenReport;
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium (.ci/run does this)`);
    const run = await runCli(['examples', '--out-dir', outDir, '--no-progress'], repoRoot);
    if (run.code !== 0) throw new Error(run.stderr);
    report = readReport(outDir);
    browser = await launchChromium({ javaScriptEnabled: false });
    browser.context.on('request', (request) => requests.push(request.url()));
    page = await browser.context.newPage();
    await page.goto(pathToFileURL(join(outDir, 'report.html')).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('renders the page: title, heading and the three totals', async () => {
    expect(await page.title()).toMatch(/^Okta Identity Engine migration report · /);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const { totals } = report.json;
    expect(await page.locator('[data-total="findings"]').innerText()).toBe(String(totals.findings));
    expect(await page.locator('[data-total="autofix"]').innerText()).toBe(String(totals.autofix));
    expect(await page.locator('[data-total="decision"]').innerText()).toBe(String(totals.suggestion + totals.manual));
  });

  it('shows the chart: one row per rule, every bar segment with a real size', async () => {
    const chart = page.locator('svg.rule-chart');
    expect(await chart.isVisible()).toBe(true);
    const chartBox = (await chart.boundingBox())!;
    expect(chartBox.width).toBeGreaterThan(600);
    expect(chartBox.height).toBeGreaterThan(report.json.rules.length * 20);

    const rows = page.locator('svg.rule-chart g.chart-row');
    expect(await rows.count()).toBe(report.json.rules.length);
    const bars = page.locator('svg.rule-chart rect.bar');
    const segments = report.json.rules.reduce((sum, rule) => sum + [rule.autofix, rule.suggestion, rule.manual].filter((count) => count > 0).length, 0);
    expect(await bars.count()).toBe(segments);
    for (const box of await Promise.all((await bars.all()).map((bar) => bar.boundingBox()))) {
      expect(box!.width).toBeGreaterThan(0);
      expect(box!.height).toBeGreaterThan(0);
      expect(box!.x).toBeGreaterThanOrEqual(chartBox.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(chartBox.x + chartBox.width + 0.5);
    }
  });

  it('draws bar lengths in proportion to the counts', async () => {
    const perFinding: number[] = [];
    for (const [index, rule] of report.json.rules.entries()) {
      const boxes = await Promise.all((await page.locator('svg.rule-chart g.chart-row').nth(index).locator('rect.bar').all()).map((bar) => bar.boundingBox()));
      const width = boxes.reduce((sum, box) => sum + box!.width, 0);
      perFinding.push(width / rule.count);
    }
    for (const value of perFinding) expect(Math.abs(value - perFinding[0]!)).toBeLessThan(0.5);
  });

  it('keeps the rule labels inside the chart', async () => {
    const chartBox = (await page.locator('svg.rule-chart').boundingBox())!;
    for (const label of await page.locator('svg.rule-chart .rule-label').all()) {
      const box = (await label.boundingBox())!;
      expect(box.width).toBeGreaterThan(0);
      expect(box.x).toBeGreaterThanOrEqual(chartBox.x);
    }
  });

  it('shows every finding with its code excerpt and the reported text highlighted', async () => {
    expect(await page.locator('article.finding').count()).toBe(report.json.totals.findings);
    const marks = page.locator('article.finding pre.code mark');
    expect(await marks.count()).toBe(report.json.totals.findings);
    expect(await marks.first().isVisible()).toBe(true);
  });

  it('shows code quoted in rule descriptions and messages as code, with no raw backtick left', async () => {
    const quoted = report.json.rules.filter((summary) => summary.rule.description?.includes('`'));
    expect(quoted.length, 'some rule that reported has a description quoting code').toBeGreaterThan(0);
    for (const summary of quoted) {
      const description = page.locator(`.rules-table tr[data-rule="${summary.rule.ruleId}"] td:first-child .rule-desc`);
      expect(await description.innerText()).toBe(summary.rule.description!.replaceAll('`', ''));
      expect(await description.locator('code').count()).toBe(summary.rule.description!.split('`').length >> 1);
    }
    for (const text of await page.locator('.rule-desc, .finding-message').allInnerTexts()) expect(text).not.toContain('`');
  });

  it('fits a laptop screen and a phone without scrolling sideways', async () => {
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 400, height: 800 });
    await phone.goto(page.url(), { waitUntil: 'load' });
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);
    expect((await phone.locator('svg.rule-chart').boundingBox())!.width).toBeLessThanOrEqual(400);
    await phone.close();
  });

  it('needs nothing but the file itself: no network request, no script', async () => {
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(new Set(requests).size).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
  });
});
