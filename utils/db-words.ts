// Words for search: names, aliases and note text folded (lower case, no diacritics) and cut
// into words, stored with each record under a multi-entry index so that a query is a prefix
// range over that index rather than a scan of every record.
import type { Entity } from './model';

/** Longest word kept (longer ones are cut): keeps index keys small. */
const MAX_WORD = 40;
/** Most distinct words indexed per note: a long note is still found by its first words. */
const MAX_NOTE_WORDS = 400;

/** Lower case without diacritics, as the index holds it. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en');
}

/** The folded words of a text, in order, with repeats. */
export function splitWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => word.slice(0, MAX_WORD));
}

/** The distinct words of an entity's name and aliases. */
export function searchWords(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  const words = new Set<string>();
  for (const text of [entity.name, ...entity.aliases.map((alias) => alias.text)]) {
    for (const word of splitWords(text)) words.add(word);
  }
  return [...words];
}

/** The distinct words of a note's text (two letters or more), at most MAX_NOTE_WORDS. */
export function textWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of splitWords(text)) {
    if (word.length < 2) continue;
    words.add(word);
    if (words.size >= MAX_NOTE_WORDS) break;
  }
  return [...words];
}

/** Whether every query word starts some word of `words`. */
export function matchesAllPrefixes(words: readonly string[], query: readonly string[]): boolean {
  return query.every((part) => words.some((word) => word.startsWith(part)));
}

/** The range of index keys starting with `prefix`. */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}
