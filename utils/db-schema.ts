// The IndexedDB schema of the knowledge base: stores, indexes, the upgrade ladder, and the
// helpers every database module shares (stored-row conversion, validated reads, transactions).
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import type { Entity, Mention, Note, NoteVersion, PackSubscription, RejectedSuggestion } from './model';
import { normaliseKey } from './model';
import { describeIssues } from './schemas';

/** An entity as stored: with the normalised keys of its name and aliases, for look-ups. */
export interface StoredEntity extends Entity {
  keys: string[];
}

/** A compiled matcher (or any other derived data) kept between background restarts. */
export interface MatcherCacheRow {
  key: string;
  built: string;
  data: unknown;
}

export interface BackstoryDbSchema extends DBSchema {
  entities: {
    key: string;
    value: StoredEntity;
    indexes: { byAliasKey: string; byModified: string };
  };
  notes: { key: string; value: Note; indexes: { byEntity: string } };
  noteVersions: { key: string; value: NoteVersion; indexes: { byNote: string } };
  mentions: {
    key: string;
    value: Mention;
    indexes: { byEntity: string; byUrl: string; byEntityUrl: [string, string] };
  };
  rejectedSuggestions: { key: string; value: RejectedSuggestion };
  packs: { key: string; value: PackSubscription };
  matcherCache: { key: string; value: MatcherCacheRow };
}

export type BackstoryDb = IDBPDatabase<BackstoryDbSchema>;
export type StoreName = StoreNames<BackstoryDbSchema>;
export type WriteTransaction<S extends StoreName[]> = IDBPTransaction<BackstoryDbSchema, S, 'readwrite'>;

export const DB_NAME = 'backstory';
export const DB_VERSION = 1;

/**
 * Opens (creating or upgrading) the knowledge base. Each step of the ladder only adds, so a
 * database from any earlier version reaches the current one by running the steps it missed.
 */
export function openBackstoryDb(name = DB_NAME, version = DB_VERSION): Promise<BackstoryDb> {
  return openDB<BackstoryDbSchema>(name, version, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const entities = db.createObjectStore('entities', { keyPath: 'id' });
        entities.createIndex('byAliasKey', 'keys', { multiEntry: true });
        entities.createIndex('byModified', 'modified');
        const notes = db.createObjectStore('notes', { keyPath: 'id' });
        notes.createIndex('byEntity', 'entityId');
        const versions = db.createObjectStore('noteVersions', { keyPath: 'id' });
        versions.createIndex('byNote', 'noteId');
        const mentions = db.createObjectStore('mentions', { keyPath: 'id' });
        mentions.createIndex('byEntity', 'entityId');
        mentions.createIndex('byUrl', 'url');
        mentions.createIndex('byEntityUrl', ['entityId', 'url'], { unique: true });
        db.createObjectStore('rejectedSuggestions', { keyPath: 'key' });
        db.createObjectStore('packs', { keyPath: 'id' });
        db.createObjectStore('matcherCache', { keyPath: 'key' });
      }
      // Next step: `if (oldVersion < 2) { … }`, additive, with a test from version 1.
    },
    blocking(_current, _blocked, event) {
      // A newer version wants to open (extension update): let it, rather than wedge it.
      (event.target as IDBDatabase | null)?.close();
    },
  });
}

/** The normalised look-up keys of an entity's name and aliases, without repeats. */
export function entityKeys(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  const keys = [entity.name, ...entity.aliases.map((alias) => alias.text)].map(normaliseKey);
  return [...new Set(keys)].filter((key) => key.length > 0);
}

export function toStoredEntity(entity: Entity): StoredEntity {
  return { ...entity, keys: entityKeys(entity) };
}

/**
 * Checks a row read from the database (it may have been written by an older version) and
 * returns it as the current type, without derived fields; a row that does not fit is logged
 * and skipped rather than breaking every list that contains it.
 */
export function readRow<S extends v.GenericSchema>(
  schema: S,
  row: unknown,
  what: string,
): v.InferOutput<S> | null {
  if (row === undefined || row === null) return null;
  const result = v.safeParse(schema, row);
  if (result.success) return result.output;
  console.warn(`Backstory: skipped a stored ${what} that does not fit:`, describeIssues(result.issues));
  return null;
}

export function readRows<S extends v.GenericSchema>(
  schema: S,
  rows: readonly unknown[],
  what: string,
): v.InferOutput<S>[] {
  const out: v.InferOutput<S>[] = [];
  for (const row of rows) {
    const parsed = readRow(schema, row, what);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

/**
 * Runs `work` in one read-write transaction and resolves once it has committed. If `work`
 * throws (or a request fails) the transaction is aborted, so nothing of it is written.
 * `work` must await only IndexedDB requests of `tx`: any other await lets it auto-commit.
 */
export async function inTransaction<S extends StoreName[], R>(
  db: BackstoryDb,
  stores: S,
  work: (tx: WriteTransaction<S>) => Promise<R>,
): Promise<R> {
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done;
  // Observed here so an abort is never reported as an unhandled rejection; awaited below.
  done.catch(() => undefined);
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or already finished.
    }
    await done.catch(() => undefined);
    throw error;
  }
}
