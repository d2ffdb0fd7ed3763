import { resolutions, type FileSummary, type ReportData } from '../model.js';
import { formatCount } from '../text.js';
import { escapeHtml } from './escape.js';
import { fileAnchor } from './findings.js';
import { resolutionBar } from './resolution-bar.js';

function fileRow(summary: FileSummary, rank: number, largest: number): string {
  const cells = resolutions
    .map((resolution) => `<td class="num${summary[resolution] === 0 ? ' zero' : ''}" data-col="${resolution}">${formatCount(summary[resolution])}</td>`)
    .join('');
  return `<tr data-file="${escapeHtml(summary.file)}">
  <td class="num">${rank}</td>
  <td class="file-cell"><a class="mono" href="#${fileAnchor(summary.file)}">${escapeHtml(summary.file)}</a></td>
  <td class="bar-cell">${resolutionBar(summary, 'file-bar', largest)}</td>
  <td class="num" data-col="count"><strong>${formatCount(summary.count)}</strong></td>
  ${cells}
</tr>`;
}

/** Files ranked by how many findings they hold: where the migration work is. */
export function filesSection(report: ReportData): string {
  if (report.files.length === 0) return '';
  const largest = report.files[0]?.count ?? 1;
  return `<section class="panel" aria-labelledby="files">
  <h2 id="files">Files, most findings first</h2>
  <p class="section-note">${formatCount(report.totals.filesWithFindings)} of ${formatCount(report.totals.filesLinted)} checked files have findings. File names jump to their findings.</p>
  <div class="table-wrap"><table class="files-table">
    <thead><tr><th class="num">#</th><th>File</th><th class="bar-cell"></th><th class="num">Findings</th><th class="num">Autofix</th><th class="num">Suggestion</th><th class="num">Manual</th></tr></thead>
    <tbody>${report.files.map((summary, index) => fileRow(summary, index + 1, largest)).join('\n')}</tbody>
  </table></div>
</section>`;
}
