// Which one-word aliases are too ordinary to be matched on their own.
//
// The rule: a one-word alias is *ambiguous* when its lower-case form is in the common-word list
// (frequent English words, so also an ordinary capitalised word such as `Apple`, `Corps`,
// `Mash`), or when it is a single character. An acronym (all capitals, two or more letters,
// such as `RVC`, `FSB`) is not ambiguous unless it is matched case-insensitively and is also a
// common word (`WHO` read as `who`). Every other one-word alias (`Putin`, `Meduza`) is matched
// freely. Names of more than one word are never ambiguous. An ambiguous alias is matched only
// where it is marked `safe`, or where a name of more than one word of the same entity occurs
// in the same text.
import { isCommonWord } from './common-words';

export function isAmbiguousWord(word: string, caseInsensitive: boolean): boolean {
  const first = word.charCodeAt(0);
  const oneCharacter = word.length === 2 && first >= 0xd800 && first <= 0xdbff;
  if (word.length < 2 || oneCharacter) return true;
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  const isAcronym = word === upper && word !== lower;
  const common = isCommonWord(lower);
  return isAcronym ? caseInsensitive && common : common;
}
