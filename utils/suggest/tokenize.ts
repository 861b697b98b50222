// Splits text into word tokens with their UTF-16 offsets, and marks what the rules need to
// know about each: capitalisation, possessive `’s`, abbreviation periods, whether it starts a
// sentence, and which line it is on (for headings and all-caps lines).

export interface Token {
  /** The word as written, without a possessive `’s`, with an abbreviation's period. */
  text: string;
  /** Lower-case form of `text`. */
  lower: string;
  start: number;
  end: number;
  /** The word carried a possessive `’s` (not part of `text`). */
  possessive: boolean;
  /** First letter upper-case (`Obama`, `BuzzFeed`, `al-Bashir` counts via its particle rule). */
  capitalised: boolean;
  /** Two or more letters, all upper-case (`RVC`, `JEFFREY`). */
  allCaps: boolean;
  /** First word of a sentence, a line, a quotation or a parenthesis. */
  sentenceStart: boolean;
  line: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|at|ash|bin|ibn|de|di|da|van|von|le|la|d|o)[-'’]\p{Lu}/u;
const LETTERS = /\p{L}/gu;
const ALL_CAPS = /^[\p{Lu}\p{N}&.'’-]+$/u;
/** Abbreviations whose period belongs to the word, not to the sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'col',
  'lt',
  'capt',
  'sgt',
  'prof',
  'rev',
  'fr',
  'co',
  'corp',
  'inc',
  'ltd',
  'vs',
  'no',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
]);
const SENTENCE_GAP = /[.!?:…]["'”’)\]]*\s+["'“‘([]?\s*$/u;
const OPENING_GAP = /["“‘([]\s*$/u;

function letterCount(text: string): number {
  return text.match(LETTERS)?.length ?? 0;
}

/** Tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lineScan = 0;
  let previousEnd = 0;
  let previous: Token | undefined;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    let possessive = false;
    if (/['’][sS]$/u.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    let end = start + word.length;
    const bare = word.toLowerCase();
    if (!possessive && text[end] === '.' && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word))) {
      word += '.';
      end += 1;
    }
    while (lineScan < start) {
      if (text.charCodeAt(lineScan) === 10) line += 1;
      lineScan += 1;
    }
    const gap = text.slice(previousEnd, start);
    const newLine = previous === undefined || previous.line !== line;
    const afterAbbreviation = previous !== undefined && previous.text.endsWith('.') && gap.trim() === '';
    const sentenceStart = newLine || (!afterAbbreviation && SENTENCE_GAP.test(gap)) || OPENING_GAP.test(gap);
    const token: Token = {
      text: word,
      lower: word.toLowerCase(),
      start,
      end,
      possessive,
      capitalised: UPPER_FIRST.test(word) || PARTICLE_NAME.test(word),
      allCaps: letterCount(word) >= 2 && ALL_CAPS.test(word),
      sentenceStart,
      line,
    };
    tokens.push(token);
    previous = token;
    previousEnd = possessive ? end + 2 : end;
  }
  return tokens;
}

/** Whether two tokens are separated by one or two plain spaces only (so they can share a name). */
export function adjacent(text: string, left: Token, right: Token): boolean {
  if (left.possessive) return false;
  const gap = text.slice(left.end, right.start);
  return /^[ \u00a0]{1,2}$/u.test(gap);
}
