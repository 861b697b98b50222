// Writes an import as the preview described it, with the user's answers to its conflicts, in
// one transaction: a failure anywhere (quota, a closed page, a crash) writes nothing. Notes'
// search words are left out and added afterwards (indexSearchWords), in short transactions;
// entities have theirs at once, so every imported name can be searched for when it is done.
import type { Entity, Note, NoteVersion } from '../model';
import { newId, nowIso } from '../model';
import type { ImportReport } from '../protocol';
import type { BackstoryDb } from '../db-schema';
import { unwrap, wrap } from 'idb';
import { inTransaction, readRows, toStoredEntity } from '../db-schema';
import { MentionSchema } from '../schemas';
import type { PackRecords } from '../pack-format';
import { importRecords } from '../pack';
import type { Resolution } from './diff';
import { choiceFor, recordKey, sameRecord } from './diff';
import { classify, storedRecords } from './preview';

export type ImportProgress = (done: number, total: number) => void;

const STORES: ['entities', 'notes', 'noteVersions', 'mentions', 'rejectedSuggestions'] = [
  'entities',
  'notes',
  'noteVersions',
  'mentions',
  'rejectedSuggestions',
];

/** Write requests queued per slice (see WritePipeline). */
const WRITE_SLICE = 2000;

/** How often progress is reported, in records written. */
const PROGRESS_EVERY = 1000;

export async function applyImport(
  db: BackstoryDb,
  records: PackRecords,
  resolution: Resolution,
  onProgress: ImportProgress = () => undefined,
): Promise<ImportReport> {
  // A hand-written pack only adds what is missing: it has no conflicts to resolve.
  if (records.kind === 'minimal') return importRecords(db, records);
  const total =
    records.entities.length + records.notes.length + records.noteVersions.length + records.mentions.length;
  return inTransaction(db, STORES, async (tx) => {
    // Classified again inside the write, so nothing changed between preview and write.
    const [entityRows, noteRows, versionRows] = await Promise.all([
      tx.objectStore('entities').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('noteVersions').getAll(),
    ]);
    const stored = storedRecords(entityRows, noteRows, versionRows);
    const statuses = classify(stored, records);
    const report: ImportReport = { entities: 0, notes: 0 };
    let done = 0;
    const step = () => {
      done += 1;
      if (done % PROGRESS_EVERY === 0) onProgress(done, total);
    };
    // Requests are issued back to back, a slice at a time: one slice stays queued in the
    // database while the previous one completes, so it never waits for this code. Progress
    // counts completed requests. A failing request aborts the transaction. The bare requests
    // are used (not idb's promise for each): most of a large import is spent here.
    const pipeline = new WritePipeline(WRITE_SLICE);
    const queue = (request: IDBRequest, counts = true) => pipeline.add(request, counts ? step : null);
    const stores = {
      entities: unwrap(tx.objectStore('entities')),
      notes: unwrap(tx.objectStore('notes')),
      noteVersions: unwrap(tx.objectStore('noteVersions')),
      mentions: unwrap(tx.objectStore('mentions')),
      rejectedSuggestions: unwrap(tx.objectStore('rejectedSuggestions')),
    };
    const skip = () => step();
    const now = nowIso();

    /** Incoming entity id → the id it is written under (a copy when the user keeps both). */
    const entityIds = new Map<string, string>();
    const copiedEntities = new Set<string>();
    for (const [index, entity] of records.entities.entries()) {
      const status = statuses.entities[index] ?? 'new';
      const choice = status === 'conflict' ? choiceFor(resolution, recordKey('entity', entity.id)) : 'theirs';
      entityIds.set(entity.id, entity.id);
      if (status === 'unchanged' || choice === 'mine') {
        skip();
        continue;
      }
      let written: Entity = entity;
      if (choice === 'both') {
        written = { ...entity, id: newId() };
        entityIds.set(entity.id, written.id);
        copiedEntities.add(entity.id);
      }
      await queue(stores.entities.put(toStoredEntity(written)));
      report.entities += 1;
    }

    /** Incoming note id → the id it is written under; notes not written are absent. */
    const noteIds = new Map<string, string>();
    for (const [index, note] of records.notes.entries()) {
      const entityId = entityIds.get(note.entityId) ?? note.entityId;
      const mine = stored.notes.get(note.id);
      const status = statuses.notes[index] ?? 'new';
      let choice = status === 'conflict' ? choiceFor(resolution, recordKey('note', note.id)) : 'theirs';
      // A note of an entity kept as a copy goes with the copy, as a copy of its own if need be.
      if (copiedEntities.has(note.entityId)) choice = mine ? 'both' : 'theirs';
      else if (status === 'unchanged') choice = 'mine';
      if (choice === 'mine') {
        skip();
        continue;
      }
      let written: Note = { ...note, entityId };
      if (choice === 'both') written = { ...written, id: newId() };
      // Their history already holds my state when theirs is a later one; otherwise keep it.
      else if (mine && status === 'conflict')
        await queue(stores.noteVersions.put(keptVersion(mine, now)), false);
      noteIds.set(note.id, written.id);
      // Without search words (up to 400 a note): indexSearchWords adds them after the commit.
      await queue(stores.notes.put(written));
      report.notes += 1;
    }

    const storedVersionIds = new Set(versionRows.map((version) => version.id));
    for (const version of records.noteVersions) {
      const noteId = noteIds.get(version.noteId);
      if (noteId === undefined) {
        skip();
        continue;
      }
      const copy = noteId !== version.noteId;
      const id = copy && storedVersionIds.has(version.id) ? newId() : version.id;
      await queue(stores.noteVersions.put({ ...version, id, noteId }));
    }

    const mentions = tx.objectStore('mentions');
    const place = (entityId: string, url: string) => `${entityId}\n${url}`;
    const storedMentions = new Map(
      readRows(MentionSchema, await mentions.getAll(), 'mention').map((row) => [
        place(row.entityId, row.url),
        row,
      ]),
    );
    for (const mention of records.mentions) {
      const entityId = entityIds.get(mention.entityId) ?? mention.entityId;
      const clash = storedMentions.get(place(entityId, mention.url));
      if (clash && sameRecord(clash, { ...mention, entityId })) {
        skip();
        continue;
      }
      // One mention per entity and page: the later sighting stays.
      if (clash && clash.id !== mention.id) {
        if (clash.seen >= mention.seen) {
          skip();
          continue;
        }
        await queue(stores.mentions.delete(clash.id), false);
      }
      const id = copiedEntities.has(mention.entityId) ? newId() : mention.id;
      const written = { ...mention, id, entityId };
      storedMentions.set(place(entityId, mention.url), written);
      await queue(stores.mentions.put(written));
    }
    for (const rejected of records.rejectedSuggestions)
      await queue(stores.rejectedSuggestions.put(rejected), false);
    await pipeline.finish();
    onProgress(total, total);
    return report;
  });
}

