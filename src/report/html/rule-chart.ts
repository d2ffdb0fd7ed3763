import { resolutionLabels } from '../labels.js';
import { resolutions, type RuleSummary } from '../model.js';
import { shortRuleName } from '../rule-info.js';
import { plural } from '../text.js';
import { escapeHtml, safeUrl } from './escape.js';

/** Geometry in SVG user units; the SVG scales to the page width through its viewBox. */
const width = 960;
const countWidth = 56;
const rowHeight = 30;
const barHeight = 18;
const axisHeight = 26;
/** Room for rule names at 13px: about 7.4 units a character, within bounds so the bars keep most of the width. */
const charWidth = 7.4;
const minLabelWidth = 140;
const maxLabelWidth = 360;

interface Layout {
  labelWidth: number;
  scale: number;
}

/** Colours are set both as attributes (seen with no CSS at all) and as classes (the stylesheet's themes win). */
export const resolutionColors = { autofix: '#1a8f63', suggestion: '#d98a0b', manual: '#d0435f' } as const;

/** A round step for about five grid lines: 1, 2, 5, 10, 20, 50, … */
function tickStep(max: number): number {
  const rough = Math.max(max, 1) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  return Math.max(1, step);
}

function gridAndAxis(max: number, { labelWidth, scale }: Layout, chartHeight: number): string {
  const step = tickStep(max);
  const parts: string[] = [];
  for (let value = 0; value <= max; value += step) {
    const x = labelWidth + value * scale;
    parts.push(
      `<line class="grid" x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${axisHeight - 6}" y2="${chartHeight}" stroke="#e3e6ee" />`,
      `<text class="axis" x="${x.toFixed(1)}" y="${axisHeight - 11}" text-anchor="middle" fill="#5b6475" font-size="12">${value}</text>`,
    );
  }
  return parts.join('');
}

function row(summary: RuleSummary, index: number, { labelWidth, scale }: Layout): string {
  const y = axisHeight + index * rowHeight;
  const barY = y + (rowHeight - barHeight) / 2;
  const textY = y + rowHeight / 2 + 4.5;
  const fullName = shortRuleName(summary.rule.ruleId);
  const maxChars = Math.floor((labelWidth - 12) / charWidth);
  const name = fullName.length > maxChars ? `${fullName.slice(0, maxChars - 1)}…` : fullName;
  const href = safeUrl(summary.rule.docsUrl);
  const label = `<text class="rule-label" x="${labelWidth - 12}" y="${textY}" text-anchor="end" fill="#1b2333" font-size="13">${escapeHtml(name)}<title>${escapeHtml(summary.rule.ruleId)}</title></text>`;

  let x = labelWidth;
  const segments: string[] = [];
  for (const resolution of resolutions) {
    const count = summary[resolution];
    if (count === 0) continue;
    const segmentWidth = count * scale;
    segments.push(
      `<rect class="bar bar-${resolution}" x="${x.toFixed(1)}" y="${barY}" width="${segmentWidth.toFixed(1)}" height="${barHeight}" fill="${resolutionColors[resolution]}">` +
        `<title>${escapeHtml(`${summary.rule.ruleId}: ${plural(count, 'finding')}, ${resolutionLabels[resolution].long}`)}</title></rect>`,
    );
    x += segmentWidth;
  }
  const count = `<text class="bar-count" x="${(x + 8).toFixed(1)}" y="${textY}" fill="#1b2333" font-size="13" font-weight="600">${summary.count}</text>`;
  const linkedLabel = href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
  return `<g class="chart-row" data-rule="${escapeHtml(summary.rule.ruleId)}">${linkedLabel}${segments.join('')}${count}</g>`;
}

/** Horizontal stacked bars: findings per rule, split by how they get resolved. Plain SVG, no script. */
export function ruleChart(rules: readonly RuleSummary[]): string {
  const max = Math.max(1, ...rules.map((summary) => summary.count));
  const step = tickStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const longest = Math.max(...rules.map((summary) => shortRuleName(summary.rule.ruleId).length));
  const labelWidth = Math.round(Math.min(maxLabelWidth, Math.max(minLabelWidth, longest * charWidth + 24)));
  const layout: Layout = { labelWidth, scale: (width - labelWidth - countWidth) / axisMax };
  const height = axisHeight + rules.length * rowHeight + 6;
  const total = rules.reduce((sum, summary) => sum + summary.count, 0);
  return (
    `<svg class="rule-chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg" ` +
    `aria-label="${escapeHtml(`Findings per rule: ${plural(total, 'finding')} across ${plural(rules.length, 'rule')}`)}" font-family="system-ui, sans-serif">` +
    gridAndAxis(axisMax, layout, height - 6) +
    rules.map((summary, index) => row(summary, index, layout)).join('') +
    `</svg>`
  );
}
