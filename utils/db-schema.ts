// The IndexedDB schema of the knowledge base: stores, indexes, the upgrade ladder, and the
// helpers every database module shares (stored-row conversion, validated reads, transactions).
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import type { Entity, Mention, Note, NoteVersion, PackSubscription, RejectedSuggestion } from './model';
import { normaliseKey } from './model';
import { describeIssues } from './schemas';
import { searchWords, textWords } from './db-words';

/** An entity as stored: with the normalised keys of its name and aliases, for look-ups. */
export interface StoredEntity extends Entity {
  keys: string[];
  /** The folded words of its name and aliases, for prefix search (from version 2). */
  words?: string[];
}

/** A note as stored: with the folded words of its text, for search (from version 2). */
export interface StoredNote extends Note {
  words?: string[];
}

/**
 * A deleted entity with everything that went with it, kept for the undo window and then
 * purged. While it is here nothing else sees it: not the matcher, not search, not export.
 */
export interface TrashRow {
  id: string;
  deleted: string;
  entity: StoredEntity;
  notes: StoredNote[];
  noteVersions: NoteVersion[];
  mentions: Mention[];
}

/** A compiled matcher (or any other derived data) kept between background restarts. */
export interface MatcherCacheRow {
  key: string;
  built: string;
  data: unknown;
}

/**
 * A file an extension page hands to the background for import (from version 3): put here by
 * the page and taken (read, then deleted) by the background, so a large file is not copied
 * through messages. Anything left over (a page closed half-way) is cleared at start-up.
 */
export interface TransferRow {
  id: string;
  file: Blob;
  created: string;
}

export interface BackstoryDbSchema extends DBSchema {
  entities: {
    key: string;
    value: StoredEntity;
    indexes: { byAliasKey: string; byModified: string; byWord: string };
  };
  notes: { key: string; value: StoredNote; indexes: { byEntity: string; byWord: string } };
  noteVersions: { key: string; value: NoteVersion; indexes: { byNote: string } };
  mentions: {
    key: string;
    value: Mention;
    indexes: { byEntity: string; byUrl: string; byEntityUrl: [string, string]; bySeen: string };
  };
  trash: { key: string; value: TrashRow; indexes: { byDeleted: string } };
  rejectedSuggestions: { key: string; value: RejectedSuggestion };
  packs: { key: string; value: PackSubscription };
  matcherCache: { key: string; value: MatcherCacheRow };
  transfers: { key: string; value: TransferRow };
}

export type BackstoryDb = IDBPDatabase<BackstoryDbSchema>;
export type StoreName = StoreNames<BackstoryDbSchema>;
export type WriteTransaction<S extends StoreName[]> = IDBPTransaction<BackstoryDbSchema, S, 'readwrite'>;

export const DB_NAME = 'backstory';
export const DB_VERSION = 3;

/**
 * Opens (creating or upgrading) the knowledge base. Each step of the ladder only adds, so a
 * database from any earlier version reaches the current one by running the steps it missed.
 */
export function openBackstoryDb(name = DB_NAME, version = DB_VERSION): Promise<BackstoryDb> {
  return openDB<BackstoryDbSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Tests open older versions on purpose: a step runs only up to the version asked for.
      const target = newVersion ?? version;
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
      if (oldVersion < 2 && target >= 2) {
        // Search by word prefix over names, aliases and note text; mention retention; trash.
        const entities = tx.objectStore('entities');
        entities.createIndex('byWord', 'words', { multiEntry: true });
        const notes = tx.objectStore('notes');
        notes.createIndex('byWord', 'words', { multiEntry: true });
        tx.objectStore('mentions').createIndex('bySeen', 'seen');
        const trash = db.createObjectStore('trash', { keyPath: 'id' });
        trash.createIndex('byDeleted', 'deleted');
        if (oldVersion >= 1) {
          // Only IndexedDB requests are awaited: the upgrade transaction stays open for them.
          void (async () => {
            for (let cursor = await entities.openCursor(); cursor; cursor = await cursor.continue()) {
              await cursor.update({ ...cursor.value, words: searchWords(cursor.value) });
            }
            for (let cursor = await notes.openCursor(); cursor; cursor = await cursor.continue()) {
              await cursor.update({ ...cursor.value, words: textWords(cursor.value.text) });
            }
          })();
        }
      }
      if (oldVersion < 3 && target >= 3) {
        // Import files handed from the options page to the background.
        db.createObjectStore('transfers', { keyPath: 'id' });
      }
      // Next step: `if (oldVersion < 4) { … }`, additive, with a test from version 3.
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
  return { ...entity, keys: entityKeys(entity), words: searchWords(entity) };
}

export function toStoredNote(note: Note): StoredNote {
  return { ...note, words: textWords(note.text) };
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
