// Finds candidate names: runs of capitalised words (with name particles and organisation
// connectors inside), cut at titles and dates, stripped of sentence-initial common words, each
// with the cues read from the words right around it.

import {
  BYLINE_WORDS,
  CREDIT_WORDS,
  DATE_TAGS,
  NAME_PARTICLES,
  NAME_TAGS,
  NOT_A_NAME_TAGS,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_HEADS_ATTACHED,
  ORG_WORDS_AFTER,
  ORG_WORDS_BEFORE,
  PERSON_TITLE_PAIRS,
  PERSON_TITLES,
  ROLE_WORDS,
  SPEECH_VERBS,
} from './cue-words.ts';
import type { WordLists } from './lexicon.ts';
import type { LineKind } from './lines.ts';
import { adjacent, type Token } from './tokenize.ts';

/** What the words around one occurrence say about it. */
export interface Cues {
  /** A title before it (`Mr`, `President`, `Prime Minister`). */
  title: boolean;
  /** A role noun before it (`spokesman`, `governor,`). */
  role: boolean;
  /** The role noun is set off by a comma (`his wife, Sally,`): an apposition, a firmer cue. */
  apposition: boolean;
  /** First name on a `By …` line or a photo credit. */
  byline: boolean;
  /** A speech verb right before or after it. */
  speech: boolean;
  /** `Name, 75,`. */
  age: boolean;
  /** An organisation word right before or after it (`outlet X`, `X group`). */
  orgContext: boolean;
  /** After a `/` in a photo credit (agencies). */
  creditAgency: boolean;
  /** Right after `the`/`a`/`an`: people are rarely written so (`the Rift version`). */
  determiner: boolean;
  /** Acronym defined right after it: `Russian Volunteer Corps (RVC)`. */
  acronym?: string;
}

export interface Candidate {
  start: number;
  end: number;
  /** Token texts, lower-cased. */
  words: string[];
  /** Token texts as written. */
  written: string[];
  /** On a heading or all-caps line: may confirm a name, never introduce one. */
  weak: boolean;
  /** The first word starts a sentence. */
  sentenceStart: boolean;
  cues: Cues;
}

const FUNCTION_TAGS = new Set([
  'Preposition',
  'Determiner',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Modal',
  'Copula',
  'Adverb',
]);

/** `I’m`, `We’re`, `They’ve`: a pronoun and a verb, never part of a name. */
const CONTRACTION = /^\p{L}+['’](?:m|re|ve|ll|d)$/iu;

export interface CandidateContext {
  text: string;
  tokens: readonly Token[];
  lines: ReadonlyMap<number, LineKind>;
  lists: WordLists;
  /** Words that occur in lower case somewhere in the text (so are common words here). */
  lowerWords: ReadonlySet<string>;
}

function hasTag(lists: WordLists, word: string, tags: ReadonlySet<string>): boolean {
  return lists.tags(word).some((tag) => tags.has(tag));
}

export function isOrgHead(lists: WordLists, word: string): boolean {
  return ORG_HEADS.has(word) || lists.orgWords.has(word);
}

/** A common word when written in lower case: in the lexicon as such, or lower-case on this page. */
function isCommonWord(context: CandidateContext, token: Token): boolean {
  const { lists } = context;
  if (token.allCaps) return false;
  if (hasTag(lists, token.lower, NAME_TAGS)) return context.lowerWords.has(token.lower);
  if (context.lowerWords.has(token.lower)) return true;
  const tags = lists.tags(token.lower);
  return tags.length > 0;
}

function isConnector(token: Token): boolean {
  return !token.capitalised && (NAME_PARTICLES.has(token.lower) || ORG_CONNECTORS.has(token.lower));
}

/** Token index runs of capitalised words, joined by particles and connectors. */
function rawRuns(text: string, tokens: readonly Token[], lines: ReadonlyMap<number, LineKind>): number[][] {
  const runs: number[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first?.capitalised || lines.get(first.line) === 'shouting') {
      i += 1;
      continue;
    }
    const run = [i];
    let j = i;
    for (;;) {
      const current = tokens[j];
      const next = tokens[j + 1];
      if (!current || !next || current.possessive || next.line !== current.line) break;
      if (next.capitalised && text.slice(current.end, next.start) === ' & ') {
        run.push(j + 1);
        j += 1;
        continue;
      }
      if (!adjacent(text, current, next)) break;
      if (next.capitalised) {
        run.push(j + 1);
        j += 1;
        continue;
      }
      if (isConnector(next)) {
        let last = j + 1;
        const second = tokens[last + 1];
        if (
          ['of', 'for', 'on'].includes(next.lower) &&
          second?.lower === 'the' &&
          adjacent(text, next, second)
        ) {
          last += 1;
        }
        const lastToken = tokens[last];
        const after = tokens[last + 1];
        if (lastToken && after?.capitalised && adjacent(text, lastToken, after)) {
          for (let k = j + 1; k <= last + 1; k += 1) run.push(k);
          j = last + 1;
          continue;
        }
      }
      if (ORG_HEADS_ATTACHED.has(next.lower)) {
        run.push(j + 1);
        j += 1;
      }
      break;
    }
    runs.push(run);
    i = j + 1;
  }
  return runs;
}

