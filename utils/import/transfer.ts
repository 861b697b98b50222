// Hands an import file from an extension page to the background through the knowledge base's
// `transfers` store: the page puts the File (IndexedDB keeps it as a file, without reading it
// into a string) and the background reads it there. Nothing goes through messages, so neither
// side copies the text and the page never holds it. Same origin: both see the same database.
import type { BackstoryDb } from '../db-schema';
import { newId, nowIso } from '../model';
import type { OpenDb } from '../page-db';
import { openInPage } from '../page-db';

/** Puts a file for the background to take; returns its id. */
export async function stageFile(db: BackstoryDb, file: Blob): Promise<string> {
  const id = newId();
  await db.put('transfers', { id, file, created: nowIso() });
  return id;
}

/**
 * From an extension page: opens the knowledge base, stages the file and closes it again.
 * Null (with a warning) where that cannot be done: the caller then sends the text in messages.
 */
export async function stageFileInPage(file: Blob, open: OpenDb): Promise<string | null> {
  const instead = 'sending the import file in messages instead';
  const db = await openInPage(open, instead);
  if (!db) return null;
  try {
    return await stageFile(db, file);
  } catch (error) {
    console.warn(`Backstory: ${instead}:`, error);
    return null;
  } finally {
    db.close();
  }
}

/** Reads a staged file's text and removes it; null when there is no such file. */
export async function takeStagedFile(db: BackstoryDb, id: string): Promise<string | null> {
  const row = await db.get('transfers', id);
  if (!row) return null;
  try {
    return await row.file.text();
  } finally {
    await db.delete('transfers', id);
  }
}

/** How long a staged file waits to be taken before it counts as left over. */
export const STAGED_FILE_MAX_AGE_MS = 60 * 60_000;

/**
 * Removes files left by imports that never finished (a page closed half-way), keeping any
 * staged in the last hour: one may be on its way to the background that is starting now.
 */
export async function clearStagedFiles(db: BackstoryDb, now = Date.now()): Promise<number> {
  const before = new Date(now - STAGED_FILE_MAX_AGE_MS).toISOString();
  const tx = db.transaction('transfers', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.created >= before) continue;
    await cursor.delete();
    removed += 1;
  }
  await tx.done;
  return removed;
}
