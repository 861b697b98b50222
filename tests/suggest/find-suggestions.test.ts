// Table-driven tests for the suggestion rules, with the real compromise instance: each case
// names the rule it exercises, and negative cases check that the rule does not over-reach.

import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findSuggestions, type Suggestion } from '../../utils/suggest/index.ts';

function suggest(text: string, options = {}): Suggestion[] {
  return findSuggestions(nlp, text, options);
}

function names(text: string): string[] {
  return suggest(text)
    .map((suggestion) => `${suggestion.type}:${suggestion.name}`)
    .sort();
}

describe('person cues', () => {
  it.each([
    ['title before', 'The talks ended when Mr Kowalczyk left the room.', 'person:Kowalczyk'],
    [
      'abbreviated title',
      'The plan was approved by Gen. Oleksandr Syrsky on Monday.',
      'person:Oleksandr Syrsky',
    ],
    ['two-word title', 'The visit of Prime Minister Petteri Orpo was short.', 'person:Petteri Orpo'],
    ['capitalised title inside a run', 'Zimbabwe President Tendai Mabhena spoke.', 'person:Tendai Mabhena'],
    [
      'role noun with comma',
      "The region's governor, Vyacheslav Gladkov said it was calm.",
      'person:Vyacheslav Gladkov',
    ],
    ['role noun before', 'Our colleague Dagny Ohrvik tried the device.', 'person:Dagny Ohrvik'],
    [
      'apposition after a role noun, repeated',
      'His wife, Kaiarahi, 10, and Kaiarahi again.',
      'person:Kaiarahi',
    ],
    ['age after', 'A man, Tuomas Rekola, 41, was arrested.', 'person:Tuomas Rekola'],
    [
      'speech verb after a two-word name',
      'Across town, Harlan Pettibone said the vote was close.',
      'person:Harlan Pettibone',
    ],
    [
      'first name in the lexicon',
      'The report was written by Margaret Okonkwo last year.',
      'person:Margaret Okonkwo',
    ],
    ['byline line', 'By Alex Quorrin\nThe market fell sharply today.', 'person:Alex Quorrin'],
  ])('%s', (_rule, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    ['a single unknown word without a cue', 'The deal with Quorbex was signed yesterday.'],
    ['a speech verb after a single unknown word', 'In the end Quorbex said nothing.'],
    [
      'a role noun without comma before a single word, twice',
      'An optometrist Quorbex had. An optometrist Quorbex left.',
    ],
  ])('not %s', (_rule, text) => {
    expect(suggest(text)).toEqual([]);
  });
});

