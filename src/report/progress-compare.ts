import type { Finding, Progress, RuleProgress } from './model.js';

/** What the comparison needs of a finding from either report. */
export type ComparableFinding = Pick<Finding, 'ruleId' | 'file' | 'lineText'>;

export interface PreviousReport {
  generatedAt: string | undefined;
  findings: ComparableFinding[];
}

/**
 * The identity of a finding across runs: rule + file + the reported line's text with whitespace collapsed. Line numbers
 * are left out on purpose: edits above a finding move it without fixing it. Identical keys (the same rule twice on
 * one line, or two identical lines) are compared as counts.
 */
export function matchKey(finding: ComparableFinding): string {
  return `${finding.ruleId}\u0000${finding.file}\u0000${finding.lineText}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Fixed = previous findings with no counterpart now; added = current findings with no counterpart before. */
export function compareWithPrevious(previous: PreviousReport, current: readonly ComparableFinding[]): Progress {
  const before = countBy(previous.findings, matchKey);
  const now = countBy(current, matchKey);
  const ruleOf = new Map<string, string>();
  for (const finding of [...previous.findings, ...current]) ruleOf.set(matchKey(finding), finding.ruleId);

  const byRule = new Map<string, RuleProgress>();
  let fixed = 0;
  let added = 0;
  for (const key of new Set([...before.keys(), ...now.keys()])) {
    const was = before.get(key) ?? 0;
    const is = now.get(key) ?? 0;
    const ruleId = ruleOf.get(key)!;
    const rule = byRule.get(ruleId) ?? { ruleId, previous: 0, current: 0, fixed: 0, added: 0 };
    rule.previous += was;
    rule.current += is;
    rule.fixed += Math.max(0, was - is);
    rule.added += Math.max(0, is - was);
    byRule.set(ruleId, rule);
    fixed += Math.max(0, was - is);
    added += Math.max(0, is - was);
  }
  return {
    previousGeneratedAt: previous.generatedAt,
    previousTotal: previous.findings.length,
    fixed,
    remaining: previous.findings.length - fixed,
    added,
    byRule: [...byRule.values()].sort((a, b) => b.fixed - a.fixed || b.previous - a.previous || a.ruleId.localeCompare(b.ruleId)),
  };
}

/** "37 of 52 fixed since the last report", plus what is new. */
export function progressSentence(progress: Progress): string {
  const parts = [`${progress.fixed} of ${progress.previousTotal} fixed since the last report`];
  if (progress.added > 0) parts.push(`${progress.added} new`);
  return parts.join(', ');
}
