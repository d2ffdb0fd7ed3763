import type { ESLint } from 'eslint';
import { collectFindings } from './collect.js';
import type { ReportData, RunInfo } from './model.js';
import { compareWithPrevious, type PreviousReport } from './progress-compare.js';
import type { RuleMetaLike } from './rule-info.js';
import { computeTotals, summarizeFiles, summarizeRules, summarizeSources } from './summarize.js';

export interface BuildOptions {
  cwd: string;
  run: RunInfo;
  previous?: PreviousReport | undefined;
  notices?: string[];
}

/** ESLint's results and rule metadata in, the report's data out. Shared by the command and the ESLint formatters. */
export function buildReport(
  results: readonly ESLint.LintResult[],
  rulesMeta: Record<string, RuleMetaLike>,
  options: BuildOptions,
): ReportData {
  const collected = collectFindings(results, rulesMeta, options.cwd);
  const rules = summarizeRules(collected.findings, collected.rules);
  const files = summarizeFiles(collected.findings);
  return {
    run: options.run,
    totals: computeTotals(collected.findings, files, rules, collected),
    rules,
    sources: summarizeSources(rules),
    files,
    findings: collected.findings,
    unchecked: collected.unchecked,
    otherProblems: collected.otherProblems,
    progress: options.previous ? compareWithPrevious(options.previous, collected.findings) : undefined,
    notices: options.notices ?? [],
  };
}
