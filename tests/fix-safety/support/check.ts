import { Linter } from 'eslint';
import { wronglyDroppedComments, type Edit, type SourceComment } from './comments.js';
import { languageConfig } from './languages.js';

/**
 * Fix safety of one text under one config: what the plugin reports, and whether its fixes and suggestions are safe.
 * Safe means: the fixed text parses, `--fix` run again on it changes nothing, and no comment is lost that did not go
 * with code a fix removed (`./comments.ts`: a comment inside removed code or trailing it on its line may go; a
 * comment on its own line, or next to code that stays, must stay). `--fix` is replayed pass by pass, as ESLint runs
 * it, so each pass's comments are judged against that pass's edits. Each suggestion, applied alone, must parse and
 * keep its comments the same way. A rule that throws is a problem as well; an input that does not parse is not ours
 * to judge (`parsed: false`).
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

/** Every comment of the last linted file: ESTree (`getAllComments`) or `@eslint/json` (`comments`). */
function lastComments(): SourceComment[] {
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
    return { text: sourceCode.text.slice(start, end), range: [start, end] };
  });
}

/** Parses `text` with the file's parser and no rules: the parse error, or the comments when it parses. */
function parse(text: string, filename: string, sourceType: 'module' | 'script'): { error: string } | { comments: SourceComment[] } {
  const messages = linter.verify(text, [languageConfig(filename, sourceType)], filename);
  const fatal = messages.find((message) => message.fatal || /^No matching configuration found/.test(message.message));
  return fatal ? { error: `${fatal.line}:${fatal.column} ${fatal.message}` } : { comments: lastComments() };
}

const bom = '\uFEFF';

/**
 * One pass of `--fix`, as ESLint's SourceCodeFixer makes it: fixes sorted by range, each applied unless it overlaps one
 * applied before. Ranges are offsets in the text without its byte order mark.
 */
function fixPass(source: string, messages: readonly Linter.LintMessage[]): { output: string; edits: Edit[] } {
  const hasBom = source.startsWith(bom);
  const text = hasBom ? source.slice(1) : source;
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const edits: Edit[] = [];
  let output = '';
  let lastPos = Number.NEGATIVE_INFINITY;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (lastPos >= start || start > end) continue;
    output += text.slice(Math.max(0, lastPos), Math.max(0, start)) + fix.text;
    lastPos = end;
    edits.push({ range: [start, end], text: fix.text });
  }
  output += text.slice(Math.max(0, lastPos));
  return { output: (hasBom ? bom : '') + output, edits };
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
  // Fix ranges and comment ranges are offsets in the text without its byte order mark.
  const source = text.startsWith(bom) ? text.slice(1) : text;
  const prefix = text.length - source.length === 1 ? bom : '';

  for (const message of report.findings) {
    for (const suggestion of message.suggestions ?? []) {
      report.suggestionsChecked++;
      const suggested = prefix + applySuggestion(source, suggestion.fix);
      const parsed = parse(suggested, filename, sourceType);
      const where = `suggestion "${suggestion.desc}" of ${message.ruleId} at ${message.line}:${message.column}`;
      if ('error' in parsed) {
        report.problems.push(`${where} gives text that does not parse (${parsed.error}):\n${quote(suggested)}`);
      } else {
        const wrong = wronglyDroppedComments(source, inputComments, [suggestion.fix], parsed.comments.map((comment) => comment.text));
        if (wrong.length > 0) report.problems.push(`${where} drops comments ${JSON.stringify(wrong)}:\n${quote(suggested)}`);
      }
    }
  }

  let eslintFix: Linter.FixReport;
  try {
    eslintFix = linter.verifyAndFix(text, config, filename);
  } catch (error) {
    report.problems.push(`a rule threw while fixing: ${(error as Error).stack ?? String(error)}`);
    return report;
  }
  report.fixed = eslintFix.fixed;
  report.output = eslintFix.output;
  if (!eslintFix.fixed) return report;

  // Replay --fix pass by pass (ESLint makes at most 10), judging each pass's comments by that pass's edits.
  let current = text;
  let passMessages = messages;
  let passComments = inputComments;
  for (let pass = 0; pass < 10; pass++) {
    const { output, edits } = fixPass(current, passMessages);
    if (edits.length === 0) break;
    const parsed = parse(output, filename, sourceType);
    if ('error' in parsed) {
      report.problems.push(`--fix gives text that does not parse (${parsed.error}):\n${quote(output)}`);
      return report;
    }
    const wrong = wronglyDroppedComments(current.startsWith(bom) ? current.slice(1) : current, passComments, edits, parsed.comments.map((comment) => comment.text));
    if (wrong.length > 0) report.problems.push(`--fix drops comments ${JSON.stringify(wrong)}:\n${quote(output)}`);
    current = output;
    try {
      passMessages = linter.verify(current, config, filename);
    } catch (error) {
      report.problems.push(`a rule threw on the fixed output: ${(error as Error).stack ?? String(error)}\n${quote(current)}`);
      return report;
    }
    passComments = lastComments();
  }
  if (current !== eslintFix.output) {
    report.problems.push(`replaying --fix pass by pass gave another text than ESLint's --fix (a checker bug):\n--- replayed\n${quote(current)}\n--- ESLint\n${quote(eslintFix.output)}`);
  }

  try {
    // One more pass over the fixed text: any fix that would still change it means --fix does not settle (a fix that
    // needs more than ESLint's 10 passes, or fixes that undo each other, which ESLint stops as "circular").
    const output = eslintFix.output;
    const again = linter.verify(output, config, filename).filter((message) => message.fix && output.slice(message.fix.range[0], message.fix.range[1]) !== message.fix.text);
    if (again.length > 0) {
      const second = linter.verifyAndFix(output, config, filename);
      const rules = [...new Set(again.map((message) => `${message.ruleId} at ${message.line}:${message.column}`))].join(', ');
      report.problems.push(`a second --fix changes the output again (${rules}):\n--- after the first --fix\n${quote(output)}\n--- after the second\n${quote(second.output)}`);
    }
  } catch (error) {
    report.problems.push(`a rule threw on the fixed output: ${(error as Error).stack ?? String(error)}\n${quote(eslintFix.output)}`);
  }
  return report;
}