/** My state of a note the import replaces, kept in its history so nothing is lost. */
function keptVersion(mine: Note, replaced: string): NoteVersion {
  return {
    id: newId(),
    noteId: mine.id,
    text: mine.text,
    sources: mine.sources,
    author: mine.author,
    replaced,
    modified: mine.modified,
  };
}

/**
 * Keeps the database busy: requests are added without waiting for each, and only when a
 * slice is full does the writer wait — for the last request of the slice before it, so one
 * whole slice is always queued. Requests complete in order, so that one stands for its slice.
 * A transaction that aborts fails every pending request, so a wait never hangs.
 */
export class WritePipeline {
  private inSlice = 0;
  private previous: Promise<unknown> | null = null;
  private last: IDBRequest | null = null;

  constructor(private readonly size: number) {}

  /** Adds a request (`done` runs when it succeeds); resolves at once unless a slice is full. */
  add(request: IDBRequest, done: (() => void) | null): Promise<unknown> | undefined {
    if (done) request.addEventListener('success', done);
    this.last = request;
    this.inSlice += 1;
    if (this.inSlice < this.size) return undefined;
    this.inSlice = 0;
    const before = this.previous;
    this.previous = settled(request);
    return before ?? undefined;
  }

  /** Resolves when every request added has succeeded. */
  async finish(): Promise<void> {
    if (this.last) await settled(this.last);
  }
}

/** The request's outcome as a promise (idb's `wrap`, which only waits for one still pending). */
function settled(request: IDBRequest): Promise<unknown> {
  const result: Promise<unknown> =
    request.readyState !== 'done'
      ? wrap(request)
      : request.error
        ? Promise.reject(request.error)
        : Promise.resolve();
  // Observed, so a failure after an abort is not reported as unhandled; awaited by the writer.
  result.catch(() => undefined);
  return result;
}
