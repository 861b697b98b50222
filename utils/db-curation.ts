// Curating the knowledge base: duplicates, merging two entities, deleting with undo (a trash
// store purged after the undo window), restoring an earlier version of a note, and the list of
// pages an entity was seen on. Every write is one transaction (see db-schema.ts).
import type { Entity, Link, Mention, Note, NoteVersion } from './model';
import { normaliseKey, nowIso } from './model';
import type { EntityInput } from './schemas';
import { EntitySchema, MentionSchema, NoteVersionSchema } from './schemas';
import type { BackstoryDb, StoredNote } from './db-schema';
import { entityKeys, inTransaction, readRow, toStoredEntity } from './db-schema';
import { getNote, saveNote } from './db';

/** Entities of the same type sharing a name or alias with `input` (other than itself). */
export async function findDuplicates(
  db: BackstoryDb,
  input: Pick<EntityInput, 'id' | 'type' | 'name' | 'aliases'>,
): Promise<Entity[]> {
  const found = new Map<string, Entity>();
  const tx = db.transaction('entities', 'readonly');
  for (const key of entityKeys(input)) {
    for (const row of await tx.store.index('byAliasKey').getAll(key)) {
      const entity = readRow(EntitySchema, row, 'entity');
      if (entity && entity.id !== input.id && entity.type === input.type) found.set(entity.id, entity);
    }
  }
  await tx.done;
  return [...found.values()];
}

function joinText(a: string, b: string): string {
  if (b.trim() === '' || a.includes(b.trim())) return a;
  if (a.trim() === '') return b;
  return `${a}\n\n${b}`;
}

/** `kept` with the other entity's names, description, links and tags added. */
function mergedFields(kept: Entity, merged: Entity): Entity {
  const names = new Set([normaliseKey(kept.name)]);
  const aliases = [];
  for (const alias of [...kept.aliases, { text: merged.name }, ...merged.aliases]) {
    const key = normaliseKey(alias.text);
    if (names.has(key)) continue;
    names.add(key);
    aliases.push(alias);
  }
  const links: Link[] = [...kept.links];
  for (const link of merged.links) if (!links.some((other) => other.url === link.url)) links.push(link);
  return {
    ...kept,
    aliases,
    description: joinText(kept.description, merged.description),
    links,
    tags: [...new Set([...kept.tags, ...merged.tags])],
    modified: nowIso(),
  };
}

/**
 * Merges `mergeId` into `keepId`: its name and aliases become aliases of the kept entity, its
 * description, links and tags are added, its notes and recorded mentions move over (where both
 * were seen on the same page, the later sighting stays). All in one transaction.
 */
export async function mergeEntities(db: BackstoryDb, keepId: string, mergeId: string): Promise<Entity> {
  if (keepId === mergeId) throw new Error('An entity cannot be merged with itself.');
  return inTransaction(db, ['entities', 'notes', 'mentions'], async (tx) => {
    const entities = tx.objectStore('entities');
    const kept = readRow(EntitySchema, await entities.get(keepId), 'entity');
    const merged = readRow(EntitySchema, await entities.get(mergeId), 'entity');
    if (!kept || !merged) throw new Error('One of the two entities is no longer in the knowledge base.');
    const result = mergedFields(kept, merged);
    await entities.put(toStoredEntity(result));
    await entities.delete(mergeId);
    const notes = tx.objectStore('notes');
    for (const note of await notes.index('byEntity').getAll(mergeId)) {
      await notes.put({ ...note, entityId: keepId });
    }
    const mentions = tx.objectStore('mentions');
    for (const mention of await mentions.index('byEntity').getAll(mergeId)) {
      await mentions.delete(mention.id);
      const existing = await mentions.index('byEntityUrl').get([keepId, mention.url]);
      if (existing && existing.seen >= mention.seen) continue;
      if (existing) await mentions.delete(existing.id);
      await mentions.put({ ...mention, entityId: keepId });
    }
    return result;
  });
}

