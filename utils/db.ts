// The knowledge base's entities and notes in IndexedDB: reads are validated, every write is
// one transaction. Mentions, rejected suggestions and pack subscriptions are in db-records.ts.
import type { Entity, Note, NoteVersion, Origin } from './model';
import { newId, normaliseKey, nowIso } from './model';
import type { EntityInput, NoteInput } from './schemas';
import { EntitySchema, NoteSchema, NoteVersionSchema } from './schemas';
import type { BackstoryDb } from './db-schema';
import { inTransaction, readRow, readRows, toStoredEntity, toStoredNote } from './db-schema';

export type { BackstoryDb } from './db-schema';
export { openBackstoryDb, DB_NAME, DB_VERSION } from './db-schema';

const OWN: Origin = { kind: 'own' };

/** Every entity, in id order. */
export async function listEntities(db: BackstoryDb): Promise<Entity[]> {
  return readRows(EntitySchema, await db.getAll('entities'), 'entity');
}

export async function getEntity(db: BackstoryDb, id: string): Promise<Entity | null> {
  return readRow(EntitySchema, await db.get('entities', id), 'entity');
}

/** Entities one of whose names normalises to the same key as `key`. */
export async function findEntitiesByKey(db: BackstoryDb, key: string): Promise<Entity[]> {
  const rows = await db.getAllFromIndex('entities', 'byAliasKey', normaliseKey(key));
  return readRows(EntitySchema, rows, 'entity');
}

/**
 * Entities whose name or an alias contains `query` (case-insensitive), name matches first,
 * then by name; all entities (by name) when the query is empty.
 */
export async function searchEntities(db: BackstoryDb, query: string, limit = 50): Promise<Entity[]> {
  const needle = normaliseKey(query);
  const scored: { entity: Entity; rank: number }[] = [];
  for (const entity of await listEntities(db)) {
    const name = normaliseKey(entity.name);
    if (name.includes(needle)) {
      scored.push({ entity, rank: name.startsWith(needle) ? 0 : 1 });
    } else if (entity.aliases.some((alias) => normaliseKey(alias.text).includes(needle))) {
      scored.push({ entity, rank: 2 });
    }
  }
  scored.sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name, 'en'));
  return scored.slice(0, Math.max(0, limit)).map((item) => item.entity);
}

/** An entity made of what a form or a request gave, with its id, origin and times. */
export function entityFromInput(
  input: EntityInput,
  meta: Pick<Entity, 'id' | 'origin' | 'created' | 'modified'>,
): Entity {
  const { type, name, aliases, description, links, tags } = input;
  const { id, origin, created, modified } = meta;
  // In the order every stored entity has its fields (exports write them in this order).
  return { id, type, name, aliases, description, links, tags, origin, created, modified };
}

/**
 * Creates (no id, or an id not yet stored) or changes an entity. A change keeps `created`
 * and the entity's origin; `origin` applies to a new entity only (default: own).
 */
export async function saveEntity(db: BackstoryDb, input: EntityInput, origin: Origin = OWN): Promise<Entity> {
  return inTransaction(db, ['entities'], async (tx) => {
    const store = tx.objectStore('entities');
    const previous = input.id === undefined ? undefined : await store.get(input.id);
    const now = nowIso();
    const entity = entityFromInput(input, {
      id: previous?.id ?? input.id ?? newId(),
      origin: previous?.origin ?? origin,
      created: previous?.created ?? now,
      modified: now,
    });
    await store.put(toStoredEntity(entity));
    return entity;
  });
}

/** Deletes an entity with its notes, their earlier versions and its mentions, all or nothing. */
export async function deleteEntity(db: BackstoryDb, id: string): Promise<void> {
  await inTransaction(db, ['entities', 'notes', 'noteVersions', 'mentions'], async (tx) => {
    const noteIds = await tx.objectStore('notes').index('byEntity').getAllKeys(id);
    for (const noteId of noteIds) {
      for (const versionId of await tx.objectStore('noteVersions').index('byNote').getAllKeys(noteId)) {
        await tx.objectStore('noteVersions').delete(versionId);
      }
      await tx.objectStore('notes').delete(noteId);
    }
    for (const mentionId of await tx.objectStore('mentions').index('byEntity').getAllKeys(id)) {
      await tx.objectStore('mentions').delete(mentionId);
    }
    await tx.objectStore('entities').delete(id);
  });
}

