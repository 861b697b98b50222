// A typed view of the word lists inside the compromise instance the caller passes in: its
// lexicon (first names, surnames, places, demonyms, dates, honorifics, role nouns, known
// organisations) and its organisation head words. Read once per instance, then plain look-ups,
// which is what keeps the suggestion pass fast (tagging whole pages with compromise is not).

import type nlp from 'compromise';

export type Nlp = typeof nlp;

export interface WordLists {
  /** compromise's tags for a lower-case word or phrase, if it is in the lexicon. */
  tags(word: string): readonly string[];
  /** Lower-case organisation head words known to compromise (`agency`, `corps`, …). */
  orgWords: ReadonlySet<string>;
  /** Lower-case place head words known to compromise (`island`, `beach`, …). */
  placeWords: ReadonlySet<string>;
}

const cache = new WeakMap<object, WordLists>();

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

const NO_TAGS: readonly string[] = [];

/** The word lists of `instance`, read from `nlp.world()`; empty lists if its shape changed. */
export function wordLists(instance: Nlp): WordLists {
  const cached = cache.get(instance);
  if (cached) return cached;
  const model = field(instance.world(), 'model');
  const lexicon = asRecord(field(field(model, 'one'), 'lexicon'));
  const two = field(model, 'two');
  const orgWords = new Set(Object.keys(asRecord(field(two, 'orgWords'))));
  const placeWords = new Set(Object.keys(asRecord(field(two, 'placeWords'))));
  const lists: WordLists = {
    tags(word) {
      const value = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
      if (typeof value === 'string') return [value];
      if (Array.isArray(value)) return value.filter((tag): tag is string => typeof tag === 'string');
      return NO_TAGS;
    },
    orgWords,
    placeWords,
  };
  cache.set(instance, lists);
  return lists;
}
