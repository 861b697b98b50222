// Suggests people and organisations named on a page that are not in the knowledge base yet.
// Pure: text in, suggestions out, no browser API, so it runs in the content script (loaded
// lazily with compromise only when suggestions are on), in Node scripts and in the tests.
//
// Rule-based: capitalised word runs (candidates.ts) weighed by cues (evidence.ts), short forms
// merged into full names (merge.ts), compromise's tagger as one vote on the undecided
// (compromise-vote.ts), then every further occurrence of an accepted form is collected.

import { normaliseKey } from '../model.ts';
import { findCandidates, type Candidate } from './candidates.ts';
import { voteWithCompromise } from './compromise-vote.ts';
import { decide, isBlocked, weigh, type EntityKind, type NameGroup } from './evidence.ts';
import { wordLists, type Nlp } from './lexicon.ts';
import { lineKinds } from './lines.ts';
import { mergeShortForms, type Entity } from './merge.ts';
import { sentenceAround } from '../sentence.ts';
import { adjacent, tokenize, type Token } from './tokenize.ts';

export interface Suggestion {
  /** Canonical form as written on the page (the longest form, e.g. "Vyacheslav Gladkov"). */
  name: string;
  type: EntityKind;
  /** Occurrences on the page, short forms included. */
  count: number;
  /** UTF-16 offsets into the text, sorted, non-overlapping. */
  occurrences: { start: number; end: number }[];
  /** The sentence of the first occurrence, trimmed, ≤ 300 chars. */
  sentence: string;
}

export interface SuggestOptions {
  /** Spans already covered by known entities' mentions: never suggest inside/overlapping them. */
  covered?: readonly { start: number; end: number }[];
  /** Normalised names (lower-case, single spaces) the user rejected: never suggest them. */
  rejected?: ReadonlySet<string>;
}

type Span = { start: number; end: number };

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && span.start < end);
}

/** Part of a handle, address or URL (`ben_silverman`, `mark@…`): says nothing about the word. */
function inHandle(text: string, token: Token): boolean {
  return /[@_/.]/u.test(text[token.start - 1] ?? ' ') || /[@_/]/u.test(text[token.end] ?? ' ');
}

