import { describe, expect, it } from 'vitest';
import { removeListItem, removeStatement, type Range } from '../../src/util/text-edit.js';

/** Removes item `index` (given by its exact text) of the object literal in `text`. */
function remove(text: string, keys: string[], index: number, comments: Range[] = [], open = '{', close = '}'): string {
  const items = keys.map((key) => [text.indexOf(key), text.indexOf(key) + key.length] as Range);
  const brackets: Range = [text.indexOf(open), text.lastIndexOf(close) + 1];
  const edits = removeListItem({ text, items, comments, brackets }, index);
  if (!edits) return text;
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    result = result.slice(0, edit.range[0]) + edit.text + result.slice(edit.range[1]);
  }
  return result;
}

describe('removeListItem', () => {
  it('takes the parentheses around an array element with it, and finds the comma after them', () => {
    expect(remove('[({ a: 1 }), { b: 2 }]', ['{ a: 1 }', '{ b: 2 }'], 0, [], '[', ']')).toBe('[{ b: 2 }]');
    expect(remove('[x, (( y ))]', ['x', 'y'], 1, [], '[', ']')).toBe('[x]');
    expect(remove('[(x), y]', ['x', 'y'], 1, [], '[', ']')).toBe('[(x)]');
  });

  it('takes a whole line with its line break, LF or CRLF', () => {
    expect(remove('{\n  a: 1,\n  b: 2,\n}', ['a: 1', 'b: 2'], 0)).toBe('{\n  b: 2,\n}');
    expect(remove('{\r\n  a: 1,\r\n  b: 2,\r\n}', ['a: 1', 'b: 2'], 0)).toBe('{\r\n  b: 2,\r\n}');
  });

  it('removes the preceding comma for a last item without a trailing comma', () => {
    expect(remove('{ a: 1, b: 2 }', ['a: 1', 'b: 2'], 1)).toBe('{ a: 1 }');
  });

  it('takes the comment that trails the removed item on its line', () => {
    const text = '{\n  a: 1, // why\n  b: 2,\n}';
    const comment: Range = [text.indexOf('//'), text.indexOf('\n', text.indexOf('//'))];
    expect(remove(text, ['a: 1', 'b: 2'], 0, [comment])).toBe('{\n  b: 2,\n}');
  });

  it('takes the comments inside the removed item, keeps the ones on their own lines', () => {
    const text = '{\n  // about a\n  a: /* one */ 1,\n  b: 2,\n}';
    const comments: Range[] = [
      [text.indexOf('// about'), text.indexOf('\n', text.indexOf('// about'))],
      [text.indexOf('/* one */'), text.indexOf('/* one */') + 9],
    ];
    expect(remove(text, ['a: /* one */ 1', 'b: 2'], 0, comments)).toBe('{\n  // about a\n  b: 2,\n}');
  });

  it('keeps a trailing comment when the removed item shares its line with an item that stays', () => {
    const text = '{\n  a: 1, b: 2, // about a and b\n}';
    const comment: Range = [text.indexOf('//'), text.indexOf('\n', text.indexOf('//'))];
    expect(remove(text, ['a: 1', 'b: 2'], 1, [comment])).toBe('{\n  a: 1, // about a and b\n}');
  });

  it('takes the comment trailing the last item, which would otherwise trail the item before it', () => {
    const text = '{\n  a: 1,\n  b: 2 // about b\n}';
    const comment: Range = [text.indexOf('//'), text.indexOf('\n', text.indexOf('//'))];
    expect(remove(text, ['a: 1', 'b: 2'], 1, [comment])).toBe('{\n  a: 1\n}');
  });

  it('keeps a comment that leads the next item on the same line', () => {
    const text = '{ a: 1, /* b */ b: 2 }';
    const comment: Range = [text.indexOf('/*'), text.indexOf('*/') + 2];
    expect(remove(text, ['a: 1', 'b: 2'], 0, [comment])).toBe('{ /* b */ b: 2 }');
  });

  it('stays linear on one long line', () => {
    const keys = Array.from({ length: 20_000 }, (_, index) => `k${index}: ${index}`);
    const text = `{ ${keys.join(', ')} }`;
    const started = performance.now();
    const items = keys.reduce<Range[]>((ranges, key) => {
      const start = ranges.length === 0 ? 2 : ranges[ranges.length - 1]![1] + 2;
      ranges.push([start, start + key.length]);
      return ranges;
    }, []);
    for (let index = 0; index < items.length; index++) removeListItem({ text, items, comments: [], brackets: [0, text.length] }, index);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

/** Removes the statement given by its exact text. */
function removeIn(text: string, statement: string): string {
  const start = text.indexOf(statement);
  const comments: Range[] = [];
  for (const match of text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)) comments.push([match.index, match.index + match[0].length]);
  const edit = removeStatement(text, comments, [start, start + statement.length]);
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

describe('removeStatement', () => {
  it('takes the whole line, with a comment that trails the statement', () => {
    expect(removeIn('a();\ncfg.x = 1; // why\nb();\n', 'cfg.x = 1;')).toBe('a();\nb();\n');
  });

  it('keeps a comment on its own line above the statement', () => {
    expect(removeIn('a();\n// why\ncfg.x = 1;\nb();\n', 'cfg.x = 1;')).toBe('a();\n// why\nb();\n');
  });

  it.each([
    ['(', 'a()\ncfg.x = 1;\n(async () => {})()\n'],
    ['[', 'a()\ncfg.x = 1;\n[1, 2].forEach(run)\n'],
    ['`', 'a()\ncfg.x = 1;\n`x`.split("")\n'],
    ['-', 'let n = a\ncfg.x = 1;\n-n\n'],
    ['/', 'let n = a\ncfg.x = 1;\n/x/.test(n)\n'],
    ['( after a comment', 'a()\ncfg.x = 1;\n/* go */ (run)()\n'],
  ])('keeps a `;` where the next line starts with %s and the previous line has none', (_, text) => {
    const result = removeIn(text, 'cfg.x = 1;');
    expect(result).toBe(text.replace('cfg.x = 1;', ';'));
  });

  it('drops the `;` when the previous statement ends with one, or a block opens before', () => {
    expect(removeIn('a();\ncfg.x = 1;\n(run)()\n', 'cfg.x = 1;')).toBe('a();\n(run)()\n');
    expect(removeIn('function f() {\n  cfg.x = 1;\n  (run)()\n}\n', 'cfg.x = 1;')).toBe('function f() {\n  (run)()\n}\n');
    expect(removeIn('cfg.x = 1;\n(run)()\n', 'cfg.x = 1;')).toBe('(run)()\n');
  });

  it('keeps a `;` before a string statement, which would become a directive', () => {
    expect(removeIn("cfg.x = 1;\n'use strict';\n", 'cfg.x = 1;')).toBe(";\n'use strict';\n");
  });
});
