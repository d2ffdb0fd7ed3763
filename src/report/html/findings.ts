import { resolutionLabels } from '../labels.js';
import type { Excerpt, Finding, ReportData, RuleInfo } from '../model.js';
import { plural } from '../text.js';
import { codeSpansHtml, escapeHtml, link } from './escape.js';

/** Above this many findings, only the files at the top of the ranking start expanded. */
const openAllUpTo = 200;
const openFilesWhenLarge = 10;

/** A stable id for a file's findings, so the files table can link to them. */
export function fileAnchor(file: string): string {
  return `file-${file.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

function excerptHtml(excerpt: Excerpt): string {
  const lines = excerpt.lines.map((line) => {
    let text = escapeHtml(line.text);
    const { mark } = excerpt;
    if (mark && mark.line === line.number) {
      text =
        escapeHtml(line.text.slice(0, mark.start)) +
        `<mark>${escapeHtml(line.text.slice(mark.start, mark.end))}</mark>` +
        escapeHtml(line.text.slice(mark.end));
    }
    return `<span class="l${line.inRange ? ' hit' : ''}"><span class="ln">${line.number}</span>${text}</span>`;
  });
  return `<pre class="code">${lines.join('')}</pre>`;
}

function findingHtml(finding: Finding, rule: RuleInfo | undefined): string {
  return `<article class="finding" data-rule="${escapeHtml(finding.ruleId)}" data-resolution="${finding.resolution}">
  <div class="finding-head">
    <span class="pill ${finding.severity}">${finding.severity}</span>
    ${link(rule?.docsUrl, finding.ruleId, 'rule-id')}
    <span class="pill ${finding.resolution}">${escapeHtml(resolutionLabels[finding.resolution].short)}</span>
    <span class="where mono">line ${finding.line}, column ${finding.column}</span>
    <span class="links">${link(rule?.docsUrl, 'Rule doc')}${link(rule?.oktaGuide, 'Okta guide')}</span>
  </div>
  <p class="finding-message">${codeSpansHtml(finding.message)}</p>
  ${finding.excerpt ? excerptHtml(finding.excerpt) : ''}
</article>`;
}

/** Every finding with its code, grouped by file in the ranked order; `<details>` keeps long reports scannable without script. */
export function findingsSection(report: ReportData): string {
  if (report.findings.length === 0) return '';
  const rules = new Map(report.rules.map((summary) => [summary.rule.ruleId, summary.rule]));
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const openAll = report.findings.length <= openAllUpTo;

  const files = report.files.map((summary, index) => {
    const findings = byFile.get(summary.file) ?? [];
    const open = openAll || index < openFilesWhenLarge ? ' open' : '';
    const counts = [
      summary.errors > 0 ? `<span class="pill error">${plural(summary.errors, 'error')}</span>` : '',
      summary.warnings > 0 ? `<span class="pill warning">${plural(summary.warnings, 'warning')}</span>` : '',
    ].join('');
    return `<details class="file" id="${fileAnchor(summary.file)}"${open}>
  <summary><span class="file-name mono">${escapeHtml(summary.file)}</span><span class="file-counts">${counts}</span></summary>
  ${findings.map((finding) => findingHtml(finding, rules.get(finding.ruleId))).join('\n')}
</details>`;
  });
  return `<section aria-labelledby="findings">
  <h2 id="findings">Findings</h2>
  <p class="section-note">Each finding with the code around it, a link to the rule's doc and to Okta's guide for the change.</p>
  ${files.join('\n')}
</section>`;
}
