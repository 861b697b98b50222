// The compiled dictionary: every name and alias of every entity as a chain of word-token keys
// in one hash table, so a text is matched by looking up each word once (see find-mentions.ts).
// Per-alias and per-entity data live in parallel typed arrays; entities can be added, replaced
// and removed one at a time without rebuilding anything else.
import type { Alias, Entity, EntityType } from '../model';
import { isAmbiguousWord } from './ambiguity';
import { firstKey, nextKey } from './hash';
import { KeyTable, PREFIX, headOf, withHead } from './key-table';
import { MODE_COUNT, checkHash, createTokenBuffer, tokenise } from './tokenize';
import { growInt32, growUint8 } from './typed-arrays';

/** Alias flag bits: the low two bits are the matching mode. */
export const FLAG_MODE = 3;
export const FLAG_AMBIGUOUS = 4;
export const FLAG_MULTI_WORD = 8;

export const ENTITY_TYPE_CODES: readonly EntityType[] = ['person', 'organization'];

/** Only text with characters from U+0300 on can change under NFC. */
function mayNeedNormalising(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return true;
  return false;
}

/** The names an entity is matched by: its name (unless an alias repeats it) and its aliases. */
function namesOf(entity: Entity): readonly Alias[] {
  const name = entity.name.trim();
  if (entity.aliases.some((alias) => alias.text.trim() === name)) return entity.aliases;
  return [{ text: name }, ...entity.aliases];
}

export class Dictionary {
  // The fields below are read by findMentions; they are not part of the public API.
  /** @internal Sequence key → packed value (see key-table.ts). */
  table: KeyTable;
  /** @internal Per alias: its full key, its check hash, its entity, the next alias with
   * the same key, the next alias of the same entity (-1 ends a chain), flags. */
  aliasKey: Int32Array;
  /** @internal */
  aliasCheck: Int32Array;
  /** @internal */
  aliasEntity: Int32Array;
  /** @internal */
  aliasNextSameKey: Int32Array;
  /** @internal */
  aliasNextOfEntity: Int32Array;
  /** @internal */
  aliasFlags: Uint8Array;
  /** @internal Per entity: id ('' when the slot is free), type code, first alias. */
  entityIds: string[] = [];
  /** @internal */
  entityType: Uint8Array;
  /** @internal */
  entityAliasHead: Int32Array;
  /** @internal Per entity: the scan generation in which its full name was last seen. */
  entitySeen: Int32Array;
  /** @internal Bitset of the token hashes that start some alias (in its mode): most words of
   * a text start none, and this small set answers for them without a probe into the table. */
  firstWords: Int32Array;
  /** @internal */
  firstWordMask: number;
  /** @internal Incremented by every scan. */
  generation = 0;
  /** @internal The modes some alias uses, so a scan looks up only those. */
  activeModes: number[] = [];

  private aliasHighWater = 0;
  private liveAliases = 0;
  private readonly freeAliases: number[] = [];
  private entityHighWater = 0;
  private readonly freeEntities: number[] = [];
  private readonly entityIndex = new Map<string, number>();
  private readonly modeCounts = new Int32Array(MODE_COUNT);
  private readonly scratch = createTokenBuffer(16);

  private constructor(expectedAliases: number, expectedEntities: number) {
    // Room for some upserts before the arrays have to grow.
    const aliases = Math.max(64, Math.ceil(expectedAliases * 1.125));
    const entities = Math.max(16, expectedEntities);
    // Most keys are whole aliases; prefixes of longer names are mostly shared.
    this.table = new KeyTable(Math.ceil(aliases * 1.2));
    let bits = 1 << 12;
    while (bits < aliases * 8 && bits < 1 << 23) bits *= 2;
    this.firstWords = new Int32Array(bits >>> 5);
    this.firstWordMask = bits - 1;
    this.aliasKey = new Int32Array(aliases);
    this.aliasCheck = new Int32Array(aliases);
    this.aliasEntity = new Int32Array(aliases);
    this.aliasNextSameKey = new Int32Array(aliases);
    this.aliasNextOfEntity = new Int32Array(aliases);
    this.aliasFlags = new Uint8Array(aliases);
    this.entityType = new Uint8Array(entities);
    this.entityAliasHead = new Int32Array(entities).fill(-1);
    this.entitySeen = new Int32Array(entities);
  }

  static fromEntities(entities: readonly Entity[]): Dictionary {
    let aliases = 0;
    for (const entity of entities) aliases += entity.aliases.length + 1;
    const dictionary = new Dictionary(aliases, entities.length);
    for (const entity of entities) dictionary.upsert(entity);
    return dictionary;
  }

  /** Adds an entity, or replaces the names of one already known by its id. */
  upsert(entity: Entity): void {
    let index = this.entityIndex.get(entity.id);
    if (index === undefined) {
      index = this.allocateEntity();
      this.entityIds[index] = entity.id;
      this.entityIndex.set(entity.id, index);
    } else {
      this.clearAliases(index);
    }
    this.entityType[index] = entity.type === 'person' ? 0 : 1;
    for (const alias of namesOf(entity)) this.addAlias(index, alias);
  }

