import type { ReportData, RuleInfo, SourceSummary } from '../model.js';
import { shortRuleName } from '../rule-info.js';
import { formatCount, plural } from '../text.js';
import { escapeHtml, link } from './escape.js';
import { resolutionBar } from './resolution-bar.js';

function sourceCard(source: SourceSummary, rules: ReadonlyMap<string, RuleInfo>): string {
  const largest = Math.max(1, ...source.items.map((item) => item.count));
  const items = source.items
    .map((item) => {
      const ruleLinks = item.ruleIds.map((ruleId) => link(rules.get(ruleId)?.docsUrl, shortRuleName(ruleId))).join(', ');
      return `<li data-heading="${escapeHtml(item.heading)}" data-count="${item.count}">
  <div class="item-head"><span>${escapeHtml(item.heading)}</span><span class="n">${formatCount(item.count)}</span></div>
  ${resolutionBar(item, 'mini-bar', largest)}
  <div class="item-rules">${ruleLinks}</div>
</li>`;
    })
    .join('\n');
  return `<div class="panel source" data-source="${escapeHtml(source.doc)}" data-count="${source.count}">
  <h3><span>${escapeHtml(source.title)}</span><span class="count">${formatCount(source.count)}</span></h3>
  <ul class="source-items">${items}</ul>
</div>`;
}

/** Findings grouped by what changed: each Identity Engine limitation and each 2026 API change the rules cover. */
export function sourcesSection(report: ReportData): string {
  if (report.sources.length === 0) return '';
  const rules = new Map(report.rules.map((summary) => [summary.rule.ruleId, summary.rule]));
  const headings = report.sources.reduce((sum, source) => sum + source.items.length, 0);
  return `<section aria-labelledby="by-source">
  <h2 id="by-source">By limitation and 2026 change</h2>
  <p class="section-note">${plural(headings, 'item')} of Okta's documents ${headings === 1 ? 'touches' : 'touch'} this code; the bar shows how the findings get resolved.</p>
  <div class="sources">${report.sources.map((source) => sourceCard(source, rules)).join('\n')}</div>
</section>`;
}
