// Properties that must hold on any text, and large inputs that a quadratic matcher would choke
// on. No timings are asserted: the benchmark (npm run bench) measures speed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dictionary, findMentions } from '../../utils/match';
import { entity, knowledgeBase } from './entities';

const dictionary = Dictionary.fromEntities(knowledgeBase);
const isWordChar = (ch: string) => /[\p{L}\p{N}\p{M}]/u.test(ch);

describe('findMentions on any text', () => {
  const pieces = fc.constantFrom(
    'Putin',
    'Vladimir',
    ' ',
    '\u00a0',
    '\u00ad',
    "'s",
    'Russian',
    'Volunteer',
    'Corps',
    '(RVC)',
    'RVC',
    'Zelénskyy',
    'é',
    '\u0301',
    '😀',
    'x',
    '.',
    '-',
  );

  it('returns sorted, non-overlapping mentions on word boundaries with matching quotes', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const mention of findMentions(text, dictionary)) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(text.slice(mention.start, mention.end)).toBe(mention.selector.exact);
          expect(text.slice(0, mention.start).endsWith(mention.selector.prefix)).toBe(true);
          expect(text.slice(mention.end).startsWith(mention.selector.suffix)).toBe(true);
          expect(isWordChar(text.charAt(mention.start - 1))).toBe(false);
          expect(isWordChar(text.charAt(mention.end))).toBe(false);
          previousEnd = mention.end;
        }
      }),
    );
  });
});

describe('large inputs', () => {
  it('scans 1 MB of accented words', () => {
    const words = ['Zelénskyy', 'Moskalëva', 'été', 'Ñuñoa', 'Ærøskøbing', 'Łódź', 'Straße'];
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 1_000_000; i++) {
      const word = words[i % words.length] ?? '';
      parts.push(word);
      length += word.length + 1;
    }
    const text = parts.join(' ');
    const mentions = findMentions(text, dictionary);
    expect(mentions.length).toBe(parts.filter((w) => w === 'Zelénskyy' || w === 'Moskalëva').length);
  });

  it('scans one 1 MB word and 1 MB of separators', () => {
    expect(findMentions('é'.repeat(1_000_000), dictionary)).toEqual([]);
    expect(findMentions(' -'.repeat(500_000), dictionary)).toEqual([]);
  });

  it('matches against many aliases sharing first words', () => {
    const entities = Array.from({ length: 2000 }, (_, i) =>
      entity(`e${i}`, 'person', `John Smith${i}`, [`John Smith${i} Junior`]),
    );
    const many = Dictionary.fromEntities(entities);
    const text = 'John Smith1999 Junior met John Smith7 and John Smith';
    expect(findMentions(text, many).map((m) => m.selector.exact)).toEqual([
      'John Smith1999 Junior',
      'John Smith7',
    ]);
  });
});
