import { sourceTitle } from '../labels.js';
import { resolutions, type ReportData, type RuleSummary } from '../model.js';
import { formatCount } from '../text.js';
import { codeSpansHtml, escapeHtml, link } from './escape.js';
import { shortRuleName } from '../rule-info.js';
import { ruleChart } from './rule-chart.js';

function countCell(count: number, key: string): string {
  return `<td class="num${count === 0 ? ' zero' : ''}" data-col="${key}">${formatCount(count)}</td>`;
}

function ruleRow(summary: RuleSummary): string {
  const { rule } = summary;
  const source = rule.source ? `${escapeHtml(rule.source.heading)}<div class="rule-desc">${escapeHtml(sourceTitle(rule.source.doc))}</div>` : '';
  return `<tr data-rule="${escapeHtml(rule.ruleId)}" title="${escapeHtml(rule.ruleId)}">
  <td>${link(rule.docsUrl, shortRuleName(rule.ruleId), 'rule-id')}${rule.description ? `<div class="rule-desc">${codeSpansHtml(rule.description)}</div>` : ''}</td>
  <td>${source}</td>
  ${countCell(summary.count, 'count')}
  ${resolutions.map((resolution) => countCell(summary[resolution], resolution)).join('')}
  <td class="links">${link(rule.docsUrl, 'Rule doc')}${link(rule.oktaGuide, 'Okta guide')}</td>
</tr>`;
}

/** The chart of findings per rule. */
export function chartSection(report: ReportData): string {
  if (report.rules.length === 0) return '';
  return `<section class="panel" aria-labelledby="per-rule">
  <h2 id="per-rule">Findings per rule</h2>
  <p class="section-note">Each bar splits into <span class="swatch fill-autofix"></span> autofix, <span class="swatch fill-suggestion"></span> suggestion and <span class="swatch fill-manual"></span> manual. Rule names link to their docs.</p>
  ${ruleChart(report.rules)}
</section>`;
}

/** The rules as a table: counts, the limitation or change each covers, and links to read about it. */
export function rulesSection(report: ReportData): string {
  if (report.rules.length === 0) return '';
  return `<section class="panel" aria-labelledby="rules">
  <h2 id="rules">Rules</h2>
  <p class="section-note">What each rule found, the limitation or change it covers, and where to read about it.</p>
  <div class="table-wrap"><table class="rules-table">
    <thead><tr><th class="rule-col">Rule</th><th class="source-col">Limitation or change</th><th class="num">Findings</th><th class="num">Autofix</th><th class="num">Suggestion</th><th class="num">Manual</th><th>Read</th></tr></thead>
    <tbody>${report.rules.map(ruleRow).join('\n')}</tbody>
  </table></div>
</section>`;
}