/** Moves an entity with its notes, their versions and its mentions to the trash. */
export async function trashEntity(db: BackstoryDb, id: string): Promise<Entity> {
  return inTransaction(db, ['entities', 'notes', 'noteVersions', 'mentions', 'trash'], async (tx) => {
    const stored = await tx.objectStore('entities').get(id);
    const entity = readRow(EntitySchema, stored, 'entity');
    if (!stored || !entity) throw new Error('This entity is no longer in the knowledge base.');
    const notes: StoredNote[] = await tx.objectStore('notes').index('byEntity').getAll(id);
    const versions: NoteVersion[] = [];
    for (const note of notes) {
      for (const version of await tx.objectStore('noteVersions').index('byNote').getAll(note.id)) {
        versions.push(version);
        await tx.objectStore('noteVersions').delete(version.id);
      }
      await tx.objectStore('notes').delete(note.id);
    }
    const mentions = await tx.objectStore('mentions').index('byEntity').getAll(id);
    for (const mention of mentions) await tx.objectStore('mentions').delete(mention.id);
    await tx.objectStore('entities').delete(id);
    await tx.objectStore('trash').put({
      id,
      deleted: nowIso(),
      entity: stored,
      notes,
      noteVersions: versions,
      mentions,
    });
    return entity;
  });
}

/** Puts a trashed entity back with everything that went with it; null if it was purged. */
export async function restoreEntity(db: BackstoryDb, id: string): Promise<Entity | null> {
  return inTransaction(db, ['entities', 'notes', 'noteVersions', 'mentions', 'trash'], async (tx) => {
    const row = await tx.objectStore('trash').get(id);
    if (!row) return null;
    const entity = readRow(EntitySchema, row.entity, 'entity');
    if (!entity) return null;
    await tx.objectStore('entities').put(toStoredEntity(entity));
    for (const note of row.notes) await tx.objectStore('notes').put(note);
    for (const version of row.noteVersions) await tx.objectStore('noteVersions').put(version);
    const mentions = tx.objectStore('mentions');
    for (const mention of row.mentions) {
      // Seen again while in the trash? Not possible (the matcher had dropped it); still, never
      // break the one-mention-per-page rule.
      if ((await mentions.index('byEntityUrl').getKey([mention.entityId, mention.url])) === undefined) {
        await mentions.put(mention);
      }
    }
    await tx.objectStore('trash').delete(id);
    return entity;
  });
}

/** Deletes for good what went to the trash before `before` (ISO time); how many entities. */
export async function purgeTrash(db: BackstoryDb, before: string): Promise<number> {
  return inTransaction(db, ['trash'], async (tx) => {
    const keys = await tx
      .objectStore('trash')
      .index('byDeleted')
      .getAllKeys(IDBKeyRange.upperBound(before, true));
    for (const key of keys) await tx.objectStore('trash').delete(key);
    return keys.length;
  });
}

/** When the oldest entity in the trash was deleted, or null when it is empty. */
export async function oldestTrash(db: BackstoryDb): Promise<string | null> {
  const cursor = await db.transaction('trash').store.index('byDeleted').openCursor();
  return cursor?.value.deleted ?? null;
}

/**
 * Makes an earlier version the note's current state. This is an edit like any other: the state
 * it replaces is kept as a version.
 */
export async function restoreNoteVersion(db: BackstoryDb, noteId: string, versionId: string): Promise<Note> {
  const version = readRow(NoteVersionSchema, await db.get('noteVersions', versionId), 'version');
  if (!version || version.noteId !== noteId) throw new Error('This version of the note is no longer kept.');
  const note = await getNote(db, noteId);
  if (!note) throw new Error('This note is no longer in the knowledge base.');
  // The check on `modified` makes the read above and the write one consistent step.
  return saveNote(
    db,
    {
      id: note.id,
      entityId: note.entityId,
      text: version.text,
      sources: version.sources,
      author: version.author,
    },
    undefined,
    { expectedModified: note.modified },
  );
}

/** Forgets one page an entity was seen on. */
export async function deleteMention(db: BackstoryDb, id: string): Promise<void> {
  await inTransaction(db, ['mentions'], async (tx) => {
    await tx.objectStore('mentions').delete(id);
  });
}

/** Forgets every sighting older than `before` (ISO time); how many. */
export async function purgeMentions(db: BackstoryDb, before: string): Promise<number> {
  return inTransaction(db, ['mentions'], async (tx) => {
    const keys = await tx
      .objectStore('mentions')
      .index('bySeen')
      .getAllKeys(IDBKeyRange.upperBound(before, true));
    for (const key of keys) await tx.objectStore('mentions').delete(key);
    return keys.length;
  });
}

/** One mention as stored, validated. */
export async function getMention(db: BackstoryDb, id: string): Promise<Mention | null> {
  return readRow(MentionSchema, await db.get('mentions', id), 'mention');
}