  remove(entityId: string): void {
    const index = this.entityIndex.get(entityId);
    if (index === undefined) return;
    this.clearAliases(index);
    this.entityIndex.delete(entityId);
    this.entityIds[index] = '';
    this.freeEntities.push(index);
  }

  /** How many names and aliases are matched. */
  get aliasCount(): number {
    return this.liveAliases;
  }

  private allocateEntity(): number {
    const free = this.freeEntities.pop();
    if (free !== undefined) return free;
    const index = this.entityHighWater++;
    if (index === this.entityType.length) {
      const capacity = index * 2;
      this.entityType = growUint8(this.entityType, capacity);
      this.entityAliasHead = growInt32(this.entityAliasHead, capacity, -1);
      this.entitySeen = growInt32(this.entitySeen, capacity);
    }
    return index;
  }

  private allocateAlias(): number {
    const free = this.freeAliases.pop();
    if (free !== undefined) return free;
    const index = this.aliasHighWater++;
    if (index === this.aliasKey.length) {
      const capacity = index * 2;
      this.aliasKey = growInt32(this.aliasKey, capacity);
      this.aliasCheck = growInt32(this.aliasCheck, capacity);
      this.aliasEntity = growInt32(this.aliasEntity, capacity);
      this.aliasNextSameKey = growInt32(this.aliasNextSameKey, capacity);
      this.aliasNextOfEntity = growInt32(this.aliasNextOfEntity, capacity);
      this.aliasFlags = growUint8(this.aliasFlags, capacity);
    }
    return index;
  }

  private addAlias(entity: number, alias: Alias): void {
    const text = mayNeedNormalising(alias.text) ? alias.text.normalize('NFC') : alias.text;
    const tokens = tokenise(text, this.scratch);
    const count = tokens.count;
    if (count === 0) return;
    const mode = (alias.caseInsensitive === true ? 1 : 0) | (alias.foldDiacritics === true ? 2 : 0);
    const table = this.table;
    const firstWord = (tokens.hash[mode] ?? 0) & this.firstWordMask;
    this.firstWords[firstWord >>> 5] = (this.firstWords[firstWord >>> 5] ?? 0) | (1 << (firstWord & 31));
    let key = firstKey(tokens.hash[mode] ?? 0, mode);
    for (let t = 1; t < count; t++) {
      const slot = table.ensure(key);
      table.values[slot] = (table.values[slot] ?? 0) | PREFIX;
      key = nextKey(key, tokens.separator[t - 1] ?? 0, tokens.hash[t * MODE_COUNT + mode] ?? 0);
    }
    const slot = table.ensure(key);
    const value = table.values[slot] ?? 0;

    const index = this.allocateAlias();
    let flags = mode;
    if (count > 1) flags |= FLAG_MULTI_WORD;
    else if (alias.safe !== true) {
      const word = text.slice(tokens.start[0] ?? 0, tokens.end[0] ?? 0);
      if (isAmbiguousWord(word, alias.caseInsensitive === true)) flags |= FLAG_AMBIGUOUS;
    }
    this.aliasKey[index] = key;
    this.aliasCheck[index] = checkHash(text, tokens, 0, count - 1, mode);
    this.aliasEntity[index] = entity;
    this.aliasFlags[index] = flags;
    this.aliasNextSameKey[index] = headOf(value);
    table.values[slot] = withHead(value, index);
    this.aliasNextOfEntity[index] = this.entityAliasHead[entity] ?? -1;
    this.entityAliasHead[entity] = index;
    this.liveAliases++;
    const before = this.modeCounts[mode] ?? 0;
    this.modeCounts[mode] = before + 1;
    if (before === 0) this.updateActiveModes();
  }

  private clearAliases(entity: number): void {
    const table = this.table;
    let alias = this.entityAliasHead[entity] ?? -1;
    while (alias >= 0) {
      const slot = table.find(this.aliasKey[alias] ?? 0);
      if (slot >= 0) {
        // Unlink the alias from the chain of aliases sharing its key.
        const value = table.values[slot] ?? 0;
        let previous = -1;
        let current = headOf(value);
        while (current >= 0 && current !== alias) {
          previous = current;
          current = this.aliasNextSameKey[current] ?? -1;
        }
        const next = this.aliasNextSameKey[alias] ?? -1;
        if (current === alias) {
          if (previous < 0) table.values[slot] = withHead(value, next);
          else this.aliasNextSameKey[previous] = next;
        }
      }
      const mode = (this.aliasFlags[alias] ?? 0) & FLAG_MODE;
      const left = (this.modeCounts[mode] ?? 1) - 1;
      this.modeCounts[mode] = left;
      if (left === 0) this.updateActiveModes();
      this.liveAliases--;
      this.freeAliases.push(alias);
      alias = this.aliasNextOfEntity[alias] ?? -1;
    }
    this.entityAliasHead[entity] = -1;
  }

  private updateActiveModes(): void {
    this.activeModes = [];
    for (let mode = 0; mode < MODE_COUNT; mode++) {
      if ((this.modeCounts[mode] ?? 0) > 0) this.activeModes.push(mode);
    }
  }
}
