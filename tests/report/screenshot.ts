/**
 * `npm run report:screenshot`: the report of a real two-step migration of examples/ (see helpers/progress-scenario.ts),
 * photographed in headless Chromium for docs/report.md. Writes docs/images/report.png (the overview) and
 * docs/images/report-findings.png (the first file's findings).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './helpers/chromium.js';
import { runProgressScenario } from './helpers/progress-scenario.js';
import { repoRoot } from './helpers/run-cli.js';

const imagesDir = join(repoRoot, 'docs/images');
const width = 1280;

const scenario = await runProgressScenario();
const browser = await launchChromium({ javaScriptEnabled: false, width, height: 900 });
try {
  const page = await browser.context.newPage();
  await page.goto(pathToFileURL(join(scenario.secondOut, 'report.html')).href, { waitUntil: 'load' });
  mkdirSync(imagesDir, { recursive: true });

  // The overview: from the top through the chart and the limitation cards.
  const sources = (await page.locator('section[aria-labelledby="by-source"]').boundingBox())!;
  const overview = join(imagesDir, 'report.png');
  await page.screenshot({ path: overview, fullPage: true, clip: { x: 0, y: 0, width, height: Math.ceil(sources.y + sources.height + 24) } });

  // The findings: the section heading and the first findings with their code.
  const section = (await page.locator('section[aria-labelledby="findings"]').boundingBox())!;
  const findings = join(imagesDir, 'report-findings.png');
  await page.screenshot({ path: findings, fullPage: true, clip: { x: 0, y: Math.floor(section.y) - 16, width, height: Math.min(Math.ceil(section.height) + 32, 820) } });
  process.stdout.write(`${overview}\n${findings}\n`);
} finally {
  await browser.close();
  rmSync(scenario.project, { recursive: true, force: true });
}
