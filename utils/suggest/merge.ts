// Joins the short forms a page uses for a name to its full form: a surname or first name
// after the full name (`Gladkov` → `Vyacheslav Gladkov`), an organisation without its head
// word (`Alibaba` → `Alibaba Group`) or with only its head part (`Department of Conservation`),
// and an acronym defined in brackets or spelling the initials (`RVC`).

import { isOrgHead } from './candidates.ts';
import type { EntityKind, NameGroup } from './evidence.ts';
import type { WordLists } from './lexicon.ts';

/** An accepted name with the groups (surface forms) merged into it. */
export interface Entity {
  kind: EntityKind;
  main: NameGroup;
  groups: NameGroup[];
}

/** `short` is `long` with some words left out, in order. */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  let k = 0;
  for (const word of long) if (word === short[k]) k += 1;
  return k === short.length;
}

function initials(group: NameGroup): string {
  return (
    group.candidates[0]?.written
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0] ?? '')
      .join('') ?? ''
  );
}

function isOrgShortForm(lists: WordLists, short: NameGroup, long: NameGroup): boolean {
  const s = short.words;
  const l = long.words;
  if (s.length >= l.length) return false;
  const prefix = s.every((word, i) => l[i] === word);
  if (prefix && l.slice(s.length).every((word) => isOrgHead(lists, word))) return true;
  const offset = l.length - s.length;
  const suffix = s.every((word, i) => l[offset + i] === word);
  if (suffix && s.length > 1 && isOrgHead(lists, s[0] ?? '')) return true;
  const written = short.candidates[0]?.written[0] ?? '';
  if (s.length === 1 && /^\p{Lu}{2,}$/u.test(written)) {
    if (long.candidates.some((candidate) => candidate.cues.acronym === written)) return true;
    if (written.length >= 3 && initials(long) === written) return true;
  }
  return false;
}

/**
 * Merges `others` into the accepted `entities` where one is a short form of exactly the kind
 * described above; returns the groups left over.
 */
export function mergeShortForms(
  lists: WordLists,
  entities: Entity[],
  others: NameGroup[],
  isBlocked: (group: NameGroup) => boolean,
): NameGroup[] {
  const left: NameGroup[] = [];
  for (const group of others) {
    if (isBlocked(group)) {
      left.push(group);
      continue;
    }
    let target: Entity | undefined;
    for (const entity of entities) {
      const fits =
        entity.kind === 'person'
          ? entity.main.words.length > 1 && isSubsequence(group.words, entity.main.words)
          : isOrgShortForm(lists, group, entity.main);
      if (!fits) continue;
      if (!target || entity.main.candidates.length > target.main.candidates.length) target = entity;
    }
    if (target) target.groups.push(group);
    else left.push(group);
  }
  return left;
}
