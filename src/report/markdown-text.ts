/**
 * Text from linted code (file names, messages, parse errors) and from rule metadata, made safe for the Markdown of a
 * pull-request comment: it renders as the text it is, on one line, and never as HTML, a link, an image, a mention, a
 * code span or a table column of its own. Every scan here is one linear pass.
 */

/** Where the text goes: a GFM table cell, where `|` ends the cell even inside a code span, or anywhere else inline. */
export type MarkdownContext = 'cell' | 'inline';

/** Markdown and GFM reads a line break as the end of a table row or list item; the comment shows one line per item. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ');
}

/** GFM splits table rows at `|` before it reads code spans, so a cell escapes it there too (and GFM drops the `\`). */
function pipes(text: string, where: MarkdownContext): string {
  return where === 'cell' ? text.replace(/\|/g, '\\|') : text;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * A code span that holds any text: fenced with one backtick more than the longest run inside it, and padded with a space
 * on both sides when the text starts or ends with a backtick or a space (CommonMark strips one space from each side of a
 * padded span, so the text comes out as it went in).
 */
export function codeSpan(text: string, where: MarkdownContext): string {
  const content = oneLine(text);
  // A backslash right before a pipe in a cell: cmark-gfm (GitHub) keeps the pipe in the cell, other GFM renderers end the
  // cell there, and a code span has no escape to settle it. Plain text escapes both, and reads the same everywhere.
  if (where === 'cell' && content.includes('\\|')) return plainText(content);
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${pipes(content, where)}${pad}${fence}`;
}

/**
 * Characters with a meaning in CommonMark or GFM inline text: escapes, code, emphasis, strikethrough, links and images,
 * raw HTML and autolinks, entities, table pipes. A backslash before any ASCII punctuation shows the character itself.
 * `:` is escaped so that no `http://…` in the text becomes a link; `.` only after `www`, for the same reason.
 */
const markdownSpecial = /[\\`*_~[\]<>&|!:]|(?<=www)\./gi;

/**
 * GitHub turns `@name` into a mention (and `a@b.c` into a mail link) and `#12` into a link to an issue after it has read
 * the Markdown, so no escape stops them; a word joiner (U+2060, invisible) after the sign does.
 */
const referenceSigns = /[@#]/g;
const wordJoiner = '\u2060';

/**
 * Plain text that renders as itself, with nothing in it read as Markdown, HTML, a link or a mention. Its `|` is escaped
 * wherever it goes: a table cell needs that, and elsewhere `\|` shows a `|` all the same.
 */
export function plainText(text: string): string {
  return oneLine(text)
    .replace(markdownSpecial, (char) => `\\${char}`)
    .replace(referenceSigns, (sign) => `${sign}${wordJoiner}`);
}

/**
 * A rule message, which quotes code in backticks as Markdown does: the quoted parts become code spans that hold exactly
 * their text, the rest plain text. Backticks that pair up differently than the rule meant (a value that itself holds a
 * backtick) change only which parts are code, never what the comment can contain.
 */
export function messageMarkdown(message: string, where: MarkdownContext): string {
  return oneLine(message)
    .split(/(`[^`]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? codeSpan(part.slice(1, -1), where) : plainText(part)))
    .join('');
}

/**
 * A link destination from rule metadata (already limited to http and https): characters that would end the destination,
 * start a title, or end a table cell are percent-encoded.
 */
export function linkDestination(url: string): string {
  return url.replace(/[\s()<>|\\`"']/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
