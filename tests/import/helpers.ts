// Import test helpers: the knowledge base as text (compared byte for byte before and after),
// and running a whole import through the port as the options page does.
import type { BackstoryDb } from '../../utils/db';
import { exportPack } from '../../utils/pack';
import type { Resolution } from '../../utils/import/diff';
import { IMPORT_PORT, ImportSession, serveImportPort } from '../../utils/import/port';
import { OWNER, portPair } from '../export/helpers';

/** Every stored record, as text, without the export time. */
export async function dump(db: BackstoryDb): Promise<string> {
  return (await exportPack(db)).replace(/"exported": "[^"]*"/u, '"exported": ""');
}

/** Raw rows of every store, in key order: what is really on disk, derived fields and all. */
export async function rawDump(db: BackstoryDb): Promise<string> {
  const stores = ['entities', 'notes', 'noteVersions', 'mentions', 'rejectedSuggestions', 'packs'] as const;
  const rows = await Promise.all(stores.map((store) => db.getAll(store)));
  return JSON.stringify(rows);
}

export function openSession(db: BackstoryDb, onChanged: () => void = () => undefined): ImportSession {
  const [page, background] = portPair(IMPORT_PORT);
  serveImportPort(background, { db, owner: OWNER, onChanged });
  return new ImportSession(page);
}

export const KEEP_MINE: Resolution = { all: 'mine', byKey: {} };
export const TAKE_THEIRS: Resolution = { all: 'theirs', byKey: {} };
