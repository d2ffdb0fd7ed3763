import { relative, sep } from 'node:path';
import type { ESLint } from 'eslint';

/** What the plugin reports on one file, per rule: how many findings and on which lines (a line repeats per finding). */
export interface FileFindings {
  count: number;
  lines: number[];
}

/**
 * The checked-in summary of what `strict` reports on the real-code corpus. Only our rules' findings are listed, with
 * paths relative to the repository root, sorted, so the file is the same on every machine and a diff reads well.
 */
export interface FindingsSummary {
  config: string;
  corpus: Record<string, { files: number; bytes: number }>;
  totals: Record<string, number>;
  findings: Record<string, Record<string, FileFindings>>;
}

export const rulePrefix = 'okta-oie/';

function sortedObject<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function repoPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** Our rules' findings in `results`, by rule and file. */
export function collectFindings(root: string, results: readonly ESLint.LintResult[]): Map<string, Map<string, number[]>> {
  const byRule = new Map<string, Map<string, number[]>>();
  for (const result of results) {
    for (const message of result.messages) {
      if (!message.ruleId?.startsWith(rulePrefix)) continue;
      let byFile = byRule.get(message.ruleId);
      if (!byFile) byRule.set(message.ruleId, (byFile = new Map()));
      const path = repoPath(root, result.filePath);
      byFile.set(path, [...(byFile.get(path) ?? []), message.line]);
    }
  }
  return byRule;
}

export function summarize(
  config: string,
  corpus: Record<string, { files: number; bytes: number }>,
  findings: Map<string, Map<string, number[]>>,
): FindingsSummary {
  const byRule = sortedObject(
    [...findings].map(([rule, byFile]): [string, Record<string, FileFindings>] => [
      rule,
      sortedObject([...byFile].map(([file, lines]): [string, FileFindings] => [file, { count: lines.length, lines: [...lines].sort((a, b) => a - b) }])),
    ]),
  );
  return {
    config,
    corpus: sortedObject(Object.entries(corpus)),
    totals: sortedObject(Object.entries(byRule).map(([rule, byFile]) => [rule, Object.values(byFile).reduce((sum, file) => sum + file.count, 0)])),
    findings: byRule,
  };
}
