import type { Excerpt } from './model.js';

/** Lines shown before and after the reported lines. */
const contextLines = 2;
/** A finding spanning more lines than this shows its first lines only. */
const maxRangeLines = 5;
/** Longer lines (minified code) are cut to a window around the reported column. */
const maxLineLength = 160;

/** ESLint's line breaks, so line numbers agree with the ones it reports. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/);
}

function clipLine(text: string, focus: number): { text: string; offset: number } {
  if (text.length <= maxLineLength) return { text, offset: 0 };
  const start = Math.max(0, Math.min(focus - 40, text.length - maxLineLength));
  const end = start + maxLineLength;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  return { text: prefix + text.slice(start, end) + suffix, offset: start - prefix.length };
}

/** The reported line with whitespace collapsed: stable across re-indentation and line moves. */
export function normalizeLine(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ');
}

/**
 * A few lines around a finding. `line`/`column` are ESLint's 1-based start; `endLine`/`endColumn` its end, exclusive.
 * Returns undefined when the line is not in the text (a stale source, a file that changed since it was linted).
 */
export function excerptAt(
  lines: readonly string[],
  position: { line: number; column: number; endLine: number | undefined; endColumn: number | undefined },
): Excerpt | undefined {
  const { line, column } = position;
  if (line < 1 || line > lines.length) return undefined;
  const endLine = Math.min(Math.max(position.endLine ?? line, line), lines.length);
  const lastShownRangeLine = Math.min(endLine, line + maxRangeLines - 1);
  const first = Math.max(1, line - contextLines);
  const last = Math.min(lines.length, lastShownRangeLine + contextLines);

  const startIndex = Math.max(0, column - 1);
  const shown: Excerpt['lines'] = [];
  let mark: Excerpt['mark'];
  for (let number = first; number <= last; number += 1) {
    const raw = lines[number - 1] ?? '';
    const clipped = clipLine(raw, number === line ? startIndex : 0);
    shown.push({ number, text: clipped.text, inRange: number >= line && number <= endLine });
    if (number === line) {
      const rawEnd = endLine === line && position.endColumn !== undefined ? position.endColumn - 1 : raw.length;
      const start = Math.min(Math.max(startIndex - clipped.offset, 0), clipped.text.length);
      const end = Math.min(Math.max(rawEnd - clipped.offset, start), clipped.text.length);
      if (end > start) mark = { line, start, end };
    }
  }
  return { lines: shown, mark };
}
