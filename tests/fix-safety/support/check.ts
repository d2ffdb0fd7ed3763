import { Linter } from 'eslint';
import { languageConfig } from './languages.js';

/**
 * Fix safety of one text under one config: what the plugin reports, and whether its fixes and suggestions are safe.
 * Safe means: the fixed text parses, `--fix` run again on it changes nothing, and every comment of the input is still
 * in the output (same text, at least as many times). Each suggestion, applied alone, must parse and keep the comments
 * too. A rule that throws is a problem as well; an input that does not parse is not ours to judge (`parsed: false`).
 */
export interface FixSafetyReport {
  parsed: boolean;
  /** Our rules' messages on the input. */
  findings: Linter.LintMessage[];
  /** `--fix` changed the text. */
  fixed: boolean;
  output: string;
  suggestionsChecked: number;
  problems: string[];
}

export interface CheckInput {
  text: string;
  filename: string;
  config: Linter.Config[];
  /** `sourceType` for parsing outputs; must match the config's. */
  sourceType?: 'module' | 'script';
}

const linter = new Linter({ configType: 'flat' });

interface CommentLike {
  range?: [number, number];
  loc?: { start: { offset?: number }; end: { offset?: number } };
}

/** The text of every comment of the last linted file: ESTree (`getAllComments`) or `@eslint/json` (`comments`). */
function lastComments(): string[] {
  const sourceCode = linter.getSourceCode() as unknown as {
    text: string;
    getAllComments?: () => CommentLike[];
    comments?: CommentLike[];
  } | null;
  if (!sourceCode) return [];
  const comments = sourceCode.getAllComments?.() ?? sourceCode.comments ?? [];
  return comments.map((comment) => {
    const start = comment.range?.[0] ?? comment.loc?.start.offset ?? 0;
    const end = comment.range?.[1] ?? comment.loc?.end.offset ?? 0;
    return sourceCode.text.slice(start, end);
  });
}

function missingComments(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const comment of after) left.set(comment, (left.get(comment) ?? 0) + 1);
  const missing: string[] = [];
  for (const comment of before) {
    const count = left.get(comment) ?? 0;
    if (count === 0) missing.push(comment);
    else left.set(comment, count - 1);
  }
  return missing;
}

/** Parses `text` with the file's parser and no rules: the parse error, or the comments when it parses. */
function parse(text: string, filename: string, sourceType: 'module' | 'script'): { error: string } | { comments: string[] } {
  const messages = linter.verify(text, [languageConfig(filename, sourceType)], filename);
  const fatal = messages.find((message) => message.fatal || /^No matching configuration found/.test(message.message));
  return fatal ? { error: `${fatal.line}:${fatal.column} ${fatal.message}` } : { comments: lastComments() };
}

function applySuggestion(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

function quote(text: string): string {
  return text.length > 2000 ? `${text.slice(0, 2000)}\n…(${text.length} characters)` : text;
}

export function checkFixSafety({ text, filename, config, sourceType = 'module' }: CheckInput): FixSafetyReport {
  const report: FixSafetyReport = { parsed: true, findings: [], fixed: false, output: text, suggestionsChecked: 0, problems: [] };
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(text, config, filename);
  } catch (error) {
    report.problems.push(`a rule threw: ${(error as Error).stack ?? String(error)}`);
    return report;
  }
  if (messages.some((message) => message.fatal)) {
    report.parsed = false;
    return report;
  }
  // ESLint lints nothing when no config object matches the file name: a setup mistake that would pass silently.
  const unmatched = messages.find((message) => message.ruleId === null && /^No matching configuration found/.test(message.message));
  if (unmatched) {
    report.problems.push(`${unmatched.message} (the test's config does not cover this file)`);
    return report;
  }
  const inputComments = lastComments();
  report.findings = messages.filter((message) => message.ruleId !== null);

  for (const message of report.findings) {
    for (const suggestion of message.suggestions ?? []) {
      report.suggestionsChecked++;
      const suggested = applySuggestion(text, suggestion.fix);
      const parsed = parse(suggested, filename, sourceType);
      const where = `suggestion "${suggestion.desc}" of ${message.ruleId} at ${message.line}:${message.column}`;
      if ('error' in parsed) {
        report.problems.push(`${where} gives text that does not parse (${parsed.error}):\n${quote(suggested)}`);
      } else {
        const missing = missingComments(inputComments, parsed.comments);
        if (missing.length > 0) report.problems.push(`${where} drops comments ${JSON.stringify(missing)}:\n${quote(suggested)}`);
      }
    }
  }

  let first: Linter.FixReport;
  try {
    first = linter.verifyAndFix(text, config, filename);
  } catch (error) {
    report.problems.push(`a rule threw while fixing: ${(error as Error).stack ?? String(error)}`);
    return report;
  }
  report.fixed = first.fixed;
  report.output = first.output;
  if (!first.fixed) return report;

  const parsed = parse(first.output, filename, sourceType);
  if ('error' in parsed) {
    report.problems.push(`--fix gives text that does not parse (${parsed.error}):\n${quote(first.output)}`);
    return report;
  }
  const missing = missingComments(inputComments, parsed.comments);
  if (missing.length > 0) report.problems.push(`--fix drops comments ${JSON.stringify(missing)}:\n${quote(first.output)}`);

  try {
    // One more pass over the fixed text: any fix that would still change it means --fix does not settle (a fix that
    // needs more than ESLint's 10 passes, or fixes that undo each other, which ESLint stops as "circular").
    const again = linter.verify(first.output, config, filename).filter(
      (message) => message.fix && first.output.slice(message.fix.range[0], message.fix.range[1]) !== message.fix.text,
    );
    if (again.length > 0) {
      const second = linter.verifyAndFix(first.output, config, filename);
      const rules = [...new Set(again.map((message) => `${message.ruleId} at ${message.line}:${message.column}`))].join(', ');
      report.problems.push(`a second --fix changes the output again (${rules}):\n--- after the first --fix\n${quote(first.output)}\n--- after the second\n${quote(second.output)}`);
    }
  } catch (error) {
    report.problems.push(`a rule threw on the fixed output: ${(error as Error).stack ?? String(error)}\n${quote(first.output)}`);
  }
  return report;
}
