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
    const comment = context.comments.find((range) => range[0] === index);
    if (comment) {
      index = comment[1];
      continue;
    }
    return -1;
  }
  return -1;
}

function commentsWithin(context: ListContext, start: number, end: number): string[] {
  return context.comments
    .filter((range) => range[0] >= start && range[1] <= end)
    .map((range) => context.text.slice(range[0], range[1]));
}

/** Comments put back in place of deleted code; a line comment must end its line, or it would swallow what follows. */
function joinComments(comments: readonly string[]): string {
  return comments.map((comment, index) => (comment.startsWith('//') ? `${comment}\n` : index < comments.length - 1 ? `${comment} ` : comment)).join('');
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/** Deletes `[start, end)`; keeps any comment inside it; takes the whole line when nothing else is left on it. */
function deletion(context: ListContext, start: number, end: number): TextEdit {
  const { text } = context;
  const kept = commentsWithin(context, start, end);
  const startOfLine = lineStart(text, start);
  const newline = text.indexOf('\n', end);
  const endOfLine = newline === -1 ? text.length : newline;
  const before = text.slice(startOfLine, start);
  const after = text.slice(end, endOfLine);
  if (kept.length > 0) {
    // A trailing line comment already ends its line when nothing else follows on it.
    const joined = joinComments(kept);
    return { range: [start, end], text: isBlank(after) && joined.endsWith('\n') ? joined.slice(0, -1) : joined };
  }
  if (isBlank(before) && isBlank(after) && newline !== -1) {
    // Delete from the end of the previous line, not from the start of this one: processors such as
    // eslint-plugin-html strip a script's indentation and cannot map an edit that starts inside it.
    return startOfLine > 0 ? { range: [startOfLine - 1, newline], text: '' } : { range: [startOfLine, newline + 1], text: '' };
  }
  // Eat the space that separated this item from what follows on the same line.
  let stop = end;
  while (stop < endOfLine && (text[stop] === ' ' || text[stop] === '\t')) stop++;
  if (stop === endOfLine && !isBlank(before)) stop = end;
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
