/** The data behind every output of the migration report (HTML, Markdown, JSON). Plain values only. */

/** How a finding goes away: `eslint --fix` does it, an editor suggestion offers a change to review, or a person decides. */
export type Resolution = 'autofix' | 'suggestion' | 'manual';

export const resolutions: readonly Resolution[] = ['autofix', 'suggestion', 'manual'];

export type ResolutionCounts = Record<Resolution, number>;

/** What a rule's `meta.docs` says about itself, as far as the report needs it. */
export interface RuleInfo {
  ruleId: string;
  description: string | undefined;
  docsUrl: string | undefined;
  oktaGuide: string | undefined;
  /** The source limitation (`ie-limitations`) or 2026 change (`api-release-notes-2026`) the rule covers. */
  source: { doc: string; heading: string } | undefined;
  recommended: string | undefined;
  fixable: boolean;
  hasSuggestions: boolean;
}

/** A few lines of source around a finding. `mark` is the reported range on the first line (0-based, end exclusive). */
export interface Excerpt {
  lines: { number: number; text: string; inRange: boolean }[];
  mark: { line: number; start: number; end: number } | undefined;
}

export interface Finding {
  ruleId: string;
  /** Path relative to the report's working directory, with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine: number | undefined;
  endColumn: number | undefined;
  severity: 'error' | 'warning';
  message: string;
  resolution: Resolution;
  /** The reported line with its whitespace collapsed: together with rule and file it matches findings across runs. */
  lineText: string;
  excerpt: Excerpt | undefined;
}

export interface RuleSummary extends ResolutionCounts {
  rule: RuleInfo;
  count: number;
  errors: number;
  warnings: number;
}

export interface SourceItemSummary extends ResolutionCounts {
  heading: string;
  count: number;
  ruleIds: string[];
}

export interface SourceSummary extends ResolutionCounts {
  doc: string;
  title: string;
  count: number;
  items: SourceItemSummary[];
}

export interface FileSummary extends ResolutionCounts {
  file: string;
  count: number;
  errors: number;
  warnings: number;
}

export interface Totals extends ResolutionCounts {
  findings: number;
  errors: number;
  warnings: number;
  filesLinted: number;
  /** The linted files by extension (`{ '.js': 3, '.ts': 2 }`), most first: says what the run checked and what it did not. */
  filesByExtension: Record<string, number>;
  filesWithFindings: number;
  rulesWithFindings: number;
}

/** A file ESLint could not parse: none of the rules ran on it, so it needs a look before the numbers are complete. */
export interface UncheckedFile {
  file: string;
  line: number | undefined;
  message: string;
}

export interface RuleProgress {
  ruleId: string;
  previous: number;
  current: number;
  fixed: number;
  added: number;
}

/** Comparison with an earlier report's JSON. */
export interface Progress {
  previousGeneratedAt: string | undefined;
  previousTotal: number;
  fixed: number;
  remaining: number;
  added: number;
  byRule: RuleProgress[];
}

export interface RunInfo {
  /** Shown as the report's subject: the project name or folder. */
  title: string;
  generatedAt: string;
  toolVersion: string;
  eslintVersion: string | undefined;
  /** Which ESLint config produced the findings, in words. */
  config: string;
  /** What was linted, as given on the command line. */
  paths: string[];
}

export interface ReportData {
  run: RunInfo;
  totals: Totals;
  rules: RuleSummary[];
  sources: SourceSummary[];
  files: FileSummary[];
  findings: Finding[];
  unchecked: UncheckedFile[];
  /** Problems reported by rules of other plugins; the report leaves them out and says how many. */
  otherProblems: number;
  progress: Progress | undefined;
  /** Things the reader should know about the run (for example: the config turns on no rule of this plugin). */
  notices: string[];
}

export function emptyCounts(): ResolutionCounts {
  return { autofix: 0, suggestion: 0, manual: 0 };
}
