// A subscribed pack's records as they are stored: ids of their own (so a pack can never
// overwrite the user's records, whatever ids it carries), the pack as their origin, and one
// transaction that makes the stored pack match the fetched one (or removes it).
import type { Entity, Note, Origin, PackSubscription } from '../model';
import { normaliseKey } from '../model';
import type { BackstoryDb } from '../db-schema';
import { inTransaction, readRow, readRows, toStoredEntity, toStoredNote } from '../db-schema';
import { EntitySchema, NoteSchema } from '../schemas';
import type { PackRecords } from '../pack-format';
import { sameRecord } from './diff';

/** 64-bit FNV-1a, hex: a short, stable id part from any text. */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

export interface PackContent {
  entities: Entity[];
  notes: Note[];
}

/**
 * The records of a fetched pack as the subscription stores them. Our own pack keeps its times;
 * a hand-written one gets ids from type and name (stable across fetches), and times from the
 * stored copy where its content has not changed.
 */
export function packContent(
  packId: string,
  packName: string,
  records: PackRecords,
  stored: PackContent,
  now: string,
): PackContent {
  const origin: Origin = { kind: 'pack', packId, packName };
  const entityId = (key: string) => `${packId}:${stableHash(key)}`;
  const noteId = (key: string) => `${packId}:n${stableHash(key)}`;
  if (records.kind === 'full') {
    const entities = records.entities.map((entity) => ({ ...entity, id: entityId(entity.id), origin }));
    const notes = records.notes.map((note) => ({
      ...note,
      id: noteId(note.id),
      entityId: entityId(note.entityId),
      origin,
    }));
    return { entities, notes };
  }
  const oldEntities = new Map(stored.entities.map((entity) => [entity.id, entity]));
  const oldNotes = new Map(stored.notes.map((note) => [note.id, note]));
  const timed = <T extends { id: string; created: string; modified: string }>(
    record: T,
    old: T | undefined,
  ): T => {
    if (!old) return { ...record, created: now, modified: now };
    const kept = { ...record, created: old.created, modified: old.modified };
    return sameRecord(kept, old) ? kept : { ...kept, modified: now };
  };
  const entities = new Map<string, Entity>();
  const notes = new Map<string, Note>();
  for (const incoming of records.entities) {
    const key = `${incoming.type}:${normaliseKey(incoming.name)}`;
    const id = entityId(key);
    if (entities.has(id)) continue;
    const { notes: incomingNotes, ...fields } = incoming;
    entities.set(id, timed({ ...fields, id, origin, created: now, modified: now }, oldEntities.get(id)));
    for (const note of incomingNotes) {
      const nid = noteId(`${key}\n${normaliseKey(note.text)}`);
      if (notes.has(nid)) continue;
      const record: Note = { ...note, id: nid, entityId: id, origin, created: now, modified: now };
      notes.set(nid, timed(record, oldNotes.get(nid)));
    }
  }
  return { entities: [...entities.values()], notes: [...notes.values()] };
}

const ofPack = (origin: Origin, packId: string) => origin.kind === 'pack' && origin.packId === packId;

/** The pack's records as stored now. */
export async function storedPackContent(db: BackstoryDb, packId: string): Promise<PackContent> {
  const tx = db.transaction(['entities', 'notes'], 'readonly');
  const [entities, notes] = await Promise.all([
    tx.objectStore('entities').getAll(),
    tx.objectStore('notes').getAll(),
  ]);
  await tx.done;
  return {
    entities: readRows(EntitySchema, entities, 'entity').filter((entity) => ofPack(entity.origin, packId)),
    notes: readRows(NoteSchema, notes, 'note').filter((note) => ofPack(note.origin, packId)),
  };
}

export interface PackWrite {
  /** Entities and notes added or changed. */
  entities: number;
  notes: number;
  /** Entities gone with the pack, and pack entities kept (as the user's) for the user's notes. */
  removedEntityIds: string[];
  keptEntities: Entity[];
  changedEntities: Entity[];
}

/**
 * Makes the stored pack `packId` hold exactly `content` (null: nothing), in one transaction. The user's own notes are never
 * touched: an entity leaving the pack that holds some stays, as the user's own.
 * `subscription` saves (after a fetch) or deletes (on removal) the subscription's row.
 */
export async function writePackContent(
  db: BackstoryDb,
  packId: string,
  content: PackContent | null,
  now: string,
  subscription: { save: PackSubscription } | { remove: true },
): Promise<PackWrite> {
  return inTransaction(db, ['entities', 'notes', 'noteVersions', 'mentions', 'packs'], async (tx) => {
    const write: PackWrite = {
      entities: 0,
      notes: 0,
      removedEntityIds: [],
      keptEntities: [],
      changedEntities: [],
    };
    const wantedEntities = new Map((content?.entities ?? []).map((entity) => [entity.id, entity]));
    const wantedNotes = new Map((content?.notes ?? []).map((note) => [note.id, note]));
    const notes = tx.objectStore('notes');
    const versions = tx.objectStore('noteVersions');
    const heldByUser = new Set<string>();
    for (const note of await notes.getAll()) {
      if (!ofPack(note.origin, packId)) {
        heldByUser.add(note.entityId);
        continue;
      }
      if (wantedNotes.has(note.id)) continue;
      for (const versionId of await versions.index('byNote').getAllKeys(note.id))
        await versions.delete(versionId);
      await notes.delete(note.id);
    }
    const entities = tx.objectStore('entities');
    const mentions = tx.objectStore('mentions');
    for (const row of await entities.getAll()) {
      if (!ofPack(row.origin, packId) || wantedEntities.has(row.id)) continue;
      const entity = readRow(EntitySchema, row, 'entity');
      if (!entity) continue;
      if (heldByUser.has(entity.id)) {
        const kept: Entity = { ...entity, origin: { kind: 'own' }, modified: now };
        await entities.put(toStoredEntity(kept));
        write.keptEntities.push(kept);
        continue;
      }
      for (const mentionId of await mentions.index('byEntity').getAllKeys(entity.id))
        await mentions.delete(mentionId);
      await entities.delete(entity.id);
      write.removedEntityIds.push(entity.id);
    }
    for (const entity of wantedEntities.values()) {
      const stored = readRow(EntitySchema, await entities.get(entity.id), 'entity');
      if (stored && sameRecord(entity, stored)) continue;
      await entities.put(toStoredEntity(entity));
      write.entities += 1;
      write.changedEntities.push(entity);
    }
    for (const note of wantedNotes.values()) {
      const stored = readRow(NoteSchema, await notes.get(note.id), 'note');
      if (stored && sameRecord(note, stored)) continue;
      await notes.put(toStoredNote(note));
      write.notes += 1;
    }
    if ('save' in subscription) await tx.objectStore('packs').put(subscription.save);
    else await tx.objectStore('packs').delete(packId);
    return write;
  });
}