function byCreated<T extends { created: string; id: string }>(a: T, b: T): number {
  return a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
}

/** An entity's notes, oldest first. */
export async function notesForEntity(db: BackstoryDb, entityId: string): Promise<Note[]> {
  const rows = await db.getAllFromIndex('notes', 'byEntity', entityId);
  return readRows(NoteSchema, rows, 'note').sort(byCreated);
}

export async function getNote(db: BackstoryDb, id: string): Promise<Note | null> {
  return readRow(NoteSchema, await db.get('notes', id), 'note');
}

/** A note's earlier states, oldest first. */
export async function noteVersions(db: BackstoryDb, noteId: string): Promise<NoteVersion[]> {
  const rows = readRows(
    NoteVersionSchema,
    await db.getAllFromIndex('noteVersions', 'byNote', noteId),
    'version',
  );
  return rows.sort((a, b) => a.modified.localeCompare(b.modified) || a.replaced.localeCompare(b.replaced));
}

/** Thrown by saveNote when the note changed since the editor loaded it. */
export class NoteConflictError extends Error {
  override name = 'NoteConflictError';
  constructor(readonly current: Note) {
    super('This note was changed elsewhere since you opened it.');
  }
}

function sameContent(a: Pick<Note, 'text' | 'sources' | 'author'>, b: typeof a): boolean {
  return (
    a.text === b.text && a.author === b.author && JSON.stringify(a.sources) === JSON.stringify(b.sources)
  );
}

/**
 * Creates (no id, or an id not yet stored) or changes a note of an existing entity. A change
 * keeps the previous state as a NoteVersion in the same transaction; saving unchanged
 * content writes nothing. `origin` applies to a new note only (default: own). With
 * `expectedModified`, a stored note whose `modified` differs is not overwritten: the save
 * throws a NoteConflictError carrying the stored note.
 */
export async function saveNote(
  db: BackstoryDb,
  input: NoteInput,
  origin: Origin = OWN,
  options: { expectedModified?: string } = {},
): Promise<Note> {
  return inTransaction(db, ['entities', 'notes', 'noteVersions'], async (tx) => {
    const entityKey = await tx.objectStore('entities').getKey(input.entityId);
    if (entityKey === undefined) throw new Error(`There is no entity with id "${input.entityId}".`);
    const notes = tx.objectStore('notes');
    const stored = input.id === undefined ? undefined : await notes.get(input.id);
    const previous = readRow(NoteSchema, stored, 'note') ?? undefined;
    if (
      previous &&
      options.expectedModified !== undefined &&
      previous.modified !== options.expectedModified
    ) {
      throw new NoteConflictError(previous);
    }
    if (previous && previous.entityId === input.entityId && sameContent(previous, input)) return previous;
    const now = nowIso();
    const note: Note = {
      id: previous?.id ?? input.id ?? newId(),
      entityId: input.entityId,
      text: input.text,
      sources: input.sources,
      author: input.author,
      origin: previous?.origin ?? origin,
      created: previous?.created ?? now,
      modified: now,
    };
    if (previous) {
      const version: NoteVersion = {
        id: newId(),
        noteId: previous.id,
        text: previous.text,
        sources: previous.sources,
        author: previous.author,
        replaced: now,
        modified: previous.modified,
      };
      await tx.objectStore('noteVersions').add(version);
    }
    await notes.put(toStoredNote(note));
    return note;
  });
}

/** Deletes a note with its earlier versions. */
export async function deleteNote(db: BackstoryDb, id: string): Promise<void> {
  await inTransaction(db, ['notes', 'noteVersions'], async (tx) => {
    for (const versionId of await tx.objectStore('noteVersions').index('byNote').getAllKeys(id)) {
      await tx.objectStore('noteVersions').delete(versionId);
    }
    await tx.objectStore('notes').delete(id);
  });
}
