// Reads the knowledge base page by page for exports, each page its own short read
// transaction, so an export of any size never holds every record (or one giant string) at once.
import type { Entity, Mention, Note, NoteVersion, RejectedSuggestion } from '../model';
import {
  EntitySchema,
  MentionSchema,
  NoteSchema,
  NoteVersionSchema,
  RejectedSuggestionSchema,
} from '../schemas';
import type { BackstoryDb } from '../db-schema';
import { readRows } from '../db-schema';
import type { RecordFilter } from './filters';
import { pageKey } from './filters';

export const PAGE_SIZE = 1000;

type PagedStore = 'entities' | 'notes' | 'noteVersions' | 'mentions' | 'rejectedSuggestions';

interface RecordOf {
  entities: Entity;
  notes: Note;
  noteVersions: NoteVersion;
  mentions: Mention;
  rejectedSuggestions: RejectedSuggestion;
}

const SCHEMAS = {
  entities: EntitySchema,
  notes: NoteSchema,
  noteVersions: NoteVersionSchema,
  mentions: MentionSchema,
  rejectedSuggestions: RejectedSuggestionSchema,
} as const;

const WHAT: Record<PagedStore, string> = {
  entities: 'entity',
  notes: 'note',
  noteVersions: 'note version',
  mentions: 'mention',
  rejectedSuggestions: 'rejected suggestion',
};

/** A store's records in key order, `size` at a time, validated like every other read. */
export async function* readPages<S extends PagedStore>(
  db: BackstoryDb,
  store: S,
  size = PAGE_SIZE,
): AsyncGenerator<RecordOf[S][]> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction(store, 'readonly');
    const objectStore = tx.objectStore(store);
    const [rows, keys] = await Promise.all([
      objectStore.getAll(range, size),
      objectStore.getAllKeys(range, size),
    ]);
    await tx.done;
    if (rows.length === 0) return;
    const last = keys[keys.length - 1];
    after = typeof last === 'string' ? last : String(last);
    // The schemas' output types are exactly the model's record types.
    yield readRows(SCHEMAS[store], rows, WHAT[store]) as RecordOf[S][];
    if (rows.length < size) return;
  }
}

export async function countRecords(db: BackstoryDb, store: PagedStore): Promise<number> {
  return db.count(store);
}

/** What every export needs to know about entities before writing notes and mentions. */
export interface EntityIndex {
  /** Entities the filter lets through, with their names (for CSV) and entities (for W3C). */
  names: Map<string, string>;
  entities: Map<string, Entity>;
}

/** Ids of entities seen on a page (its URL with or without a fragment). */
async function entitiesOnPage(db: BackstoryDb, page: string | null): Promise<Set<string>> {
  const ids = new Set<string>();
  if (page === null) return ids;
  const range = IDBKeyRange.bound(page, `${page}#\uffff`);
  for (const row of await db.getAllFromIndex('mentions', 'byUrl', range)) {
    if (pageKey(row.url) === page) ids.add(row.entityId);
  }
  return ids;
}

/** One pass over the entities: those the filter lets through, by id. */
export async function indexEntities(db: BackstoryDb, filter: RecordFilter): Promise<EntityIndex> {
  const onPage = await entitiesOnPage(db, filter.pageUrl);
  const index: EntityIndex = { names: new Map(), entities: new Map() };
  for await (const page of readPages(db, 'entities')) {
    for (const entity of page) {
      if (!filter.entity(entity, onPage)) continue;
      index.names.set(entity.id, entity.name);
      index.entities.set(entity.id, entity);
    }
  }
  return index;
}
