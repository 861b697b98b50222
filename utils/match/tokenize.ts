// Splits a text into word tokens in one pass, without allocating per character.
// A token is a maximal run of letters, numbers and combining marks (\p{L}\p{N}\p{M}); soft
// hyphens and zero-width joiners inside it are skipped. For each token it records UTF-16
// offsets into the original text and four hashes, one per matching mode; between tokens, a
// hash of the separator with white-space runs collapsed and apostrophes and hyphens unified.
import {
  IGNORABLE,
  MARK,
  SPACE,
  WORD,
  astralClassOf,
  classOf,
  classes,
  foldExtraOf,
  foldLowerExtraOf,
  foldLowerOf,
  foldOf,
  lowerOf,
  separatorOf,
} from './chars';
import { CHECK_SEED, SEPARATOR_SEED, TOKEN_SEED, addCheckUnit, addUnit } from './hash';

/** Matching modes, as bits: case-insensitive = 1, fold diacritics = 2. */
export const MODE_EXACT = 0;
export const MODE_LOWER = 1;
export const MODE_FOLD = 2;
export const MODE_FOLD_LOWER = 3;
export const MODE_COUNT = 4;

/** Tokens of one text; reused between calls, so valid only until the next tokenise. */
export interface TokenBuffer {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** MODE_COUNT hashes per token: hash[token * MODE_COUNT + mode]. */
  hash: Int32Array;
  /** Hash of the separator after each token (up to the next token). */
  separator: Int32Array;
}

export function createTokenBuffer(capacity = 256): TokenBuffer {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Int32Array(capacity * MODE_COUNT),
    separator: new Int32Array(capacity),
  };
}

function grow(buffer: TokenBuffer): void {
  const capacity = buffer.start.length * 2;
  const start = new Int32Array(capacity);
  start.set(buffer.start);
  const end = new Int32Array(capacity);
  end.set(buffer.end);
  const hash = new Int32Array(capacity * MODE_COUNT);
  hash.set(buffer.hash);
  const separator = new Int32Array(capacity);
  separator.set(buffer.separator);
  buffer.start = start;
  buffer.end = end;
  buffer.hash = hash;
  buffer.separator = separator;
}

const FNV_PRIME = 0x01000193;

