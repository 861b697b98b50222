// Tests of the ambiguity rule for one-word aliases and of the common-word list behind it.
import { describe, expect, it } from 'vitest';
import { isAmbiguousWord } from '../../utils/match/ambiguity';
import { commonWordList, isCommonWord } from '../../utils/match/common-words';

describe('isAmbiguousWord', () => {
  it.each([
    ['Mash', false, true],
    ['Baza', false, true],
    ['Apple', false, true],
    ['apple', false, true],
    ['Corps', false, true],
    ['Times', false, true],
    ['X', false, true],
    ['Я', false, true],
    ['WHO', true, true],
    ['WHO', false, false],
    ['RVC', false, false],
    ['FSB', true, false],
    ['Putin', false, false],
    ['Meduza', false, false],
    ['Путин', false, false],
    ['iPhone', false, false],
  ])('%s (case-insensitive: %s) → %s', (word, caseInsensitive, ambiguous) => {
    expect(isAmbiguousWord(word, caseInsensitive)).toBe(ambiguous);
  });
});

describe('common words', () => {
  it('holds a few thousand lower-case words', () => {
    const list = commonWordList();
    expect(list.length).toBeGreaterThan(3000);
    expect(list.every((word) => word === word.toLowerCase() && /^\p{L}+$/u.test(word))).toBe(true);
  });

  it.each([
    ['house', true],
    ['houses', true],
    ['companies', true],
    ['boxes', true],
    ['putin', false],
    ['meduza', false],
    ['gladkov', false],
  ])('%s → %s', (word, common) => {
    expect(isCommonWord(word)).toBe(common);
  });
});