interface Piece {
  indexes: number[];
  title: boolean;
}

/** Index of a title that starts at `k` (1 or 2 tokens long), or 0. */
function titleLength(tokens: readonly Token[], indexes: readonly number[], k: number): number {
  const token = tokens[indexes[k] ?? -1];
  if (!token) return 0;
  const next = tokens[indexes[k + 1] ?? -1];
  if (next && PERSON_TITLE_PAIRS.has(`${token.lower} ${next.lower}`)) return 2;
  return PERSON_TITLES.has(token.lower) ? 1 : 0;
}

/** Cuts a run at titles (the part after one gets the title cue) and at dates. */
function cutRun(context: CandidateContext, run: readonly number[]): Piece[] {
  const { tokens, lists } = context;
  const pieces: Piece[] = [];
  let current: number[] = [];
  let title = false;
  for (let k = 0; k < run.length; k += 1) {
    const index = run[k] ?? -1;
    const token = tokens[index];
    if (!token) continue;
    const length = token.capitalised ? titleLength(tokens, run, k) : 0;
    const rest = run.slice(k + length);
    const restHasHead = rest.some((i) => isOrgHead(lists, tokens[i]?.lower ?? ''));
    if (length > 0 && rest.length > 0 && !restHasHead) {
      if (current.length > 0) pieces.push({ indexes: current, title });
      current = [];
      title = true;
      k += length - 1;
      continue;
    }
    if (
      token.capitalised &&
      hasTag(lists, token.lower, DATE_TAGS) &&
      !hasTag(lists, token.lower, NAME_TAGS)
    ) {
      if (current.length > 0) pieces.push({ indexes: current, title });
      current = [];
      title = false;
      continue;
    }
    current.push(index);
  }
  if (current.length > 0) pieces.push({ indexes: current, title });
  return pieces;
}

/** Drops leading function words, sentence-initial common words and edge connectors. */
function trimPiece(context: CandidateContext, indexes: number[]): number[] {
  const { tokens, lists } = context;
  // A phrase compromise knows as a name (`United Nations`) keeps its first word.
  const phrase = indexes.map((i) => tokens[i]?.lower ?? '').join(' ');
  if (indexes.length > 1 && hasTag(lists, phrase, NAME_TAGS)) return indexes;
  let from = 0;
  let to = indexes.length;
  for (;;) {
    const token = tokens[indexes[from] ?? -1];
    if (!token || from >= to) break;
    const isThe = token.lower === 'the';
    const strip =
      !token.capitalised ||
      CONTRACTION.test(token.text) ||
      (isThe && (token.sentenceStart || to - from < 2)) ||
      (!isThe && hasTag(lists, token.lower, FUNCTION_TAGS) && !token.allCaps) ||
      (token.sentenceStart && isCommonWord(context, token));
    if (!strip) break;
    from += 1;
  }
  while (to > from) {
    const token = tokens[indexes[to - 1] ?? -1];
    if (!token || (!token.capitalised && !ORG_HEADS_ATTACHED.has(token.lower))) to -= 1;
    else break;
  }
  return indexes.slice(from, to);
}

