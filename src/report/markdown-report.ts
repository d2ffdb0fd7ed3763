import { checkedFilesSentence } from './checked-files.js';
import { resolutionLabels } from './labels.js';
import { codeSpan, linkDestination, messageMarkdown, plainText, type MarkdownContext } from './markdown-text.js';
import type { Finding, ReportData, RuleSummary } from './model.js';
import { progressSentence } from './progress-compare.js';
import { shortRuleName } from './rule-info.js';
import { formatCount, formatTimestamp, percent, plural } from './text.js';

/** GitHub refuses comments over 65,536 characters; the findings list stops well before that. */
const maxLength = 60_000;
export const maxFilesListed = 15;
const barWidth = 12;

/** Link text (already Markdown) to an http(s) URL from rule metadata; anything else stays unlinked. */
function linked(markdown: string, url: string | undefined): string {
  return url && /^https?:\/\//i.test(url) ? `[${markdown}](${linkDestination(url)})` : markdown;
}

/** A rule name as code, linked to its doc. */
function ruleLink(name: string, url: string | undefined, where: MarkdownContext): string {
  return linked(codeSpan(name, where), url);
}

/** A text bar for tables: GitHub renders no images from a comment without hosting them. */
function textBar(count: number, largest: number): string {
  const filled = largest === 0 ? 0 : Math.max(count > 0 ? 1 : 0, Math.round((count / largest) * barWidth));
  return '█'.repeat(filled) || '·';
}

function headline(report: ReportData): string[] {
  const { totals } = report;
  const decision = totals.suggestion + totals.manual;
  const lines = [`## Okta Identity Engine migration report: ${plainText(report.run.title)}`, ''];
  if (report.progress) lines.push(`**${progressSentence(report.progress)}.**`, '');
  // File extensions come from file names: plain text like the rest of what the linted code chose.
  const checked = plainText(checkedFilesSentence(totals.filesLinted, totals.filesByExtension));
  if (totals.findings === 0) {
    lines.push(`No findings (${checked}): nothing here needs to change for Identity Engine.`);
  } else {
    lines.push(
      `**${plural(totals.findings, 'finding')}** in ${plural(totals.filesWithFindings, 'file')} (${checked}), from ${plural(totals.rulesWithFindings, 'rule')}:`,
      `- 🔧 **${formatCount(totals.autofix)}** fixed by \`eslint --fix\` (${percent(totals.autofix, totals.findings)}%)`,
      `- 🤔 **${formatCount(decision)}** need a decision: ${formatCount(totals.suggestion)} with a suggested change to review, ${formatCount(totals.manual)} to change by hand`,
    );
  }
  for (const notice of report.notices) lines.push('', `> [!NOTE]`, `> ${plainText(notice)}`);
  if (report.unchecked.length > 0) {
    lines.push('', `> [!WARNING]`, `> ${plural(report.unchecked.length, 'file')} could not be parsed, so no rule checked ${report.unchecked.length === 1 ? 'it' : 'them'}:`);
    for (const file of report.unchecked) lines.push(`> - ${codeSpan(file.file, 'inline')}: ${plainText(file.message)}`);
  }
  return lines;
}

function sourcesTable(report: ReportData): string[] {
  if (report.sources.length === 0) return [];
  const lines = ['', '### By limitation and 2026 change', '', '| Limitation or change | Findings | Autofix | Suggestion | Manual | Rules |', '|---|--:|--:|--:|--:|---|'];
  const rules = new Map(report.rules.map((summary) => [summary.rule.ruleId, summary.rule]));
  for (const source of report.sources) {
    lines.push(`| **${plainText(source.title)}** | **${source.count}** | ${source.autofix} | ${source.suggestion} | ${source.manual} | |`);
    for (const item of source.items) {
      const ruleLinks = item.ruleIds.map((ruleId) => ruleLink(shortRuleName(ruleId), rules.get(ruleId)?.docsUrl, 'cell')).join(', ');
      lines.push(`| ${plainText(item.heading)} | ${item.count} | ${item.autofix} | ${item.suggestion} | ${item.manual} | ${ruleLinks} |`);
    }
  }
  return lines;
}

function ruleRow(summary: RuleSummary, largest: number): string {
  const { rule } = summary;
  return `| ${ruleLink(rule.ruleId, rule.docsUrl, 'cell')} | ${summary.count} | ${textBar(summary.count, largest)} | ${summary.autofix} | ${summary.suggestion} | ${summary.manual} | ${linked('Okta guide', rule.oktaGuide)} |`;
}

function rulesTable(report: ReportData): string[] {
  if (report.rules.length === 0) return [];
  const largest = Math.max(...report.rules.map((summary) => summary.count));
  return [
    '',
    '### Findings per rule',
    '',
    '| Rule | Findings | | Autofix | Suggestion | Manual | Read |',
    '|---|--:|---|--:|--:|--:|---|',
    ...report.rules.map((summary) => ruleRow(summary, largest)),
  ];
}

function filesTable(report: ReportData): string[] {
  if (report.files.length === 0) return [];
  const shown = report.files.slice(0, maxFilesListed);
  const lines = [
    '',
    `<details><summary>Files, most findings first (${report.files.length})</summary>`,
    '',
    '| File | Findings | Autofix | Suggestion | Manual |',
    '|---|--:|--:|--:|--:|',
    ...shown.map((file) => `| ${codeSpan(file.file, 'cell')} | ${file.count} | ${file.autofix} | ${file.suggestion} | ${file.manual} |`),
  ];
  if (report.files.length > shown.length) lines.push('', `…and ${plural(report.files.length - shown.length, 'more file')}, in the HTML report.`);
  lines.push('', '</details>');
  return lines;
}

function findingLine(finding: Finding, report: ReportData): string {
  const rule = report.rules.find((summary) => summary.rule.ruleId === finding.ruleId)?.rule;
  const where = codeSpan(`${finding.file}:${finding.line}:${finding.column}`, 'inline');
  const label = resolutionLabels[finding.resolution].short.toLowerCase();
  return `- ${where} ${ruleLink(shortRuleName(finding.ruleId), rule?.docsUrl, 'inline')} (${label}): ${messageMarkdown(finding.message, 'inline')}`;
}

function findingsList(report: ReportData, budget: number): string[] {
  if (report.findings.length === 0) return [];
  const lines = ['', `<details><summary>All ${plural(report.findings.length, 'finding')}</summary>`, ''];
  let used = 0;
  let shown = 0;
  for (const finding of report.findings) {
    const line = findingLine(finding, report);
    if (used + line.length + 1 > budget) break;
    lines.push(line);
    used += line.length + 1;
    shown += 1;
  }
  if (shown < report.findings.length) lines.push('', `…and ${plural(report.findings.length - shown, 'more finding')}, in the HTML report.`);
  lines.push('', '</details>');
  return lines;
}

/** Markdown for a pull-request comment: the same numbers as the HTML, tables instead of a chart, findings folded away. */
export function renderMarkdown(report: ReportData): string {
  const head = [...headline(report), ...rulesTable(report), ...sourcesTable(report), ...filesTable(report)];
  const generated = formatTimestamp(report.run.generatedAt);
  const foot = ['', `<sub>eslint-plugin-okta-oie ${report.run.toolVersion}${generated ? ` · ${generated}` : ''} · config: ${plainText(report.run.config)}</sub>`];
  const budget = maxLength - head.join('\n').length - foot.join('\n').length - 500;
  return `${[...head, ...findingsList(report, budget), ...foot].join('\n')}\n`;
}
