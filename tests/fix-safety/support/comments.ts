/**
 * Which comments a fix may take with it. A comment inside the code a fix removes goes with that code, and so does a
 * comment that trails removed code on the line where it ends (`registration: true, // show "Sign up"`). Every other
 * comment stays: one on a line of its own, one that leads or trails code that stays.
 */

export interface SourceComment {
  text: string;
  range: [number, number];
}

export interface Edit {
  range: [number, number];
  text: string;
}

/** The edit's range, narrowed to what it really changes (ESLint merges a multi-edit fix into one edit that copies the gaps). */
function changedRange(source: string, edit: Edit): [number, number] {
  const old = source.slice(edit.range[0], edit.range[1]);
  let prefix = 0;
  while (prefix < old.length && prefix < edit.text.length && old[prefix] === edit.text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < edit.text.length - prefix && old[old.length - 1 - suffix] === edit.text[edit.text.length - 1 - suffix]) suffix++;
  return [edit.range[0] + prefix, edit.range[1] - suffix];
}

/** Whether `[start, end)` of the source holds code: a character that is not white space and not in a comment. */
function hasCode(source: string, comments: readonly SourceComment[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (/\s/.test(source[index]!)) continue;
    const comment = comments.find((candidate) => candidate.range[0] <= index && index < candidate.range[1]);
    if (comment) {
      index = comment.range[1] - 1;
      continue;
    }
    return true;
  }
  return false;
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function endsLine(source: string, offset: number): boolean {
  const rest = /^[ \t]*(\r?\n|$)/.exec(source.slice(offset, offset + 200));
  return rest !== null;
}

/** The comment goes with code an edit removes: it lies inside that code, or trails it on its last line. */
function goesWithRemovedCode(source: string, comments: readonly SourceComment[], edits: readonly Edit[], comment: SourceComment): boolean {
  return edits.some((edit) => {
    const [start, end] = changedRange(source, edit);
    if (comment.range[0] < start || comment.range[1] > end) return false;
    const inside = hasCode(source, comments, start, comment.range[0]) && hasCode(source, comments, comment.range[1], end);
    const trailing = hasCode(source, comments, Math.max(start, lineStart(source, comment.range[0])), comment.range[0]) && endsLine(source, comment.range[1]);
    return inside || trailing;
  });
}

/**
 * The comments of the source that are missing after `edits` were applied (`after`: the comment texts of the result)
 * although no edit had the right to take them.
 */
export function wronglyDroppedComments(source: string, comments: readonly SourceComment[], edits: readonly Edit[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const text of after) left.set(text, (left.get(text) ?? 0) + 1);
  const missing = new Map<string, SourceComment[]>();
  for (const comment of comments) {
    const count = left.get(comment.text) ?? 0;
    if (count > 0) left.set(comment.text, count - 1);
    else missing.set(comment.text, [...(missing.get(comment.text) ?? []), comment]);
  }
  const wrong: string[] = [];
  for (const [text, gone] of missing) {
    // Same texts are interchangeable: as many of them must have had the right to go as went.
    const allowed = comments.filter((comment) => comment.text === text && goesWithRemovedCode(source, comments, edits, comment)).length;
    for (let index = allowed; index < gone.length; index++) wrong.push(text);
  }
  return wrong;
}
