// compromise's own reading as one vote: its `.people()` and `.organizations()` on just the
// sentences where undecided names occur, cut to a window around the name and at most two per
// name: tagging whole pages is too slow for the budget (~65 ms per 10 KB).

import type { EntityKind, NameGroup } from './evidence.ts';
import type { Nlp } from './lexicon.ts';
import { sentenceBounds } from '../sentence.ts';

const MAX_PER_NAME = 2;
/** Characters of context either side of a name: enough for compromise's local patterns. */
const WINDOW = 80;

function normalise(found: string): string {
  return found
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}&.'’ -]+/gu, ' ')
    .replace(/[.,;:!?]+(?=\s|$)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Sets `vote` on each group that compromise reads as a person or an organisation. */
export function voteWithCompromise(instance: Nlp, text: string, groups: readonly NameGroup[]): void {
  if (groups.length === 0) return;
  const sentences = new Map<number, string>();
  for (const group of groups) {
    let asked = 0;
    for (const candidate of group.candidates) {
      if (candidate.weak || asked >= MAX_PER_NAME) continue;
      asked += 1;
      const bounds = sentenceBounds(text, candidate.start);
      const start = Math.max(bounds.start, candidate.start - WINDOW);
      const end = Math.min(bounds.end, candidate.end + WINDOW);
      if (!sentences.has(start)) sentences.set(start, text.slice(start, end).trim());
    }
  }
  const doc = instance([...sentences.values()].join('\n'));
  const people = doc.people().out('array') as unknown;
  const organisations = doc.organizations().out('array') as unknown;
  const asList = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string').map(normalise)
      : [];
  const personTexts = asList(people);
  const orgTexts = asList(organisations);
  for (const group of groups) {
    const key = group.words.join(' ');
    const personHits = personTexts.filter((found) => containsWords(found, key)).length;
    const orgHits = orgTexts.filter((found) => containsWords(found, key)).length;
    let vote: EntityKind | undefined;
    if (personHits > orgHits) vote = 'person';
    else if (orgHits > 0) vote = 'organization';
    if (vote) group.vote = vote;
  }
}
