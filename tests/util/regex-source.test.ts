import { describe, expect, it } from 'vitest';
import { readRegex } from '../../src/util/regex-source.js';
import { Random } from '../fuzz/random.js';

/**
 * The reader answers as the engine would, for the patterns it understands, and in linear time for every pattern.
 * (The engine runs here on the test's own patterns, to compare; the plugin never hands linted code to it.)
 */

function matches(source: string, flags: string, text: string): boolean | undefined {
  return readRegex(source, flags)?.test(text);
}

describe('readRegex', () => {
  it.each([
    ['security key or biometric', 'i', 'Security Key or Biometric Authenticator', true],
    ['security key or biometric', '', 'Security Key or Biometric Authenticator', false],
    ['^passkeys?$', 'i', 'Passkeys', true],
    ['^passkeys?$', 'i', 'Passkeys (FIDO2 WebAuthn)', false],
    ['fido2|security key', 'i', 'FIDO2 (WebAuthn)', true],
    ['FIDO2 \\(WebAuthn\\)', '', 'FIDO2 (WebAuthn)', true],
    ['^(?:set up|verify with) a passkey$', 'i', 'Verify with a passkey', true],
    ['^(?<verb>set up) a passkey$', 'i', 'Set up a passkey', true],
    ['\\bkey\\b', '', 'Security Key', false],
    ['\\bKey\\b', '', 'Security Key', true],
    ['[A-Z]\\w+ [a-z]{2} ', '', 'Security Key or Biometric', true],
    ['[^a-z ]{5}', '', 'FIDO2 (WebAuthn)', true],
    ['pass.?key', 'i', 'Passkey', true],
    ['^a$', 'm', 'b\na', true],
    ['a.b', '', 'a\nb', false],
    ['a.b', 's', 'a\nb', true],
    ['x{2,3}', '', 'axxb', true],
    ['x{3,}', '', 'axxb', false],
    ['', '', 'anything', true],
  ])('/%s/%s on %j is %s', (source, flags, text, expected) => {
    expect(matches(source, flags, text)).toBe(expected);
  });

  it.each([
    ['(a)\\1', 'a backreference'],
    ['a(?=b)', 'a lookahead'],
    ['(?<!a)b', 'a lookbehind'],
    ['\\p{L}', 'a Unicode property'],
    ['(a', 'an unclosed group'],
    ['a**', 'a quantifier on nothing'],
    ['[a', 'an unclosed class'],
    [`${'('.repeat(60)}a${')'.repeat(60)}`, 'groups nested beyond the cap'],
    ['a'.repeat(1001), 'a source beyond the cap'],
  ])('does not answer for %s (%s)', (source) => {
    expect(readRegex(source, '')).toBeUndefined();
  });

  it('answers as the engine does, on 3,000 generated patterns and texts', () => {
    const pieces = ['a', 'b', 'A', ' ', '.', '\\w', '\\d', '\\s', '\\b', '[ab]', '[^a]', '[a-c]', '(a|b)', '(?:ab)?', 'a*', 'b+', 'a?', 'a{1,2}', '^', '$', '|', '(a|)', 'x'];
    const random = new Random(11);
    const differences: string[] = [];
    for (let count = 0; count < 3000; count++) {
      let source = '';
      for (let length = random.int(1, 6); length > 0; length--) source += random.pick(pieces);
      const flags = random.pick(['i', 'm', '', '']);
      let text = '';
      for (let length = random.int(0, 7); length > 0; length--) text += random.pick([...'abAxB 1\n']);
      let engine: RegExp;
      try {
        engine = new RegExp(source, flags);
      } catch {
        continue;
      }
      const read = readRegex(source, flags);
      if (!read) {
        differences.push(`/${source}/${flags}: not read`);
        continue;
      }
      if (read.test(text) !== engine.test(text)) differences.push(`/${source}/${flags} on ${JSON.stringify(text)}`);
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });

  it('takes linear time on the patterns that make the engine backtrack for ever', () => {
    const started = performance.now();
    expect(matches('^(a|(\\w|\\w)*|\\s)*!$', 'i', 'Security Key or Biometric Authenticator'.repeat(20))).toBe(false);
    expect(matches('^(passkey|(\\w|\\w)*|\\s)*!$', 'i', 'Verify with Security Key or Biometric Authenticator')).toBe(false);
    expect(matches('(x+x+)+y', '', 'x'.repeat(2000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
