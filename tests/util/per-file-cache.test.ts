import { describe, expect, it } from 'vitest';
import { cachedPerFile } from '../../src/util/per-file-cache.js';

describe('cachedPerFile', () => {
  it('computes once per file and key, and keeps files and keys apart (falsy answers included)', () => {
    let calls = 0;
    const lengthAbove = cachedPerFile((file: { text: string }, limit: number) => {
      calls++;
      return file.text.length > limit;
    });
    const a = { text: 'abc' };
    const b = { text: 'abcdef' };
    expect(lengthAbove(a, 4)).toBe(false);
    expect(lengthAbove(a, 4)).toBe(false);
    expect(calls).toBe(1);
    expect(lengthAbove(a, 1)).toBe(true);
    expect(lengthAbove(b, 4)).toBe(true);
    expect(calls).toBe(3);
  });
});