/** Splits at `of`/`for`/`on`/`and` when no organisation head holds the parts together. */
function splitConnectors(context: CandidateContext, indexes: number[]): number[][] {
  const { tokens, lists } = context;
  const words = indexes.map((i) => tokens[i]?.lower ?? '');
  const hasHead = words.some((word) => isOrgHead(lists, word));
  const firstJoin = words.findIndex((word) => word === 'of' || word === 'for' || word === 'on');
  const andAt = words.indexOf('and');
  const keep = hasHead && (andAt < 0 || (firstJoin >= 0 && firstJoin < andAt));
  if (keep || !words.some((word) => ORG_CONNECTORS.has(word))) return [indexes];
  const parts: number[][] = [];
  let part: number[] = [];
  for (const index of indexes) {
    const token = tokens[index];
    if (token && !token.capitalised && ORG_CONNECTORS.has(token.lower)) {
      if (part.length > 0) parts.push(part);
      part = [];
    } else part.push(index);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

function gapBetween(text: string, left: Token | undefined, right: Token | undefined): string {
  if (!left || !right) return '';
  return text.slice(left.possessive ? left.end + 2 : left.end, right.start);
}

function readCues(context: CandidateContext, first: number, last: number, title: boolean): Cues {
  const { text, tokens, lists } = context;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const gapBefore = gapBetween(text, before, tokens[first]);
  const gapAfter = gapBetween(text, tokens[last], after);
  const plainBefore = before !== undefined && !before.capitalised && /^,? $/u.test(gapBefore);
  const plainAfter = after !== undefined && !after.capitalised && gapAfter === ' ';
  const role =
    plainBefore &&
    (ROLE_WORDS.has(before.lower) || lists.tags(before.lower).includes('Actor')) &&
    !tokens[last]?.possessive;
  const speechBefore = before !== undefined && SPEECH_VERBS.has(before.lower) && /^[ ,]*$/u.test(gapBefore);
  const speechAfter = plainAfter && SPEECH_VERBS.has(after.lower);
  const ageToken = tokens[last + 1];
  const age =
    gapAfter === ', ' &&
    ageToken !== undefined &&
    /^\d{1,3}$/u.test(ageToken.text) &&
    text[ageToken.end] === ',';
  // `Apple shipped its first…`: a name, a verb, then `its` is a thing, not a person.
  const itsAfter =
    plainAfter && tokens[last + 2]?.lower === 'its' && gapBetween(text, after, tokens[last + 2]) === ' ';
  const orgContext =
    (plainBefore && gapBefore === ' ' && ORG_WORDS_BEFORE.has(before.lower)) ||
    (plainAfter && ORG_WORDS_AFTER.has(after.lower)) ||
    itsAfter;
  const cues: Cues = {
    title,
    role,
    apposition: role && gapBefore === ', ',
    byline: false,
    speech: speechBefore || speechAfter,
    age,
    orgContext,
    creditAgency: false,
    determiner: plainBefore && gapBefore === ' ' && ['the', 'a', 'an'].includes(before.lower),
  };
  if (after?.allCaps && gapAfter === ' (' && text[after.end] === ')') cues.acronym = after.text;
  return cues;
}

function makeCandidate(
  context: CandidateContext,
  indexes: readonly number[],
  title: boolean,
): Candidate | null {
  const { tokens, lines } = context;
  const firstIndex = indexes[0];
  const lastIndex = indexes[indexes.length - 1];
  if (firstIndex === undefined || lastIndex === undefined) return null;
  const first = tokens[firstIndex];
  const last = tokens[lastIndex];
  if (!first || !last) return null;
  const span = tokens.slice(firstIndex, lastIndex + 1);
  const kind = lines.get(first.line) ?? 'text';
  // compromise's list of known organisations is precise enough to trust even in a heading.
  const known = context.lists.tags(span.map((token) => token.lower).join(' ')).includes('Organization');
  return {
    start: first.start,
    end: last.end,
    words: span.map((token) => token.lower),
    written: span.map((token) => token.text),
    weak: kind !== 'text' && !known,
    sentenceStart: first.sentenceStart,
    cues: readCues(context, firstIndex, lastIndex, title),
  };
}

/** `By Jane Doe` and `Credit: Jane Doe/Agency` lines: the name after the marker is a person. */
function bylineCandidates(context: CandidateContext): Candidate[] {
  const { text, tokens } = context;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const marker = tokens[i];
    if (!marker?.capitalised || !(marker.sentenceStart && (i === 0 || tokens[i - 1]?.line !== marker.line)))
      continue;
    const credit = CREDIT_WORDS.has(marker.lower);
    if (!credit && !BYLINE_WORDS.has(marker.lower)) continue;
    // The name: two to four capitalised words after the marker, on its line.
    let j = i + 1;
    const indexes: number[] = [];
    while (indexes.length < 4) {
      const token = tokens[j];
      const previous = tokens[j - 1];
      if (!token || !previous || token.line !== marker.line || !token.capitalised) break;
      if (indexes.length > 0 && !adjacent(text, previous, token)) break;
      indexes.push(j);
      j += 1;
    }
    if (indexes.length < 2 || indexes.length > 3) continue;
    const candidate = makeCandidate(context, indexes, false);
    if (!candidate) continue;
    candidate.cues.byline = true;
    candidate.weak = false;
    found.push(candidate);
    // Agencies after a `/` in a credit line.
    if (!credit) continue;
    const lastIndex = indexes[indexes.length - 1] ?? i;
    let k = lastIndex + 1;
    while (tokens[k]?.line === marker.line) {
      const token = tokens[k];
      const previous = tokens[k - 1];
      if (token && previous && /\//u.test(text.slice(previous.end, token.start)) && token.capitalised) {
        const agency: number[] = [k];
        while (tokens[k + 1]?.capitalised && adjacent(text, tokens[k] ?? token, tokens[k + 1] ?? token)) {
          k += 1;
          agency.push(k);
        }
        const candidateAgency = makeCandidate(context, trimPiece(context, agency), false);
        if (candidateAgency) {
          candidateAgency.cues.creditAgency = true;
          candidateAgency.weak = false;
          found.push(candidateAgency);
        }
      }
      k += 1;
    }
  }
  return found;
}

/** All candidates in text order; pieces of one run never overlap. */
export function findCandidates(context: CandidateContext): Candidate[] {
  const bylines = bylineCandidates(context);
  const taken = bylines.map((candidate) => [candidate.start, candidate.end] as const);
  const overlapsByline = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
  const candidates: Candidate[] = [...bylines];
  for (const run of rawRuns(context.text, context.tokens, context.lines)) {
    for (const piece of cutRun(context, run)) {
      for (const part of splitConnectors(context, trimPiece(context, piece.indexes))) {
        const trimmed = trimPiece(context, part);
        if (trimmed.length === 0) continue;
        const candidate = makeCandidate(context, trimmed, piece.title && trimmed[0] === piece.indexes[0]);
        if (candidate && !overlapsByline(candidate.start, candidate.end)) candidates.push(candidate);
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates;
}

/** Whether a single word is ruled out as a name by the lexicon (places, dates, demonyms…). */
export function isNotAName(lists: WordLists, word: string): boolean {
  return hasTag(lists, word, NOT_A_NAME_TAGS) && !hasTag(lists, word, NAME_TAGS);
}
