import { resolutionLabels } from '../labels.js';
import { resolutions, type ReportData } from '../model.js';
import { progressSentence } from '../progress-compare.js';
import { shortRuleName } from '../rule-info.js';
import { formatCount, formatTimestamp, percent, plural } from '../text.js';
import { escapeHtml } from './escape.js';
import { resolutionBar } from './resolution-bar.js';

function progressBanner(report: ReportData): string {
  const { progress } = report;
  if (!progress) return '';
  const since = formatTimestamp(progress.previousGeneratedAt);
  const share = percent(progress.fixed, progress.previousTotal);
  const changed = progress.byRule.filter((rule) => rule.fixed > 0 || rule.added > 0);
  const chips = changed
    .map((rule) => {
      const parts = [rule.fixed > 0 ? `<b class="fixed">−${rule.fixed}</b>` : '', rule.added > 0 ? `<b class="added">+${rule.added}</b>` : ''].join(' ');
      return `<li title="${escapeHtml(`${rule.ruleId}: ${rule.previous} before, ${rule.current} now`)}">${escapeHtml(shortRuleName(rule.ruleId))} ${parts}</li>`;
    })
    .join('');
  return `<section class="panel progress" aria-label="Progress since the last report">
  <div class="progress-ring">${share}%</div>
  <p class="progress-line">${escapeHtml(progressSentence(progress))}${since ? `<small>previous report: ${escapeHtml(since)}</small>` : ''}</p>
  <div class="progress-meter" aria-hidden="true"><span style="width:${share}%"></span></div>
  ${chips ? `<ul class="progress-rules">${chips}</ul>` : ''}
</section>`;
}

function notices(report: ReportData): string {
  const parts = report.notices.map((notice) => `<div class="notice"><p>${escapeHtml(notice)}</p></div>`);
  if (report.unchecked.length > 0) {
    const items = report.unchecked
      .map((file) => `<li><code>${escapeHtml(file.file)}${file.line ? `:${file.line}` : ''}</code> ${escapeHtml(file.message)}</li>`)
      .join('');
    parts.push(
      `<div class="notice danger unchecked"><p><strong>${plural(report.unchecked.length, 'file')} could not be parsed</strong>, so no rule checked ${report.unchecked.length === 1 ? 'it' : 'them'}:</p><ul>${items}</ul></div>`,
    );
  }
  return parts.join('\n');
}

function kpis(report: ReportData): string {
  const { totals } = report;
  const decision = totals.suggestion + totals.manual;
  return `<section class="kpis" aria-label="Totals">
  <div class="kpi total">
    <p class="kpi-label">Findings</p>
    <p class="kpi-value" data-total="findings">${formatCount(totals.findings)}</p>
    <p class="kpi-detail">in ${plural(totals.filesWithFindings, 'file')} of ${formatCount(totals.filesLinted)} checked, from ${plural(totals.rulesWithFindings, 'rule')} · ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}</p>
  </div>
  <div class="kpi autofix">
    <p class="kpi-label">Fixed automatically</p>
    <p class="kpi-value" data-total="autofix">${formatCount(totals.autofix)}</p>
    <p class="kpi-detail">${percent(totals.autofix, totals.findings)}% of findings go away with <code>eslint --fix</code></p>
  </div>
  <div class="kpi decision">
    <p class="kpi-label">Need a decision</p>
    <p class="kpi-value" data-total="decision">${formatCount(decision)}</p>
    <p class="kpi-detail"><span data-total="suggestion">${formatCount(totals.suggestion)}</span> with a suggested change to review, <span data-total="manual">${formatCount(totals.manual)}</span> to change by hand</p>
  </div>
</section>`;
}

function split(report: ReportData): string {
  const { totals } = report;
  if (totals.findings === 0) return '';
  const legend = resolutions
    .map(
      (resolution) =>
        `<li><span class="swatch fill-${resolution}"></span><b>${formatCount(totals[resolution])}</b> ${escapeHtml(resolutionLabels[resolution].long)}</li>`,
    )
    .join('');
  return `<div class="panel split">${resolutionBar(totals, 'split-bar')}<ul class="legend">${legend}</ul></div>`;
}

/** The top of the report: progress, notices, the three numbers that matter and how they split. */
export function overview(report: ReportData): string {
  return [kpis(report), progressBanner(report), split(report), notices(report)].filter(Boolean).join('\n');
}
