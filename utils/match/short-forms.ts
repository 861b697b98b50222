// Short forms a page defines for itself: `Russian Volunteer Corps (RVC)` makes later `RVC` a
// mention of that organisation, and `Vyacheslav Gladkov` makes later bare `Gladkov` a mention
// of that person. Both are single words matched with case as written, from the definition on.
import { SPACE, classOf } from './chars';
import type { TokenBuffer } from './tokenize';

/** Words after a surname that are not the surname. */
const generationSuffixes = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

const upperLetterRe = /\p{Lu}/u;

/** A definition: the word as written and the entity it stands for. */
export interface ShortForm {
  word: string;
  entity: number;
}

/** Short forms defined so far in one text, by the word's case-as-written token hash. */
export type ShortForms = Map<number, ShortForm>;

/** Is the token at `index` an abbreviation in brackets: ` (RVC)`, all capitals, 2–10 units? */
export function isBracketedAbbreviation(text: string, tokens: TokenBuffer, index: number): boolean {
  if (index < 1 || index >= tokens.count) return false;
  const start = tokens.start[index] ?? 0;
  const end = tokens.end[index] ?? 0;
  if (end - start < 2 || end - start > 10 || text.charCodeAt(end) !== 0x29) return false;
  // Only white space may stand between the previous word and the opening bracket.
  const gapStart = tokens.end[index - 1] ?? 0;
  if (text.charCodeAt(start - 1) !== 0x28) return false;
  for (let i = gapStart; i < start - 1; i++) if (classOf(text.charCodeAt(i)) !== SPACE) return false;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x30 && unit <= 0x39) continue;
    const ch = text.charAt(i);
    if (ch.toUpperCase() !== ch || ch.toLowerCase() === ch) return false;
    letters++;
  }
  return letters >= 2;
}

/** The surname of a full name spanning tokens first..last: its last word, skipping `Jr.`. */
export function surnameToken(text: string, tokens: TokenBuffer, first: number, last: number): number {
  let index = last;
  const word = text.slice(tokens.start[index] ?? 0, tokens.end[index] ?? 0);
  if (generationSuffixes.has(word) && index - 1 > first) index--;
  if (index <= first) return -1;
  const start = tokens.start[index] ?? 0;
  const end = tokens.end[index] ?? 0;
  if (end - start < 2 || !upperLetterRe.test(text.charAt(start))) return -1;
  return index;
}

/** Does the token at `index` spell `word` exactly? */
export function tokenSpells(text: string, tokens: TokenBuffer, index: number, word: string): boolean {
  const start = tokens.start[index] ?? 0;
  const end = tokens.end[index] ?? 0;
  return end - start === word.length && text.startsWith(word, start);
}
