import { sourceRank, sourceTitle } from './labels.js';
import {
  emptyCounts,
  type FileSummary,
  type Finding,
  type RuleInfo,
  type RuleSummary,
  type SourceItemSummary,
  type SourceSummary,
  type Totals,
} from './model.js';

/** Most findings first; ties by name, so the order is stable from run to run. */
function byCountThenName<T extends { count: number }>(name: (item: T) => string) {
  return (a: T, b: T) => b.count - a.count || name(a).localeCompare(name(b));
}

export function summarizeRules(findings: readonly Finding[], rules: ReadonlyMap<string, RuleInfo>): RuleSummary[] {
  const summaries = new Map<string, RuleSummary>();
  for (const finding of findings) {
    let summary = summaries.get(finding.ruleId);
    if (!summary) {
      const rule = rules.get(finding.ruleId);
      if (!rule) throw new Error(`No metadata for rule ${finding.ruleId}.`);
      summary = { rule, count: 0, errors: 0, warnings: 0, ...emptyCounts() };
      summaries.set(finding.ruleId, summary);
    }
    summary.count += 1;
    summary[finding.severity === 'error' ? 'errors' : 'warnings'] += 1;
    summary[finding.resolution] += 1;
  }
  return [...summaries.values()].sort(byCountThenName((summary) => summary.rule.ruleId));
}

/** Findings grouped by the source document, then by the limitation or change (the heading) each rule covers. */
export function summarizeSources(ruleSummaries: readonly RuleSummary[]): SourceSummary[] {
  const sources = new Map<string, SourceSummary>();
  for (const summary of ruleSummaries) {
    const { doc, heading } = summary.rule.source ?? { doc: 'unknown', heading: 'Unknown' };
    let source = sources.get(doc);
    if (!source) {
      source = { doc, title: sourceTitle(doc), count: 0, items: [], ...emptyCounts() };
      sources.set(doc, source);
    }
    let item = source.items.find((candidate) => candidate.heading === heading);
    if (!item) {
      item = { heading, count: 0, ruleIds: [], ...emptyCounts() } satisfies SourceItemSummary;
      source.items.push(item);
    }
    for (const target of [source, item]) {
      target.count += summary.count;
      target.autofix += summary.autofix;
      target.suggestion += summary.suggestion;
      target.manual += summary.manual;
    }
    item.ruleIds.push(summary.rule.ruleId);
  }
  for (const source of sources.values()) source.items.sort(byCountThenName((item) => item.heading));
  return [...sources.values()].sort((a, b) => sourceRank(a.doc) - sourceRank(b.doc) || a.doc.localeCompare(b.doc));
}

export function summarizeFiles(findings: readonly Finding[]): FileSummary[] {
  const files = new Map<string, FileSummary>();
  for (const finding of findings) {
    let summary = files.get(finding.file);
    if (!summary) {
      summary = { file: finding.file, count: 0, errors: 0, warnings: 0, ...emptyCounts() };
      files.set(finding.file, summary);
    }
    summary.count += 1;
    summary[finding.severity === 'error' ? 'errors' : 'warnings'] += 1;
    summary[finding.resolution] += 1;
  }
  return [...files.values()].sort(byCountThenName((summary) => summary.file));
}

export function computeTotals(
  findings: readonly Finding[],
  files: readonly FileSummary[],
  rules: readonly RuleSummary[],
  linted: { filesLinted: number; filesByExtension: Record<string, number> },
): Totals {
  const totals: Totals = {
    findings: findings.length,
    errors: 0,
    warnings: 0,
    filesLinted: linted.filesLinted,
    filesByExtension: linted.filesByExtension,
    filesWithFindings: files.length,
    rulesWithFindings: rules.length,
    ...emptyCounts(),
  };
  for (const finding of findings) {
    totals[finding.severity === 'error' ? 'errors' : 'warnings'] += 1;
    totals[finding.resolution] += 1;
  }
  return totals;
}
