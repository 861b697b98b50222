import { describe, expect, it } from 'vitest';
import { changedWindow, keepOutside, mergeSuggestions } from '../../utils/page/changes';
import type { Suggestion } from '../../utils/suggest/index';

describe('changedWindow', () => {
  it('is null when nothing changed', () => {
    expect(changedWindow('a\nb\n', 'a\nb\n')).toBeNull();
  });

  it.each([
    ['a block appended', 'One.\nTwo.\n', 'One.\nTwo.\nThree.\n', 'Three.\n'],
    ['a block inserted in the middle', 'One.\nThree.\n', 'One.\nTwo.\nThree.\n', 'Two.\nThree.'],
    ['a word changed inside a block', 'One.\nTwo old.\nEnd.\n', 'One.\nTwo new.\nEnd.\n', 'Two new.'],
    ['a block removed', 'One.\nTwo.\nThree.\n', 'One.\nThree.\n', 'Three.'],
    ['the first block changed', 'Old.\nSame.\n', 'New one.\nSame.\n', 'New one.'],
  ])('%s: only whole changed blocks are searched again', (_name, before, after, searched) => {
    const window = changedWindow(before, after);
    expect(window).not.toBeNull();
    if (!window) return;
    expect(after.slice(window.start, window.end)).toBe(searched);
    expect(after.slice(0, window.start)).toBe(before.slice(0, window.start));
    expect(after.slice(window.end)).toBe(before.slice(window.oldEnd));
    expect(window.delta).toBe(after.length - before.length);
    expect(window.start === 0 || after[window.start - 1] === '\n').toBe(true);
  });

  it('always covers every changed character, on block edges', () => {
    const before = 'Alpha beta.\nGamma delta.\nEpsilon.\n';
    const after = 'Alpha beta.\nGamma Vladimir Putin delta.\nEpsilon.\n';
    const window = changedWindow(before, after);
    expect(window).not.toBeNull();
    if (!window) return;
    expect(after.slice(window.start, window.end)).toBe('Gamma Vladimir Putin delta.');
    expect(after.slice(0, window.start)).toBe(before.slice(0, window.start));
    expect(after.slice(window.end)).toBe(before.slice(window.oldEnd));
  });
});

const suggestion = (name: string, occurrences: [number, number][]): Suggestion => ({
  name,
  type: 'person',
  count: occurrences.length,
  occurrences: occurrences.map(([start, end]) => ({ start, end })),
  sentence: '',
});

describe('keepOutside and mergeSuggestions', () => {
  it('keeps occurrences before the change, shifts those after it, drops those inside', () => {
    const window = { start: 10, end: 30, oldEnd: 20, delta: 10 };
    const kept = keepOutside(
      [
        suggestion('A', [
          [0, 5],
          [12, 15],
          [25, 28],
        ]),
        suggestion('B', [[14, 16]]),
      ],
      window,
    );
    expect(kept).toEqual([
      {
        ...suggestion('A', [
          [0, 5],
          [35, 38],
        ]),
      },
    ]);
    const merged = mergeSuggestions(kept, [suggestion('A', [[2, 3]]), suggestion('C', [[4, 6]])], 10);
    expect(merged.map((item) => [item.name, item.count, item.occurrences.map((o) => o.start)])).toEqual([
      ['A', 3, [0, 12, 35]],
      ['C', 1, [14]],
    ]);
  });
});
