import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { countByExtension } from './checked-files.js';
import { excerptAt, normalizeLine, splitLines } from './excerpt.js';
import type { Finding, Resolution, RuleInfo, UncheckedFile } from './model.js';
import { ruleInfo, type RuleMetaLike } from './rule-info.js';

export interface Collected {
  findings: Finding[];
  rules: Map<string, RuleInfo>;
  unchecked: UncheckedFile[];
  otherProblems: number;
  filesLinted: number;
  filesByExtension: Record<string, number>;
}

/** Report paths relative to the working directory, with `/` on every platform, so JSON from any machine compares. */
export function displayPath(cwd: string, filePath: string): string {
  const path = relative(cwd, filePath) || filePath;
  return sep === '/' ? path : path.split(sep).join('/');
}

function resolutionOf(message: Linter.LintMessage): Resolution {
  if (message.fix) return 'autofix';
  if (message.suggestions && message.suggestions.length > 0) return 'suggestion';
  return 'manual';
}

/** The text ESLint linted: it keeps `source` for files with problems; a file fixed in place has `output`. */
function sourceLines(result: ESLint.LintResult): string[] | undefined {
  const text = result.source ?? result.output;
  if (text !== undefined) return splitLines(text);
  try {
    return splitLines(readFileSync(result.filePath, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Turns ESLint's results into the report's findings. Only messages of this plugin's rules count (recognised by their
 * metadata); parse errors make a file "unchecked"; problems of other rules are only counted.
 */
export function collectFindings(
  results: readonly ESLint.LintResult[],
  rulesMeta: Record<string, RuleMetaLike>,
  cwd: string,
): Collected {
  const findings: Finding[] = [];
  const rules = new Map<string, RuleInfo>();
  const unchecked: UncheckedFile[] = [];
  let otherProblems = 0;

  for (const result of results) {
    const file = displayPath(cwd, result.filePath);
    let lines: string[] | undefined;
    for (const message of result.messages) {
      if (message.fatal) {
        unchecked.push({ file, line: message.line || undefined, message: message.message });
        continue;
      }
      // Unused disable directives and other core notes have no rule id; they are not this plugin's business.
      if (message.ruleId === null) {
        otherProblems += 1;
        continue;
      }
      let info = rules.get(message.ruleId);
      if (!info) {
        info = ruleInfo(message.ruleId, rulesMeta[message.ruleId]);
        if (info) rules.set(message.ruleId, info);
      }
      if (!info) {
        otherProblems += 1;
        continue;
      }
      lines ??= sourceLines(result) ?? [];
      const position = { line: message.line, column: message.column, endLine: message.endLine, endColumn: message.endColumn };
      findings.push({
        ruleId: message.ruleId,
        file,
        ...position,
        severity: message.severity === 2 ? 'error' : 'warning',
        message: message.message,
        resolution: resolutionOf(message),
        lineText: normalizeLine(lines[message.line - 1]),
        excerpt: excerptAt(lines, position),
      });
    }
  }

  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return {
    findings,
    rules,
    unchecked,
    otherProblems,
    filesLinted: results.length,
    filesByExtension: countByExtension(results.map((result) => result.filePath)),
  };
}
