// An open-addressing hash table from 32-bit sequence keys to one packed 32-bit value, in two
// typed arrays: far smaller and faster than a Map at a million keys, and never allocating on
// look-up. Keys are never deleted (an emptied entry stays, harmless) and are dropped when the
// table is next rebuilt.

/** Value bits: the entry is in use. */
const USED = 1;
/** Value bits: the key is a proper prefix of a longer alias, so keep extending. */
export const PREFIX = 2;
const MAX_LOAD = 0.75;

/** First alias of the key's chain, or -1. */
export function headOf(value: number): number {
  return (value >>> 2) - 1;
}

export function withHead(value: number, head: number): number {
  return ((head + 1) << 2) | (value & 3) | USED;
}

export class KeyTable {
  keys: Int32Array;
  values: Int32Array;
  private mask: number;
  private used = 0;

  constructor(expectedKeys: number) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expectedKeys * 1.1) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.used;
  }

  /** The slot holding `key`, or -1. */
  find(key: number): number {
    const { keys, values, mask } = this;
    let slot = key & mask;
    for (;;) {
      const value = values[slot] ?? 0;
      if (value === 0) return -1;
      if (keys[slot] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The slot holding `key`, adding an empty entry if there is none. */
  ensure(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    if (this.used + 1 > this.values.length * MAX_LOAD) this.rehash(this.values.length * 2);
    let slot = key & this.mask;
    while ((this.values[slot] ?? 0) !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.values[slot] = USED;
    this.used++;
    return slot;
  }

  /** Rebuilds at `capacity` slots, dropping entries that lead nowhere. */
  private rehash(capacity: number): void {
    const { keys, values } = this;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.used = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? 0;
      if (value === 0 || value === USED) continue;
      const key = keys[i] ?? 0;
      let slot = key & this.mask;
      while ((this.values[slot] ?? 0) !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = value;
      this.used++;
    }
  }
}
