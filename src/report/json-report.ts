import type { ReportData } from './model.js';

/** Marks a JSON file as this command's output, so `--previous` can refuse anything else with a clear message. */
export const jsonReportKind = 'eslint-plugin-okta-oie/migration-report';
export const jsonSchemaVersion = 1;

/**
 * The JSON summary: the whole report data (totals, rules, sources, files, findings with their match key fields) for
 * dashboards and for the next run's `--previous`. Excerpts stay in the HTML; they would only bloat a file kept in CI.
 */
export function renderJson(report: ReportData): string {
  const document = {
    kind: jsonReportKind,
    schemaVersion: jsonSchemaVersion,
    ...report,
    findings: report.findings.map(({ excerpt: _excerpt, ...finding }) => finding),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
