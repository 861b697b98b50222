// Search over the whole knowledge base as the user types: entities by the words of their
// names and aliases, and notes by the words of their text. Each query is a prefix range over a
// multi-entry word index (db-words.ts) with a cap on candidates, so its cost depends on how
// many records match, not on how many there are (see scripts/bench/search.ts).
import type { EntitySummary } from './model';
import { EntitySchema, NoteSchema } from './schemas';
import type { BackstoryDb, StoredEntity, StoredNote } from './db-schema';
import { readRow } from './db-schema';
import { foldText, matchesAllPrefixes, prefixRange, searchWords, splitWords, textWords } from './db-words';

/** Most index entries read per query: a one-letter query stops here. */
const MAX_CANDIDATES = 2000;

/** A note whose text matches, with its entity. */
export interface NoteHit {
  noteId: string;
  entity: EntitySummary;
  /** The note's text around the first matching word, on one line. */
  excerpt: string;
}

export interface SearchResults {
  entities: EntitySummary[];
  notes: NoteHit[];
  /** Imported notes are still being given their search words: some may not be found yet. */
  notesIndexing?: boolean;
}

const summary = (entity: StoredEntity): EntitySummary => ({
  id: entity.id,
  type: entity.type,
  name: entity.name,
});

/** The query word whose prefix range is smallest, so the fewest candidates are read. */
async function probeWord(
  index: { count(range: IDBKeyRange): Promise<number> },
  words: readonly string[],
): Promise<string> {
  const [first = ''] = words;
  if (words.length === 1) return first;
  const counts = await Promise.all(words.map((word) => index.count(prefixRange(word))));
  let best = 0;
  counts.forEach((count, at) => {
    if (count < (counts[best] ?? Infinity)) best = at;
  });
  return words[best] ?? first;
}

/** Entities whose name or alias words start with every word of the query, best first. */
export async function searchEntityWords(
  db: BackstoryDb,
  query: string,
  limit: number,
): Promise<EntitySummary[]> {
  const words = splitWords(query);
  if (words.length === 0) return recentEntities(db, limit);
  const tx = db.transaction('entities', 'readonly');
  const store = tx.objectStore('entities');
  const index = store.index('byWord');
  const ids = new Set(await index.getAllKeys(prefixRange(await probeWord(index, words)), MAX_CANDIDATES));
  const rows = await Promise.all([...ids].map((id) => store.get(id)));
  await tx.done;
  const folded = foldText(query).trim();
  const ranked: { entity: StoredEntity; rank: number }[] = [];
  for (const row of rows) {
    if (!row || !readRow(EntitySchema, row, 'entity')) continue;
    if (!matchesAllPrefixes(row.words ?? searchWords(row), words)) continue;
    const name = foldText(row.name);
    const rank = name.startsWith(folded) ? 0 : matchesAllPrefixes(splitWords(row.name), words) ? 1 : 2;
    ranked.push({ entity: row, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name, 'en'));
  return ranked.slice(0, Math.max(0, limit)).map((item) => summary(item.entity));
}

/** The most recently changed entities (what an empty search box shows). */
export async function recentEntities(db: BackstoryDb, limit: number): Promise<EntitySummary[]> {
  const out: EntitySummary[] = [];
  const tx = db.transaction('entities', 'readonly');
  let cursor = await tx.objectStore('entities').index('byModified').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    if (readRow(EntitySchema, cursor.value, 'entity')) out.push(summary(cursor.value));
    cursor = await cursor.continue();
  }
  await tx.done;
  return out;
}

function excerptOf(text: string, words: readonly string[], width = 120): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const folded = foldText(flat);
  // Folding may change lengths (ligatures); where it did, start at the beginning.
  const at = folded.length === flat.length ? Math.max(0, folded.indexOf(words[0] ?? '')) : 0;
  const from = Math.max(0, at - 30);
  const cut = flat.slice(from, from + width);
  return `${from > 0 ? '…' : ''}${cut}${from + width < flat.length ? '…' : ''}`;
}

/** Notes whose text has words starting with every word of the query, at most `limit`. */
export async function searchNoteWords(db: BackstoryDb, query: string, limit: number): Promise<NoteHit[]> {
  const words = splitWords(query).filter((word) => word.length >= 2);
  if (words.length === 0 || limit <= 0) return [];
  const tx = db.transaction(['notes', 'entities'], 'readonly');
  const notes = tx.objectStore('notes');
  const index = notes.index('byWord');
  const ids = new Set(await index.getAllKeys(prefixRange(await probeWord(index, words)), MAX_CANDIDATES));
  const hits: NoteHit[] = [];
  for (const id of ids) {
    if (hits.length >= limit) break;
    const row: StoredNote | undefined = await notes.get(id);
    const note = readRow(NoteSchema, row, 'note');
    if (!row || !note || !matchesAllPrefixes(row.words ?? textWords(note.text), words)) continue;
    const entity = await tx.objectStore('entities').get(note.entityId);
    if (!entity) continue;
    hits.push({ noteId: note.id, entity: summary(entity), excerpt: excerptOf(note.text, words) });
  }
  await tx.done;
  return hits;
}

/** Entities and notes matching the query; entities only (most recent) when it is empty. */
export async function searchKnowledgeBase(
  db: BackstoryDb,
  query: string,
  limits: { entities: number; notes: number },
): Promise<SearchResults> {
  const [entities, notes] = await Promise.all([
    searchEntityWords(db, query, limits.entities),
    searchNoteWords(db, query, limits.notes),
  ]);
  return { entities, notes };
}

/**
 * Rows per transaction while search words are filled in: short enough (well under a second)
 * that the popover's reads are not held up, long enough not to pay a commit per few rows.
 */
const INDEX_CHUNK = 2000;

/**
 * Writes the search words of entities and notes stored without them (by an import or a pack
 * subscription, which leave them out to write fast). Entities first, so names are found soonest;
 * then notes. Each chunk of rows is read and written in its own short transaction, so the
 * popover and the popup are served in between, and a row changed meanwhile is read afresh.
 * Returns how many rows were given words.
 */
export async function indexSearchWords(
  db: BackstoryDb,
  onProgress: (written: number) => void = () => undefined,
): Promise<number> {
  let written = 0;
  const count = (rows: number) => {
    written += rows;
    if (rows > 0) onProgress(written);
  };
  await fillWords(db, 'entities', (row: StoredEntity) => searchWords(row), count);
  await fillWords(db, 'notes', (row: StoredNote) => textWords(row.text), count);
  return written;
}

async function fillWords<S extends 'entities' | 'notes'>(
  db: BackstoryDb,
  store: S,
  wordsOf: (row: S extends 'entities' ? StoredEntity : StoredNote) => string[],
  count: (rows: number) => void,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    // Derived data, rebuilt if lost: it need not wait for the disk to confirm each chunk.
    const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const rows = (await tx.store.getAll(range, INDEX_CHUNK)) as (S extends 'entities'
      ? StoredEntity
      : StoredNote)[];
    let changed = 0;
    for (const row of rows) {
      if (row.words !== undefined) continue;
      // Failures surface through tx.done, which aborts the chunk (it is then tried next time).
      tx.store.put({ ...row, words: wordsOf(row) }).catch(() => undefined);
      changed += 1;
    }
    await tx.done;
    count(changed);
    const last = rows[rows.length - 1];
    if (rows.length < INDEX_CHUNK || !last) return;
    after = last.id;
  }
}