/** Tokenises `text` into `buffer` (overwriting it) and returns it. */
export function tokenise(text: string, buffer: TokenBuffer): TokenBuffer {
  const length = text.length;
  let count = 0;
  let separator = SEPARATOR_SEED;
  let afterSpace = false;
  let i = 0;
  while (i < length) {
    // Between words: hash the separator, white-space runs as one space.
    let unit = text.charCodeAt(i);
    let cls = classes[unit] ?? 0;
    if (cls === 0) cls = classOf(unit);
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cls = astralClassOf(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        width = 2;
      }
    }
    if (cls !== WORD && cls !== MARK) {
      if (cls === SPACE) {
        if (!afterSpace) separator = addUnit(separator, 0x20);
        afterSpace = true;
      } else if (cls !== IGNORABLE) {
        separator = addUnit(separator, width === 2 ? unit : (separatorOf[unit] ?? unit));
        if (width === 2) separator = addUnit(separator, text.charCodeAt(i + 1));
        afterSpace = false;
      }
      i += width;
      continue;
    }

    // A word. While it is all ASCII, folding changes nothing, so the folded hashes are copied
    // from the plain ones when the first other character comes (or at the end).
    if (count > 0) buffer.separator[count - 1] = separator;
    const tokenStart = i;
    let wordEnd = i;
    let h0 = TOKEN_SEED;
    let h1 = TOKEN_SEED;
    let h2 = TOKEN_SEED;
    let h3 = TOKEN_SEED;
    let ascii = true;
    while (i < length) {
      unit = text.charCodeAt(i);
      if (unit < 0x80) {
        if (classes[unit] !== WORD) break;
        const lower = unit >= 0x41 && unit <= 0x5a ? unit | 0x20 : unit;
        h0 = Math.imul(h0 ^ unit, FNV_PRIME);
        h1 = Math.imul(h1 ^ lower, FNV_PRIME);
        if (!ascii) {
          h2 = Math.imul(h2 ^ unit, FNV_PRIME);
          h3 = Math.imul(h3 ^ lower, FNV_PRIME);
        }
        wordEnd = ++i;
        continue;
      }
      cls = classes[unit] ?? 0;
      if (cls === 0) cls = classOf(unit);
      width = 1;
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cls = astralClassOf(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
          width = 2;
        }
      }
      if (cls === IGNORABLE) {
        i++;
        continue;
      }
      if (cls !== WORD && cls !== MARK) break;
      if (ascii) {
        h2 = h0;
        h3 = h1;
        ascii = false;
      }
      if (width === 2) {
        const low = text.charCodeAt(i + 1);
        h0 = addUnit(addUnit(h0, unit), low);
        h1 = addUnit(addUnit(h1, unit), low);
        h2 = addUnit(addUnit(h2, unit), low);
        h3 = addUnit(addUnit(h3, unit), low);
      } else if (cls === MARK) {
        // Diacritic-folding modes drop combining marks (decomposed text).
        h0 = addUnit(h0, unit);
        h1 = addUnit(h1, unit);
      } else {
        h0 = addUnit(h0, unit);
        h1 = addUnit(h1, lowerOf[unit] ?? unit);
        h2 = addUnit(h2, foldOf[unit] ?? unit);
        h3 = addUnit(h3, foldLowerOf[unit] ?? unit);
        const extra = foldExtraOf[unit] ?? 0;
        if (extra !== 0) {
          h2 = addUnit(h2, extra);
          h3 = addUnit(h3, foldLowerExtraOf[unit] ?? extra);
        }
      }
      i += width;
      wordEnd = i;
    }
    if (ascii) {
      h2 = h0;
      h3 = h1;
    }
    if (count === buffer.start.length) grow(buffer);
    buffer.start[count] = tokenStart;
    buffer.end[count] = wordEnd;
    const base = count * MODE_COUNT;
    buffer.hash[base] = h0;
    buffer.hash[base + 1] = h1;
    buffer.hash[base + 2] = h2;
    buffer.hash[base + 3] = h3;
    count++;
    separator = SEPARATOR_SEED;
    afterSpace = false;
  }
  buffer.count = count;
  return buffer;
}

/**
 * The check hash of tokens first..last (inclusive) read in `mode`: computed only to confirm a
 * key hit, from the characters again, with a hash function independent of the key's.
 */
export function checkHash(
  text: string,
  buffer: TokenBuffer,
  first: number,
  last: number,
  mode: number,
): number {
  const lower = (mode & MODE_LOWER) !== 0;
  const fold = (mode & MODE_FOLD) !== 0;
  let h = CHECK_SEED;
  for (let t = first; t <= last; t++) {
    if (t > first) h = addCheckUnit(h, buffer.separator[t - 1] ?? 0);
    const end = buffer.end[t] ?? 0;
    for (let i = buffer.start[t] ?? 0; i < end; i++) {
      const unit = text.charCodeAt(i);
      const cls = classOf(unit);
      if (cls === IGNORABLE || (fold && cls === MARK)) continue;
      if (unit >= 0xd800 && unit <= 0xdfff) {
        h = addCheckUnit(h, unit);
        continue;
      }
      if (!fold) {
        h = addCheckUnit(h, lower ? (lowerOf[unit] ?? unit) : unit);
        continue;
      }
      h = addCheckUnit(h, lower ? (foldLowerOf[unit] ?? unit) : (foldOf[unit] ?? unit));
      const extra = lower ? (foldLowerExtraOf[unit] ?? 0) : (foldExtraOf[unit] ?? 0);
      if (extra !== 0) h = addCheckUnit(h, extra);
    }
  }
  return h;
}
