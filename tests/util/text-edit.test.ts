import { describe, expect, it } from 'vitest';
import { removeListItem, type Range } from '../../src/util/text-edit.js';

/** Removes item `index` (given by its exact text) of the object literal in `text`. */
function remove(text: string, keys: string[], index: number, comments: Range[] = []): string {
  const items = keys.map((key) => [text.indexOf(key), text.indexOf(key) + key.length] as Range);
  const brackets: Range = [text.indexOf('{'), text.lastIndexOf('}') + 1];
  let result = text;
  for (const edit of [...removeListItem({ text, items, comments, brackets }, index)].sort((a, b) => b.range[0] - a.range[0])) {
    result = result.slice(0, edit.range[0]) + edit.text + result.slice(edit.range[1]);
  }
  return result;
}

describe('removeListItem', () => {
  it('takes a whole line with its line break, LF or CRLF', () => {
    expect(remove('{\n  a: 1,\n  b: 2,\n}', ['a: 1', 'b: 2'], 0)).toBe('{\n  b: 2,\n}');
    expect(remove('{\r\n  a: 1,\r\n  b: 2,\r\n}', ['a: 1', 'b: 2'], 0)).toBe('{\r\n  b: 2,\r\n}');
  });

  it('removes the preceding comma for a last item without a trailing comma', () => {
    expect(remove('{ a: 1, b: 2 }', ['a: 1', 'b: 2'], 1)).toBe('{ a: 1 }');
  });

  it('keeps a line comment on its own line', () => {
    const text = '{\n  a: 1, // why\n  b: 2,\n}';
    const comment: Range = [text.indexOf('//'), text.indexOf('\n', text.indexOf('//'))];
    expect(remove(text, ['a: 1', 'b: 2'], 0, [comment])).toBe('{\n  // why\n  b: 2,\n}');
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
