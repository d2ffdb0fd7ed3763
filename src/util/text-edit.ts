/**
 * Text edits that delete one item from a comma-separated list (object properties, array elements, JSON members)
 * without breaking the syntax and without losing a comment. They work on offsets, so the same code serves
 * ESTree and JSON documents.
 */
export interface TextEdit {
  range: [number, number];
  text: string;
}

export type Range = readonly [number, number];

export interface ListContext {
  text: string;
  /** Ranges of the items of the list, in order. */
  items: readonly Range[];
  /** Ranges of every comment in the file, in order. */
  comments: readonly Range[];
  /** Range of the whole list including its brackets (`{…}` or `[…]`). */
  brackets: Range;
}

/** Index of the first comment that starts at or after `offset` (comments are sorted by position). */
function firstCommentFrom(comments: readonly Range[], offset: number): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comments[middle]![0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Finds the next `,` after `from`, skipping white space and comments; -1 when the next token is something else. */
function commaAfter(context: ListContext, from: number, limit: number): number {
  let index = from;
  while (index < limit) {
    const char = context.text[index]!;
    if (char === ',') return index;
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    const comment = context.comments[firstCommentFrom(context.comments, index)];
    if (comment && comment[0] === index) {
      index = comment[1];
      continue;
    }
    return -1;
  }
  return -1;
}

function commentsWithin(context: ListContext, start: number, end: number): string[] {
  const found: string[] = [];
  for (let index = firstCommentFrom(context.comments, start); index < context.comments.length; index++) {
    const range = context.comments[index]!;
    if (range[0] >= end) break;
    if (range[1] <= end) found.push(context.text.slice(range[0], range[1]));
  }
  return found;
}

/** Comments put back in place of deleted code; a line comment must end its line, or it would swallow what follows. */
function joinComments(comments: readonly string[]): string {
  return comments.map((comment, index) => (comment.startsWith('//') ? `${comment}\n` : index < comments.length - 1 ? `${comment} ` : comment)).join('');
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t';

/** The start of the line when only blanks precede `offset` on it, else -1. Scans the blanks only, never the line. */
function blankLineStart(text: string, offset: number): number {
  let index = offset;
  while (isSpace(text[index - 1])) index--;
  return index === 0 || text[index - 1] === '\n' ? index : -1;
}

/** The line's `\n` (or the end of the text) when only blanks follow `offset` on it, else -1. */
function blankLineEnd(text: string, offset: number): number {
  let index = offset;
  while (isSpace(text[index])) index++;
  return index === text.length || text[index] === '\n' || (text[index] === '\r' && text[index + 1] === '\n') ? index : -1;
}

/** Deletes `[start, end)`; keeps any comment inside it; takes the whole line when nothing else is left on it. */
function deletion(context: ListContext, start: number, end: number): TextEdit {
  const { text } = context;
  const kept = commentsWithin(context, start, end);
  const lineBegin = blankLineStart(text, start);
  const lineEnd = blankLineEnd(text, end);
  if (kept.length > 0) {
    // A trailing line comment already ends its line when nothing else follows on it.
    const joined = joinComments(kept);
    return { range: [start, end], text: lineEnd !== -1 && joined.endsWith('\n') ? joined.slice(0, -1) : joined };
  }
  if (lineBegin !== -1 && lineEnd !== -1 && lineEnd < text.length) {
    // Delete from the end of the previous line, not from the start of this one: processors such as
    // eslint-plugin-html strip a script's indentation and cannot map an edit that starts inside it.
    if (lineBegin > 0) return { range: [lineBegin - (text[lineBegin - 2] === '\r' ? 2 : 1), lineEnd], text: '' };
    return { range: [lineBegin, lineEnd + (text[lineEnd] === '\r' ? 2 : 1)], text: '' };
  }
  // Eat the space that separated this item from what follows on the same line.
  let stop = end;
  if (lineEnd === -1) while (isSpace(text[stop])) stop++;
  return { range: [start, stop], text: '' };
}

/** The edits that remove item `index` from the list. */
export function removeListItem(context: ListContext, index: number): TextEdit[] {
  const item = context.items[index]!;
  const next = context.items[index + 1];
  const previous = context.items[index - 1];
  const closing = context.brackets[1] - 1;
  const ownComma = commaAfter(context, item[1], next ? next[0] : closing);

  if (!next && !previous) {
    // The only item: leave an empty `{}` / `[]` (comments inside stay).
    const inner = commentsWithin(context, context.brackets[0] + 1, closing);
    return [{ range: [context.brackets[0] + 1, closing], text: inner.length > 0 ? ` ${joinComments(inner)} ` : '' }];
  }
  if (ownComma !== -1) {
    return [deletion(context, item[0], ownComma + 1)];
  }
  // The last item, with no trailing comma: remove the comma that precedes it.
  const previousComma = commaAfter(context, previous![1], item[0]);
  if (previousComma === -1) return [deletion(context, item[0], item[1])];
  if (commentsWithin(context, previousComma, item[1]).length === 0) {
    return [{ range: [previousComma, item[1]], text: '' }];
  }
  return [
    { range: [previousComma, previousComma + 1], text: '' },
    deletion(context, item[0], item[1]),
  ];
}

/** The edit that removes a whole statement, keeping its comments. */
export function removeStatement(text: string, comments: readonly Range[], range: Range): TextEdit {
  return deletion({ text, comments, items: [range], brackets: [0, text.length] }, range[0], range[1]);
}
