// The knowledge base's other records: where entities were seen (mentions), names the user
// rejected as suggestions, and pack subscriptions. Same rules as db.ts: validated reads,
// one transaction per write.
import type { Mention, PackSubscription, RejectedSuggestion, TextQuoteSelector } from './model';
import { newId, normaliseKey, nowIso } from './model';
import { MentionSchema, PackSubscriptionSchema, RejectedSuggestionSchema } from './schemas';
import type { BackstoryDb } from './db-schema';
import { inTransaction, readRows } from './db-schema';

/** A sighting of an entity on a page, before it has an id and time. */
export interface MentionInput {
  entityId: string;
  url: string;
  title: string;
  selector: TextQuoteSelector;
  start: number;
  end: number;
}

/**
 * Records where entities were seen: one mention per entity and page, updated (time, title,
 * place) when seen again. Mentions of entities that no longer exist are skipped.
 */
export async function recordMentions(db: BackstoryDb, inputs: readonly MentionInput[]): Promise<number> {
  if (inputs.length === 0) return 0;
  return inTransaction(db, ['entities', 'mentions'], async (tx) => {
    const mentions = tx.objectStore('mentions');
    const seen = nowIso();
    let written = 0;
    for (const input of inputs) {
      if ((await tx.objectStore('entities').getKey(input.entityId)) === undefined) continue;
      const previous = await mentions.index('byEntityUrl').get([input.entityId, input.url]);
      await mentions.put({ ...input, id: previous?.id ?? newId(), seen });
      written += 1;
    }
    return written;
  });
}

/** Where an entity was seen, most recent first. */
export async function mentionsForEntity(db: BackstoryDb, entityId: string): Promise<Mention[]> {
  const rows = readRows(MentionSchema, await db.getAllFromIndex('mentions', 'byEntity', entityId), 'mention');
  return rows.sort((a, b) => b.seen.localeCompare(a.seen));
}

/** The entities seen on a page. */
export async function mentionsForUrl(db: BackstoryDb, url: string): Promise<Mention[]> {
  return readRows(MentionSchema, await db.getAllFromIndex('mentions', 'byUrl', url), 'mention');
}

export async function listRejectedSuggestions(db: BackstoryDb): Promise<RejectedSuggestion[]> {
  return readRows(RejectedSuggestionSchema, await db.getAll('rejectedSuggestions'), 'rejected suggestion');
}

/** Remembers that the user does not want `name` suggested again. */
export async function rejectSuggestion(
  db: BackstoryDb,
  name: string,
  type: RejectedSuggestion['type'],
): Promise<RejectedSuggestion> {
  const row: RejectedSuggestion = { key: normaliseKey(name), name: name.trim(), type, rejected: nowIso() };
  await inTransaction(db, ['rejectedSuggestions'], async (tx) => {
    await tx.objectStore('rejectedSuggestions').put(row);
  });
  return row;
}

export async function listPackSubscriptions(db: BackstoryDb): Promise<PackSubscription[]> {
  return readRows(PackSubscriptionSchema, await db.getAll('packs'), 'pack subscription');
}

export async function savePackSubscription(db: BackstoryDb, subscription: PackSubscription): Promise<void> {
  await inTransaction(db, ['packs'], async (tx) => {
    await tx.objectStore('packs').put(subscription);
  });
}