describe('organisation cues', () => {
  it.each([
    [
      'head word at the end',
      'Fighters of the Freedom of Russia Legion crossed the border.',
      'organization:Freedom of Russia Legion',
    ],
    [
      'head word at the start',
      'Figures from the Ministry of Fisheries were cited.',
      'organization:Ministry of Fisheries',
    ],
    ['company suffix', 'Shares in Vantorq Holdings rose.', 'organization:Vantorq Holdings'],
    ['compromise lexicon', 'The figures were first reported by Reuters and the BBC.', 'organization:BBC'],
    ['organisation word after', 'Members of the Quenta Brava group were seen.', 'organization:Quenta Brava'],
    [
      'organisation word before',
      'The news outlet Meduza reported it first, and Meduza was right.',
      'organization:Meduza',
    ],
    [
      'a verb then "its" after',
      'Then Quorbex shipped its first phone, and Quorbex sold out.',
      'organization:Quorbex',
    ],
    [
      'possessive then a company word',
      "Vantrell's shareholders sold as Vantrell's stock fell.",
      'organization:Vantrell',
    ],
    [
      'connector and after of/on',
      'The Joint Committee on Intelligence and Security met.',
      'organization:Joint Committee on Intelligence and Security',
    ],
  ])('%s', (_rule, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it('splits names joined by "and" when no head word holds them together', () => {
    expect(names('Officials in Bryansk and Belgorod said nothing, Vasily Orlov said.')).toEqual([
      'person:Vasily Orlov',
    ]);
  });
});

describe('merging short forms', () => {
  it('merges a surname into the full name', () => {
    const text = 'Vyacheslav Gladkov said it was calm. Later Gladkov changed his mind, and Gladkov left.';
    const [first, ...rest] = suggest(text);
    expect(rest).toEqual([]);
    expect(first?.name).toBe('Vyacheslav Gladkov');
    expect(first?.count).toBe(3);
  });

  it('merges an acronym defined in brackets', () => {
    const text = 'The Russian Volunteer Corps (RVC) posted a video. The RVC says it fights alone.';
    const found = suggest(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe('Russian Volunteer Corps');
    expect(found[0]?.count).toBe(3);
  });

  it('merges an organisation named without its head word', () => {
    const found = suggest('Yahoo kept its stake in Qorvane Group. Qorvane says it will not sell.');
    expect(found.map((s) => [s.name, s.count])).toContainEqual(['Qorvane Group', 2]);
  });

  it('does not merge a place that starts an organisation name', () => {
    const found = suggest('The New Zealand Department of Conservation said whales stranded in New Zealand.');
    expect(found.map((s) => s.name)).toEqual(['New Zealand Department of Conservation']);
    expect(found[0]?.count).toBe(1);
  });

  it('does not merge a common word that is also a first name', () => {
    const text = 'Opposition Leader Bill Shorten spoke. The Bill will be debated, he said of the Bill.';
    const found = suggest(text);
    expect(found.map((s) => [s.name, s.count])).toEqual([['Bill Shorten', 1]]);
  });
});

describe('filters', () => {
  it.each([
    ['sentence-initial common word', 'Sirens could be heard. Fighters were seen in the area.'],
    ['days and months', 'On Saturday the talks resumed. In February nothing happened on Monday.'],
    ['places', 'Troops moved from Ukraine into Russia and on to Kenya and Khartoum.'],
    ['demonyms', 'Russian and Ukrainian officials met Zimbabwean ones.'],
    ['page furniture', 'Advertisement\nContinue reading the main story\nShare this page'],
    ['title-case headings', 'Yahoo Sale Leaves Quorvel Shareholders With Little Say\nThe sale was quick.'],
    ['all-caps lines', 'QUORVEL BRANDT IS THE NETWORK POLITICAL EDITOR\nThe sale was quick.'],
  ])('%s', (_rule, text) => {
    expect(suggest(text)).toEqual([]);
  });

  it('trusts a heading only for organisations compromise knows', () => {
    expect(names('Share on Facebook\nShare on Quorbex')).toEqual(['organization:Facebook']);
  });

  it('counts a name in a heading once the running text has introduced it', () => {
    const text = 'Grading Marissa Okafor Plans\nThe chief executive, Marissa Okafor, resigned.';
    const found = suggest(text);
    expect(found[0]?.name).toBe('Marissa Okafor');
    expect(found[0]?.count).toBe(2);
  });
});

describe('options', () => {
  const text = 'Mr Obama met Vyacheslav Gladkov. Gladkov said little.';

  it('never suggests inside or across a covered span', () => {
    const start = text.indexOf('Vyacheslav');
    const found = suggest(text, { covered: [{ start, end: start + 'Vyacheslav Gladkov'.length }] });
    expect(found.map((s) => s.name)).toEqual(['Obama']);
  });

  it('never suggests a rejected name', () => {
    expect(suggest(text, { rejected: new Set(['vyacheslav gladkov']) }).map((s) => s.name)).toEqual([
      'Obama',
    ]);
    expect(suggest(text, { rejected: new Set(['obama']) }).map((s) => s.name)).toEqual([
      'Vyacheslav Gladkov',
    ]);
  });
});

describe('offsets and sentences', () => {
  it('gives sorted, non-overlapping offsets into the original text', () => {
    const text =
      '  “Quote,” he said.\n\nThe governor, Vyacheslav Gladkov said it. Gladkov’s aides agreed; Gladkov left.';
    const [found] = suggest(text);
    expect(found?.occurrences.map(({ start, end }) => text.slice(start, end))).toEqual([
      'Vyacheslav Gladkov',
      'Gladkov',
      'Gladkov',
    ]);
    const starts = found?.occurrences.map((o) => o.start) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('handles text outside the Basic Multilingual Plane before the name', () => {
    const text = '🙂🙂 The minister, Hori Parata, 75, spoke.';
    const [found] = suggest(text);
    const occurrence = found?.occurrences[0];
    expect(occurrence && text.slice(occurrence.start, occurrence.end)).toBe('Hori Parata');
  });

  it('returns the trimmed sentence of the first occurrence', () => {
    const text = 'First sentence here. Then Mr. Reeves arrived late.  Mr. Reeves left.';
    expect(suggest(text)[0]?.sentence).toBe('Then Mr. Reeves arrived late.');
  });

  it('cuts a long sentence to 300 characters around the name', () => {
    const filler = 'and the long day went on '.repeat(20);
    const text = `It began ${filler} until Mr Kowalczyk arrived ${filler} at last.`;
    const sentence = suggest(text)[0]?.sentence ?? '';
    expect(sentence.length).toBeLessThanOrEqual(300);
    expect(sentence).toContain('Mr Kowalczyk');
  });
});
