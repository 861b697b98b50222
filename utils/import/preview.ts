// The preview an import shows before writing anything: how many entities and notes are new,
// changed, unchanged or conflicting, with the conflicts listed for the user to decide.
import type { Entity, Note, NoteVersion } from '../model';
import { normaliseKey } from '../model';
import type { BackstoryDb, StoredEntity } from '../db-schema';
import { readRows } from '../db-schema';
import { EntitySchema, NoteSchema, NoteVersionSchema } from '../schemas';
import type { PackMeta, PackRecords, PackSettings } from '../pack-format';
import { PACK_VERSION } from '../pack-format';
import type { ImportStatus } from './diff';
import { entityStatus, historyByNote, noteStatus, recordKey } from './diff';
import type { ImportKind } from './read';

export interface StatusCounts {
  new: number;
  changed: number;
  unchanged: number;
  conflict: number;
}

export interface PreviewItem {
  /** `entity:<id>` or `note:<id>`: what a per-conflict choice refers to. */
  key: string;
  kind: 'entity' | 'note';
  label: string;
  status: ImportStatus;
  /** For a conflict: my version and theirs, shortly. */
  mine?: string;
  theirs?: string;
}

export interface ImportPreview {
  kind: ImportKind;
  name?: string;
  settings?: PackSettings;
  /** The pack version the file was written in, when older than ours. */
  migratedFrom?: number;
  entities: StatusCounts;
  notes: StatusCounts;
  mentions: number;
  noteVersions: number;
  /** The first conflicts (conflictCount says how many there are). */
  conflicts: PreviewItem[];
  conflictCount: number;
  /** The first new and changed records, to show what will happen. */
  changes: PreviewItem[];
}

export const LISTED_CONFLICTS = 500;
export const LISTED_CHANGES = 50;

/** The stored records an import is compared with. */
export interface StoredRecords {
  entities: Map<string, Entity>;
  notes: Map<string, Note>;
  history: Map<string, NoteVersion[]>;
}

/**
 * Stored rows as records: read through the schemas, which also drop derived fields (look-up
 * keys, search words), so only content is compared.
 */
export function storedRecords(
  entities: readonly StoredEntity[],
  notes: readonly Note[],
  versions: readonly NoteVersion[],
): StoredRecords {
  return {
    entities: new Map(readRows(EntitySchema, entities, 'entity').map((entity) => [entity.id, entity])),
    notes: new Map(readRows(NoteSchema, notes, 'note').map((note) => [note.id, note])),
    history: historyByNote(readRows(NoteVersionSchema, versions, 'note version')),
  };
}

export async function loadStored(db: BackstoryDb): Promise<StoredRecords> {
  const tx = db.transaction(['entities', 'notes', 'noteVersions'], 'readonly');
  const [entities, notes, versions] = await Promise.all([
    tx.objectStore('entities').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('noteVersions').getAll(),
  ]);
  await tx.done;
  return storedRecords(entities, notes, versions);
}

type FullRecords = Extract<PackRecords, { kind: 'full' }>;

/** Each incoming entity's and note's status, in the pack's order. */
export function classify(stored: StoredRecords, records: FullRecords) {
  const incomingHistory = historyByNote(records.noteVersions);
  return {
    entities: records.entities.map((entity) => entityStatus(stored.entities.get(entity.id), entity)),
    notes: records.notes.map((note) =>
      noteStatus(
        stored.notes.get(note.id),
        note,
        stored.history.get(note.id) ?? [],
        incomingHistory.get(note.id) ?? [],
      ),
    ),
  };
}

const counts = (): StatusCounts => ({ new: 0, changed: 0, unchanged: 0, conflict: 0 });
const excerpt = (text: string, length = 80) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
const describeEntity = (entity: Entity) =>
  `${entity.name} (${[entity.description, ...entity.aliases.map((alias) => alias.text)].filter(Boolean).join('; ')})`;

