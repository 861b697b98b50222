// Character classes and per-character case and diacritic folding for the matcher.
// Tables cover the Basic Multilingual Plane and are filled lazily, one entry the first time a
// character is seen, so start-up is cheap and scanning never allocates per character.
// Characters outside the BMP (surrogate pairs) are classified but never case- or diacritic-folded.

/** Not yet classified. */
const UNKNOWN = 0;
/** Letter or number (\p{L}\p{N}): part of a word. */
export const WORD = 1;
/** Combining mark: part of a word, dropped when folding diacritics. */
export const MARK = 2;
/** Soft hyphen and zero-width joiners: invisible inside a word, ignored. */
export const IGNORABLE = 3;
/** Any white space, NBSP included: a run of it counts as one space between words. */
export const SPACE = 4;
/** Punctuation and everything else: separates words, compared after normalisation. */
export const OTHER = 5;

const SIZE = 0x10000;
/** Class of each BMP code unit, 0 until first seen; ASCII is filled at load. */
export const classes = new Uint8Array(SIZE);
/** Lower-case form (single code unit), for case-insensitive aliases. */
export const lowerOf = new Uint16Array(SIZE);
/** Base letter without diacritics, case kept. */
export const foldOf = new Uint16Array(SIZE);
/** Base letter without diacritics, lower case. */
export const foldLowerOf = new Uint16Array(SIZE);
/** Second code unit of a fold that expands (ß → ss, æ → ae), else 0; case kept. */
export const foldExtraOf = new Uint16Array(SIZE);
/** Second code unit of a fold that expands, lower case, else 0. */
export const foldLowerExtraOf = new Uint16Array(SIZE);
/** How a separator character is compared: apostrophes and hyphens unified. */
export const separatorOf = new Uint16Array(SIZE);

const wordRe = /^[\p{L}\p{N}]$/u;
const markRe = /^\p{M}$/u;
const spaceRe = /^\s$/u;
const markOnlyRe = /^\p{M}*$/u;

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const apostrophes = [0x27, 0x2019, 0x2018, 0x2bc];
const hyphens = [0x2d, 0x2010, 0x2011];
const ignorables = [0xad, 0x200c, 0x200d, 0x2060];

/** Letters with no canonical decomposition that readers still see as accented forms. */
const extraFolds: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};

function singleLower(ch: string, code: number): number {
  if (code === 0x3c2) return 0x3c3; // final sigma compares as sigma
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let cls: number;
  if (apostrophes.includes(code) || hyphens.includes(code)) cls = OTHER;
  else if (ignorables.includes(code)) cls = IGNORABLE;
  else if (code === 0x200b || spaceRe.test(ch)) cls = SPACE;
  else if (code >= 0xd800 && code <= 0xdfff)
    cls = OTHER; // resolved as pairs by the tokeniser
  else if (wordRe.test(ch)) cls = WORD;
  else if (markRe.test(ch)) cls = MARK;
  else cls = OTHER;

  separatorOf[code] = apostrophes.includes(code)
    ? APOSTROPHE
    : hyphens.includes(code)
      ? HYPHEN
      : cls === SPACE
        ? 0x20
        : code;

  lowerOf[code] = singleLower(ch, code);
  let fold = code;
  let extra = 0;
  const special = extraFolds[ch];
  if (special !== undefined) {
    fold = special.charCodeAt(0);
    extra = special.length > 1 ? special.charCodeAt(1) : 0;
  } else if (cls === WORD) {
    const decomposed = ch.normalize('NFD');
    if (decomposed.length > 1 && markOnlyRe.test(decomposed.slice(1))) {
      fold = decomposed.charCodeAt(0);
    }
  }
  foldOf[code] = fold;
  foldExtraOf[code] = extra;
  foldLowerOf[code] = singleLower(String.fromCharCode(fold), fold);
  foldLowerExtraOf[code] = extra === 0 ? 0 : singleLower(String.fromCharCode(extra), extra);
  classes[code] = cls;
  return cls;
}

/** The class of a BMP code unit (one of WORD, MARK, IGNORABLE, SPACE, OTHER). */
export function classOf(code: number): number {
  const cls = classes[code] ?? UNKNOWN;
  return cls === UNKNOWN ? classify(code) : cls;
}

const astralClasses = new Map<number, number>();

/** The class of a code point outside the BMP (a surrogate pair in the text). */
export function astralClassOf(codePoint: number): number {
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    const ch = String.fromCodePoint(codePoint);
    cls = wordRe.test(ch) ? WORD : markRe.test(ch) ? MARK : OTHER;
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

// ASCII is always needed: fill it up front so the hot loop rarely takes the slow path.
for (let code = 0; code < 0x80; code++) classify(code);
