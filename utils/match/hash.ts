// 32-bit hashes for word tokens and token sequences. A sequence key is looked up in the
// dictionary's table; a second, independent check hash confirms a hit, so two different names
// only get confused if both 32-bit hashes collide at once.

/** FNV-1a offset basis: the hash of an empty token. */
export const TOKEN_SEED = 0x811c9dc5 | 0;
/** Seed of a separator hash (the characters between two words). */
export const SEPARATOR_SEED = 0x2f1b7d35;
/** Seed of a check hash. */
export const CHECK_SEED = 0x5bd1e995;

/** Adds one UTF-16 code unit to a token or separator hash (FNV-1a). */
export function addUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** Adds one code unit to a check hash (a different multiplier and shift than addUnit). */
export function addCheckUnit(hash: number, unit: number): number {
  const h = Math.imul(hash + unit, 0x2c1b3c6d);
  return h ^ (h >>> 15);
}

/** Murmur3's finaliser: spreads every input bit over the whole word. */
export function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

const modeSalts = [0x1b873593, 0x2e5a4c19, 0x6b43a9b5, 0x7d5c3e21];

/** The key of a one-word sequence, matched in one of the four modes. */
export function firstKey(tokenHash: number, mode: number): number {
  return mix(tokenHash ^ (modeSalts[mode] ?? 0));
}

/** The key of a sequence extended by a separator and one more word. */
export function nextKey(key: number, separatorHash: number, tokenHash: number): number {
  return mix((Math.imul(key, 0x9e3779b1) ^ Math.imul(separatorHash, 0x85ebca77)) + tokenHash);
}
