// Import and export of packs: export writes every record losslessly; import checks the whole
// file first, then writes it in one transaction (all or nothing).
import type { Entity, Note, Origin } from './model';
import { newId, normaliseKey } from './model';
import type { ImportReport } from './protocol';
import type { BackstoryDb, WriteTransaction } from './db-schema';
import { inTransaction, toStoredEntity, toStoredNote } from './db-schema';
import type { MinimalEntity, PackRecords } from './pack-format';
import { parsePack } from './pack-format';
import { collectExport } from './export/stream';

export { parsePack, PACK_FORMAT, PACK_VERSION, GENERATOR } from './pack-format';
export type { ParsedPack, PackRecords } from './pack-format';

/** A pack that failed validation: `errors` says where, one line per problem. */
export class PackError extends Error {
  override name = 'PackError';
  constructor(readonly errors: string[]) {
    super(`The pack was not imported (nothing was changed):\n${errors.join('\n')}`);
  }
}

/**
 * Every record as a pack (JSON text), each kind in id order. The text is the streamed export
 * (utils/export) joined: one writer, so a whole export and a streamed one are the same file.
 */
export async function exportPack(db: BackstoryDb): Promise<string> {
  const files = await collectExport(db, { format: 'pack' });
  return [...files.values()].join('');
}

type ImportStores = ['entities', 'notes', 'noteVersions', 'mentions', 'rejectedSuggestions'];
const IMPORT_STORES: ImportStores = ['entities', 'notes', 'noteVersions', 'mentions', 'rejectedSuggestions'];

/** Our own pack: every record upserted by id, so importing a backup twice changes nothing. */
async function writeFullPack(
  tx: WriteTransaction<ImportStores>,
  records: Extract<PackRecords, { kind: 'full' }>,
  origin: Origin | undefined,
): Promise<ImportReport> {
  for (const entity of records.entities) {
    await tx.objectStore('entities').put(toStoredEntity(origin ? { ...entity, origin } : entity));
  }
  for (const note of records.notes) {
    await tx.objectStore('notes').put(toStoredNote(origin ? { ...note, origin } : note));
  }
  for (const version of records.noteVersions) await tx.objectStore('noteVersions').put(version);
  const mentions = tx.objectStore('mentions');
  for (const mention of records.mentions) {
    // One mention per entity and page: a stored one under another id gives way to the pack's.
    const clash = await mentions.index('byEntityUrl').getKey([mention.entityId, mention.url]);
    if (clash !== undefined && clash !== mention.id) await mentions.delete(clash);
    await mentions.put(mention);
  }
  for (const rejected of records.rejectedSuggestions)
    await tx.objectStore('rejectedSuggestions').put(rejected);
  return { entities: records.entities.length, notes: records.notes.length };
}

const sameText = (text: string) => normaliseKey(text);

/** Adds to `existing` what `incoming` has and it lacks; returns null when nothing is new. */
function mergeEntity(existing: Entity, incoming: MinimalEntity, now: string): Entity | null {
  const aliases = [...existing.aliases];
  for (const alias of incoming.aliases) {
    if (alias.text !== existing.name && !aliases.some((known) => known.text === alias.text))
      aliases.push(alias);
  }
  const links = [...existing.links];
  for (const link of incoming.links) {
    if (!links.some((known) => known.url === link.url)) links.push(link);
  }
  const tags = [...new Set([...existing.tags, ...incoming.tags])];
  const description = existing.description || incoming.description;
  const changed =
    aliases.length !== existing.aliases.length ||
    links.length !== existing.links.length ||
    tags.length !== existing.tags.length ||
    description !== existing.description;
  return changed ? { ...existing, aliases, links, tags, description, modified: now } : null;
}

/**
 * A hand-written pack: each entity matched to a stored one of the same type and normalised
 * name and merged into it (missing aliases, links, tags; notes whose text is new), or created.
 */
async function writeMinimalPack(
  tx: WriteTransaction<ImportStores>,
  entities: readonly MinimalEntity[],
  origin: Origin,
): Promise<ImportReport> {
  const start = Date.now();
  let tick = 0;
  // Records created in one import get distinct, increasing times, so they keep the pack's order.
  const nextTime = () => new Date(start + tick++).toISOString();
  const report: ImportReport = { entities: 0, notes: 0 };
  const store = tx.objectStore('entities');
  for (const incoming of entities) {
    const key = normaliseKey(incoming.name);
    const candidates = await store.index('byAliasKey').getAll(key);
    const match = candidates.find(
      (stored) => stored.type === incoming.type && normaliseKey(stored.name) === key,
    );
    let entity: Entity;
    if (match) {
      const { keys: _keys, ...existing } = match;
      const merged = mergeEntity(existing, incoming, nextTime());
      entity = merged ?? existing;
      if (merged) {
        await store.put(toStoredEntity(merged));
        report.entities += 1;
      }
    } else {
      const now = nextTime();
      entity = {
        id: newId(),
        type: incoming.type,
        name: incoming.name,
        aliases: incoming.aliases,
        description: incoming.description,
        links: incoming.links,
        tags: incoming.tags,
        origin,
        created: now,
        modified: now,
      };
      await store.put(toStoredEntity(entity));
      report.entities += 1;
    }
    const stored = await tx.objectStore('notes').index('byEntity').getAll(entity.id);
    const texts = new Set(stored.map((note) => sameText(note.text)));
    for (const incomingNote of incoming.notes) {
      if (texts.has(sameText(incomingNote.text))) continue;
      texts.add(sameText(incomingNote.text));
      const now = nextTime();
      const note: Note = {
        id: newId(),
        entityId: entity.id,
        text: incomingNote.text,
        sources: incomingNote.sources,
        author: incomingNote.author,
        origin,
        created: now,
        modified: now,
      };
      await tx.objectStore('notes').put(toStoredNote(note));
      report.notes += 1;
    }
  }
  return report;
}

/**
 * Imports a pack file's text. Throws PackError (nothing written) when the file is not a valid
 * pack; the write is one transaction, so a failure part-way also leaves the data as it was.
 * `origin` marks the records (default: as in our pack, or own for a minimal pack).
 * The report counts entities created or changed and notes written.
 */
export async function importPack(db: BackstoryDb, text: string, origin?: Origin): Promise<ImportReport> {
  const parsed = parsePack(text);
  if (!parsed.ok) throw new PackError(parsed.errors);
  return importRecords(db, parsed.records, origin);
}

/** Writes already validated pack records (see importPack). */
export async function importRecords(
  db: BackstoryDb,
  records: PackRecords,
  origin?: Origin,
): Promise<ImportReport> {
  return inTransaction(db, IMPORT_STORES, (tx) =>
    records.kind === 'full'
      ? writeFullPack(tx, records, origin)
      : writeMinimalPack(tx, records.entities, origin ?? { kind: 'own' }),
  );
}
