import { describe, expect, it } from 'vitest';
import { locateNameOccurrences } from '../../src/locate/name-occurrences.js';
import { locateIn } from '../helpers/locate.js';

const pattern = /secret_name/;
const found = (code: string) =>
  locateIn(code, (sourceCode) => locateNameOccurrences(sourceCode, pattern)).map(
    (occurrence) => `${occurrence.form}:${occurrence.text}:${occurrence.holder ?? '-'}${occurrence.shorthand ? ':shorthand' : ''}`,
  );

describe('locateNameOccurrences', () => {
  it('finds strings, template chunks, property reads, destructured keys and object keys, with what they are read from', () => {
    const code = [
      "const a = 'x secret_name y';",
      'const b = `pre ${a} secret_name`;',
      'const c = event.debugData.secret_name;',
      "const d = event?.debugData?.['secret_name'];",
      'const e = debugData[`secret_name`];',
      'const { secret_name } = log.debugContext.debugData;',
      'const { debugData: { secret_name: f } } = log.debugContext;',
      'const g = { detailEntry: { secret_name: 1 } };',
    ].join('\n');
    expect(found(code)).toEqual([
      'string:x secret_name y:-',
      'string: secret_name:-',
      'property:secret_name:debugData',
      'string:secret_name:debugData',
      'string:secret_name:debugData',
      'property:secret_name:debugData:shorthand',
      'property:secret_name:debugData',
      'property:secret_name:detailEntry',
    ]);
  });

  it('leaves out variable names, comments and strings without the name', () => {
    const code = ['// secret_name', 'const secret_name = 1;', "const other = 'plain';", 'function use(secret_name) { return secret_name; }'].join('\n');
    expect(found(code)).toEqual([]);
  });

  it('returns the same array for the same file and pattern', () => {
    const [first, second] = locateIn("const a = 'secret_name';", (sourceCode) => [locateNameOccurrences(sourceCode, pattern), locateNameOccurrences(sourceCode, pattern)]);
    expect(second).toBe(first);
  });
});
