// Weighs the cues of a group of candidates with the same name into a person score and an
// organisation score, and rules out what is not a name at all (places, dates, demonyms, page
// furniture). Thresholds: a single word needs strong evidence, a longer name less.

import type { Candidate } from './candidates.ts';
import { isNotAName, isOrgHead } from './candidates.ts';
import { FIRST_NAME_TAGS, FURNITURE, NAME_TAGS, PLACE_TAGS, SINGLE_WORD_INSTITUTIONS } from './cue-words.ts';
import type { WordLists } from './lexicon.ts';

export type EntityKind = 'person' | 'organization';

/** Candidates that share a name (same words, case aside). */
export interface NameGroup {
  key: string;
  words: string[];
  candidates: Candidate[];
  /** compromise's reading of the sentences, where it was asked. */
  vote?: EntityKind;
  /** The last word also stands alone on the page (`Gladkov` after `Vyacheslav Gladkov`). */
  echoed?: boolean;
}

export interface Verdict {
  person: number;
  org: number;
  /** Not a name whatever the cues say. */
  blocked: boolean;
}

function hasAny(tags: readonly string[], wanted: ReadonlySet<string>): boolean {
  return tags.some((tag) => wanted.has(tag));
}

/** Ruled out: places, dates, demonyms, furniture, single common words. */
export function isBlocked(lists: WordLists, group: NameGroup, lowerWords: ReadonlySet<string>): boolean {
  const { words } = group;
  const phraseTags = lists.tags(group.key);
  if (hasAny(phraseTags, PLACE_TAGS) && !hasAny(phraseTags, NAME_TAGS)) return true;
  if (words.every((word) => FURNITURE.has(word) || isNotAName(lists, word))) return true;
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && lists.placeWords.has(last) && !isOrgHead(lists, last)) return true;
  if (words.length === 1) {
    const word = words[0] ?? '';
    if (FURNITURE.has(word) || isNotAName(lists, word)) return true;
    const tags = lists.tags(word);
    const nameLike = hasAny(tags, NAME_TAGS);
    if (lowerWords.has(word) && !tags.includes('Organization')) return true;
    if (tags.length > 0 && !nameLike && !SINGLE_WORD_INSTITUTIONS.has(word)) return true;
    if (/^\d/u.test(word)) return true;
  }
  return false;
}

export function weigh(lists: WordLists, group: NameGroup, lowerWords: ReadonlySet<string>): Verdict {
  const { words, candidates } = group;
  const single = words.length === 1;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const some = (test: (candidate: Candidate) => boolean) => candidates.some(test);
  let person = 0;
  let org = 0;
  if (some((c) => c.cues.title)) person += 3;
  if (some((c) => c.cues.byline)) person += 3;
  // Before a single word a role noun is often something else (`an optometrist Apple had`):
  // it counts fully only as an apposition or with a known first name.
  const firstName = hasAny(lists.tags(first), FIRST_NAME_TAGS);
  if (some((c) => c.cues.role))
    person += !single ? 2 : firstName ? 3 : some((c) => c.cues.apposition) ? 2 : 1;
  if (some((c) => c.cues.age)) person += 2;
  if (some((c) => c.cues.speech)) person += 1;
  const phraseTags = lists.tags(group.key);
  if (phraseTags.includes('Person')) person += 2;
  if (!single && hasAny(lists.tags(first), FIRST_NAME_TAGS) && !lowerWords.has(first)) person += 2;
  if (lists.tags(last).includes('LastName')) person += 1;
  const headed = words.some((word) => isOrgHead(lists, word));
  if (!single && words.length <= 3 && group.echoed && !headed) person += 1.5;

  const heads = single ? SINGLE_WORD_INSTITUTIONS.has(first) : headed;
  if (heads) org += 3;
  if (phraseTags.includes('Organization') || phraseTags.includes('SportsTeam')) org += 3;
  if (some((c) => c.cues.orgContext)) org += 2;
  if (some((c) => c.cues.acronym !== undefined)) org += 2;
  if (some((c) => c.cues.creditAgency)) org += 2;
  if (group.vote === 'person') person += 1.5;
  if (group.vote === 'organization') org += 1.5;
  return { person, org, blocked: isBlocked(lists, group, lowerWords) };
}

/** The kind a verdict supports, or null when the evidence is too thin. */
export function decide(group: NameGroup, verdict: Verdict): EntityKind | null {
  if (verdict.blocked) return null;
  const best = Math.max(verdict.person, verdict.org);
  const count = group.candidates.filter((candidate) => !candidate.weak).length;
  const single = group.words.length === 1;
  const enough = single ? best >= 3 || (best >= 2 && count >= 2) : best >= 1.5;
  if (!enough) return null;
  return verdict.person > verdict.org ? 'person' : 'organization';
}