function groupCandidates(candidates: readonly Candidate[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  for (const candidate of candidates) {
    const key = candidate.words.join(' ');
    const group = groups.get(key);
    if (group) group.candidates.push(candidate);
    else groups.set(key, { key, words: candidate.words, candidates: [candidate] });
  }
  return [...groups.values()];
}

/** Whether compromise's opinion could still tip this group over the threshold. */
function worthAVote(group: NameGroup): boolean {
  const strong = group.candidates.filter((candidate) => !candidate.weak);
  // Single words: measured on the labelled pages, compromise's vote only added wrong ones
  // (`Apple` as a person, `Māori` as an organisation), so it is asked about longer names only.
  return group.words.length > 1 && strong.length > 0;
}

/** Further occurrences of accepted forms that no candidate caught (headlines, longer runs). */
function sweep(text: string, tokens: readonly Token[], entities: readonly Entity[], blocked: Span[]): void {
  const forms = new Map<string, { written: string[]; entity: Entity }[]>();
  for (const entity of entities) {
    for (const group of entity.groups) {
      for (const candidate of group.candidates) {
        const first = candidate.written[0] ?? '';
        const list = forms.get(first) ?? [];
        if (!list.some((form) => form.written.join(' ') === candidate.written.join(' '))) {
          list.push({ written: candidate.written, entity });
        }
        forms.set(first, list);
      }
    }
  }
  for (const list of forms.values()) list.sort((a, b) => b.written.length - a.written.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    const list = forms.get(token.text);
    if (!list) continue;
    for (const form of list) {
      const span = tokens.slice(i, i + form.written.length);
      if (span.length !== form.written.length) continue;
      const same = span.every(
        (t, k) => t.text === form.written[k] && (k === 0 || adjacent(text, span[k - 1] ?? t, t)),
      );
      const last = span[span.length - 1];
      if (!same || !last) continue;
      if (overlapsAny(blocked, token.start, last.end)) continue;
      const group = form.entity.main;
      const model = group.candidates[0];
      if (!model) continue;
      group.candidates.push({
        ...model,
        start: token.start,
        end: last.end,
        written: form.written,
        weak: true,
      });
      blocked.push({ start: token.start, end: last.end });
      i += span.length - 1;
      break;
    }
  }
}

function toSuggestion(text: string, entity: Entity): Suggestion {
  const all = entity.groups.flatMap((group) => group.candidates);
  all.sort((a, b) => a.start - b.start);
  const occurrences: Span[] = [];
  for (const candidate of all) {
    const previous = occurrences[occurrences.length - 1];
    if (previous && candidate.start < previous.end) continue;
    occurrences.push({ start: candidate.start, end: candidate.end });
  }
  // The longest form as written; among equals, the first seen.
  let name = '';
  for (const candidate of all) {
    const written = text.slice(candidate.start, candidate.end);
    if (written.length > name.length) name = written;
  }
  const first = occurrences[0] ?? { start: 0, end: 0 };
  return {
    name,
    type: entity.kind,
    count: occurrences.length,
    occurrences,
    sentence: sentenceAround(text, first.start, first.end),
  };
}

export function findSuggestions(nlp: Nlp, text: string, options: SuggestOptions = {}): Suggestion[] {
  const covered = options.covered ?? [];
  const rejected = options.rejected ?? new Set<string>();
  const lists = wordLists(nlp);
  const tokens = tokenize(text);
  const lowerWords = new Set(
    tokens.filter((token) => !token.capitalised && !inHandle(text, token)).map((token) => token.lower),
  );
  const lines = lineKinds(tokens);
  const candidates = findCandidates({ text, tokens, lines, lists, lowerWords }).filter(
    (candidate) => !overlapsAny(covered, candidate.start, candidate.end),
  );

  // Names are introduced by body text; headings and shouted lines only confirm them.
  const groups = groupCandidates(candidates.filter((candidate) => !candidate.weak));
  const entities: Entity[] = [];
  let pending: NameGroup[] = [];
  const accept = (list: NameGroup[]): NameGroup[] => {
    const rest: NameGroup[] = [];
    for (const group of list) {
      const kind = decide(group, weigh(lists, group, lowerWords));
      if (kind) entities.push({ kind, main: group, groups: [group] });
      else rest.push(group);
    }
    return rest;
  };
  // Longer names first, so short forms merge into them rather than stand alone.
  const blocked = (group: NameGroup) => isBlocked(lists, group, lowerWords);
  // A surname standing alone later, not as `the X`, and not an acronym.
  const standalone = new Set(
    groups
      .filter((group) => group.words.length === 1 && !blocked(group))
      .filter((group) =>
        group.candidates.some((c) => !c.cues.determiner && !c.weak && /\p{Ll}/u.test(c.written[0] ?? '')),
      )
      .map((group) => group.key),
  );
  for (const group of groups) {
    const last = group.words[group.words.length - 1] ?? '';
    group.echoed = group.words[0] !== 'the' && last.length > 1 && standalone.has(last);
  }
  pending = accept(groups.filter((group) => group.words.length > 1));
  const singles = groups.filter((group) => group.words.length === 1);
  let rest = mergeShortForms(lists, entities, singles, blocked);
  rest = accept(rest);
  pending = mergeShortForms(lists, entities, [...pending, ...rest], blocked);

  voteWithCompromise(nlp, text, pending.filter(worthAVote));
  pending = accept(pending);
  mergeShortForms(lists, entities, pending, blocked);

  const taken: Span[] = [...covered];
  for (const entity of entities) for (const group of entity.groups) taken.push(...group.candidates);
  sweep(text, tokens, entities, taken);

  return entities
    .map((entity) => toSuggestion(text, entity))
    .filter((suggestion) => suggestion.count > 0 && !rejected.has(normaliseKey(suggestion.name)))
    .sort((a, b) => b.count - a.count || (a.occurrences[0]?.start ?? 0) - (b.occurrences[0]?.start ?? 0));
}
