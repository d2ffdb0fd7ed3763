import { relative } from 'node:path';

/** The parts of ESLint's `-f json` output the tests read (the same shape in ESLint 8, 9 and 10). */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string }[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

export function parseResults(stdout: string): LintResult[] {
  try {
    return JSON.parse(stdout) as LintResult[];
  } catch {
    throw new Error(`eslint -f json did not print JSON:\n${stdout}`);
  }
}

/** How a finding can be resolved: by `--fix`, only by an editor suggestion, or not at all (a report, a parse error). */
function kind(message: LintMessage): 'fix' | 'suggestion' | 'report' {
  if (message.fix) return 'fix';
  if (message.suggestions && message.suggestions.length > 0) return 'suggestion';
  return 'report';
}

/**
 * Findings per file (relative to `base`, `/`-separated), counted by `"<rule id> (<fix|suggestion|report>)"`.
 * Files without findings are left out. A parse error shows up as `"null (report)"`, so it can never pass unnoticed.
 */
export function countFindings(results: readonly LintResult[], base: string): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const file = relative(base, result.filePath).split('\\').join('/');
    const perFile = (counts[file] ??= {});
    for (const message of result.messages) {
      const key = `${message.ruleId} (${kind(message)})`;
      perFile[key] = (perFile[key] ?? 0) + 1;
    }
  }
  return counts;
}
