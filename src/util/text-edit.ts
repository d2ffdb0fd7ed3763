/**
 * Text edits that delete one item from a comma-separated list (object properties, array elements, JSON members) or
 * one statement, without breaking the syntax. They work on offsets, so the same code serves ESTree and JSON documents.
 *
 * Comments go with the code they belong to: a comment inside the deleted code, and a comment that trails it on the
 * line where it ends (`registration: true, // show "Sign up"`), are deleted with it, when the code starts its own line.
 * A comment on a line of its own stays, and so does one that shares its line with code that stays.
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

/** The comment that starts exactly at `offset`, if any. */
function commentAt(comments: readonly Range[], offset: number): Range | undefined {
  const comment = comments[firstCommentFrom(comments, offset)];
  return comment && comment[0] === offset ? comment : undefined;
}

/**
 * Where deleted code ends once the comments that trail it on its last line go too: `end` moves past blanks and
 * comments up to the end of the line, when nothing else follows on that line and the code started its own line.
 * Otherwise (code follows, or the line began with other code the comment may describe) `end` stays.
 */
function trailingCommentsEnd(context: ListContext, start: number, end: number): number {
  const { text, comments } = context;
  if (blankLineStart(text, start) === -1) return end;
  let index = end;
  let after = end;
  for (;;) {
    while (isSpace(text[index])) index++;
    const comment = commentAt(comments, index);
    if (!comment || text.slice(comment[0], comment[1]).includes('\n')) break;
    index = comment[1];
    after = index;
  }
  return after !== end && blankLineEnd(text, after) !== -1 ? after : end;
}

/** Deletes `[start, end)` with the comments in it and those trailing it; takes the whole line when nothing else is left on it. */
function deletion(context: ListContext, start: number, end: number): TextEdit {
  const { text } = context;
  const stop = trailingCommentsEnd(context, start, end);
  const lineBegin = blankLineStart(text, start);
  const lineEnd = blankLineEnd(text, stop);
  if (lineBegin !== -1 && lineEnd !== -1 && lineEnd < text.length) {
    // Delete from the end of the previous line, not from the start of this one: processors such as
    // eslint-plugin-html strip a script's indentation and cannot map an edit that starts inside it.
    if (lineBegin > 0) return { range: [lineBegin - (text[lineBegin - 2] === '\r' ? 2 : 1), lineEnd], text: '' };
    return { range: [lineBegin, lineEnd + (text[lineEnd] === '\r' ? 2 : 1)], text: '' };
  }
  // Eat the space that separated this item from what follows on the same line.
  let after = stop;
  if (lineEnd === -1) while (isSpace(text[after])) after++;
  return { range: [start, after], text: '' };
}

/** The edits that remove item `index` from the list. */
export function removeListItem(context: ListContext, index: number): TextEdit[] | undefined {
  const item = withParentheses(context, context.items[index]!);
  const nextItem = context.items[index + 1];
  const previousItem = context.items[index - 1];
  const next = nextItem && withParentheses(context, nextItem);
  const previous = previousItem && withParentheses(context, previousItem);
  const closing = context.brackets[1] - 1;
  const ownComma = commaAfter(context, item[1], next ? next[0] : closing);

  if (!next && !previous) {
    // The only item: leave an empty `{}` / `[]`; the comments around the item stay.
    const end = trailingCommentsEnd(context, item[0], ownComma === -1 ? item[1] : ownComma + 1);
    const kept = [...commentsWithin(context, context.brackets[0] + 1, item[0]), ...commentsWithin(context, end, closing)];
    return [{ range: [context.brackets[0] + 1, closing], text: kept.length > 0 ? ` ${joinComments(kept)} ` : '' }];
  }
  if (ownComma !== -1) {
    return [deletion(context, item[0], ownComma + 1)];
  }
  // The last item, with no trailing comma: remove the comma that precedes it.
  // No comma after the item and none before it: the syntax gives no clean cut (no edit rather than a wrong one).
  if (!previous) return undefined;
  const previousComma = commaAfter(context, previous[1], item[0]);
  if (previousComma === -1) return [deletion(context, item[0], item[1])];
  if (commentsWithin(context, previousComma, item[0]).length === 0) {
    return [{ range: [previousComma, trailingCommentsEnd(context, item[0], item[1])], text: '' }];
  }
  // Comments between the comma and the item belong to the item before or stand on their own lines: they stay.
  return [
    { range: [previousComma, previousComma + 1], text: '' },
    deletion(context, item[0], item[1]),
  ];
}

/**
 * An item's range with the parentheses around it: an array element's node leaves them out (`[({ a }), b]`), and the
 * comma that ends the item comes after them. Each step scans only blanks and comments.
 */
function withParentheses(context: ListContext, range: Range): Range {
  let [start, end] = range;
  for (;;) {
    const before = codeBefore(context.text, context.comments, start);
    const after = codeAfter(context.text, context.comments, end);
    if (before <= context.brackets[0] || after === -1 || after >= context.brackets[1] - 1) return [start, end];
    if (context.text[before] !== '(' || context.text[after] !== ')') return [start, end];
    start = before;
    end = after + 1;
  }
}

/** The index of the first character before `offset` that is neither white space nor in a comment, or -1. */
function codeBefore(text: string, comments: readonly Range[], offset: number): number {
  let index = offset - 1;
  while (index >= 0) {
    if (/\s/.test(text[index]!)) {
      index--;
      continue;
    }
    const comment = comments[firstCommentFrom(comments, index + 1) - 1];
    if (comment && comment[1] > index) {
      index = comment[0] - 1;
      continue;
    }
    return index;
  }
  return -1;
}

/** The index of the first character from `offset` on that is neither white space nor in a comment, or -1. */
function codeAfter(text: string, comments: readonly Range[], offset: number): number {
  let index = offset;
  while (index < text.length) {
    if (/\s/.test(text[index]!)) {
      index++;
      continue;
    }
    const comment = commentAt(comments, index);
    if (comment) {
      index = comment[1];
      continue;
    }
    return index;
  }
  return -1;
}

/**
 * What may start a statement and still continue the one before it when no `;` separates them: `(`, `[`, a template,
 * `+`, `-`, `/` (division, not a regular expression), `<` (a comparison, not a type assertion or JSX). A quote is
 * here too: a string statement that comes first in a script or function becomes a directive (`'use strict'`).
 */
const continuesStatement = new Set(['(', '[', '`', '+', '-', '/', '<', "'", '"']);
/** After these, the next statement starts fresh whatever its first character (a `}` may end an object literal). */
const endsStatement = new Set([';', '{', ':']);

/**
 * The edit that removes a whole statement (with the comments inside it and trailing it). Where the code after it
 * could join the code before it (no-semicolon style, `foo()` then a line starting with `(`), a `;` stays in its place.
 */
export function removeStatement(text: string, comments: readonly Range[], range: Range): TextEdit {
  const context: ListContext = { text, comments, items: [range], brackets: [0, text.length] };
  const edit = deletion(context, range[0], range[1]);
  const next = codeAfter(text, comments, edit.range[1]);
  if (next === -1 || !continuesStatement.has(text[next]!)) return edit;
  const previous = codeBefore(text, comments, edit.range[0]);
  const quote = text[next] === "'" || text[next] === '"';
  if (!quote && (previous === -1 || endsStatement.has(text[previous]!))) return edit;
  return { range: [range[0], trailingCommentsEnd(context, range[0], range[1])], text: ';' };
}