function previewFull(stored: StoredRecords, records: FullRecords, base: ImportPreview): ImportPreview {
  const statuses = classify(stored, records);
  const names = new Map(records.entities.map((entity) => [entity.id, entity.name]));
  const list = (item: PreviewItem) => {
    base[item.kind === 'entity' ? 'entities' : 'notes'][item.status] += 1;
    if (item.status === 'conflict') {
      base.conflictCount += 1;
      if (base.conflicts.length < LISTED_CONFLICTS) base.conflicts.push(item);
    } else if (item.status !== 'unchanged' && base.changes.length < LISTED_CHANGES) {
      base.changes.push(item);
    }
  };
  records.entities.forEach((entity, index) => {
    const status = statuses.entities[index] ?? 'new';
    const mine = stored.entities.get(entity.id);
    list({
      key: recordKey('entity', entity.id),
      kind: 'entity',
      label: entity.name,
      status,
      ...(status === 'conflict' && mine
        ? { mine: describeEntity(mine), theirs: describeEntity(entity) }
        : {}),
    });
  });
  records.notes.forEach((note, index) => {
    const status = statuses.notes[index] ?? 'new';
    const mine = stored.notes.get(note.id);
    list({
      key: recordKey('note', note.id),
      kind: 'note',
      label: `${names.get(note.entityId) ?? ''}: ${excerpt(note.text)}`,
      status,
      ...(status === 'conflict' && mine
        ? { mine: excerpt(mine.text, 300), theirs: excerpt(note.text, 300) }
        : {}),
    });
  });
  return base;
}

/** A hand-written pack merges by type and name, adding only what is missing: no conflicts. */
function previewMinimal(
  stored: StoredRecords,
  records: Extract<PackRecords, { kind: 'minimal' }>,
  base: ImportPreview,
): ImportPreview {
  const byName = new Map<string, Entity>();
  for (const entity of stored.entities.values())
    byName.set(`${entity.type}:${normaliseKey(entity.name)}`, entity);
  const notesByEntity = new Map<string, Set<string>>();
  for (const note of stored.notes.values()) {
    const texts = notesByEntity.get(note.entityId) ?? new Set<string>();
    texts.add(normaliseKey(note.text));
    notesByEntity.set(note.entityId, texts);
  }
  records.entities.forEach((incoming, index) => {
    const match = byName.get(`${incoming.type}:${normaliseKey(incoming.name)}`);
    const texts = (match && notesByEntity.get(match.id)) ?? new Set<string>();
    const adds =
      match !== undefined &&
      (incoming.aliases.some(
        (alias) => !match.aliases.some((known) => known.text === alias.text) && alias.text !== match.name,
      ) ||
        incoming.links.some((link) => !match.links.some((known) => known.url === link.url)) ||
        incoming.tags.some((tag) => !match.tags.includes(tag)) ||
        (!match.description && incoming.description !== ''));
    const status: ImportStatus = !match ? 'new' : adds ? 'changed' : 'unchanged';
    base.entities[status] += 1;
    if (status !== 'unchanged' && base.changes.length < LISTED_CHANGES)
      base.changes.push({ key: `minimal:${index}`, kind: 'entity', label: incoming.name, status });
    for (const note of incoming.notes) {
      const known = texts.has(normaliseKey(note.text));
      texts.add(normaliseKey(note.text));
      base.notes[known ? 'unchanged' : 'new'] += 1;
      if (!known && base.changes.length < LISTED_CHANGES)
        base.changes.push({
          key: `minimal:${index}`,
          kind: 'note',
          label: `${incoming.name}: ${excerpt(note.text)}`,
          status: 'new',
        });
    }
  });
  return base;
}

export function buildPreview(
  stored: StoredRecords,
  kind: ImportKind,
  records: PackRecords,
  meta: PackMeta,
): ImportPreview {
  const base: ImportPreview = {
    kind,
    ...(meta.name ? { name: meta.name } : {}),
    ...(meta.settings ? { settings: meta.settings } : {}),
    ...(meta.version !== undefined && meta.version < PACK_VERSION ? { migratedFrom: meta.version } : {}),
    entities: counts(),
    notes: counts(),
    mentions: records.kind === 'full' ? records.mentions.length : 0,
    noteVersions: records.kind === 'full' ? records.noteVersions.length : 0,
    conflicts: [],
    conflictCount: 0,
    changes: [],
  };
  return records.kind === 'full' ? previewFull(stored, records, base) : previewMinimal(stored, records, base);
}
