// The JSON error locator agrees with JSON.parse on what is valid, and says where it breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonErrorOffset, lineAndColumn, parseJson } from '../../utils/pack-json';

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', null],
    ['{"a": }', 6],
    ['[1, 2,]', 6],
    ['{"a": tru}', 9],
    ['"\\x"', 2],
    ['01', 1],
    ['{} x', 3],
    ['', 0],
  ])('%j → %s', (text, offset) => {
    expect(findJsonErrorOffset(text)).toBe(offset);
  });

  it('finds no error exactly when JSON.parse accepts the text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => findJsonErrorOffset(text) === null),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => (findJsonErrorOffset(text) === null) === isJson(text)),
      { numRuns: 500 },
    );
  });
});

describe('parseJson', () => {
  it('ignores a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
