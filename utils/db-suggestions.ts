// Suggestions against the knowledge base: which names are already known or were rejected,
// rejecting one for good, and accepting one as a new entity with its first note, in one
// transaction.
import type { Entity, Note, Source } from './model';
import { newId, normaliseKey, nowIso } from './model';
import type { BackstoryDb } from './db-schema';
import { inTransaction, toStoredEntity, toStoredNote } from './db-schema';
import type { EntityInput } from './schemas';
import { entityFromInput } from './db';

/** For each name, whether it may be suggested: not rejected and not a known name or alias. */
export async function suggestable(db: BackstoryDb, names: readonly { name: string }[]): Promise<boolean[]> {
  const tx = db.transaction(['entities', 'rejectedSuggestions'], 'readonly');
  const entities = tx.objectStore('entities').index('byAliasKey');
  const rejected = tx.objectStore('rejectedSuggestions');
  const result = await Promise.all(
    names.map(async ({ name }) => {
      const key = normaliseKey(name);
      const [known, refused] = await Promise.all([entities.count(key), rejected.count(key)]);
      return known === 0 && refused === 0;
    }),
  );
  await tx.done;
  return result;
}

/** Adds a suggested name as an entity, with a first note citing the page, all or nothing. */
export async function acceptSuggestion(
  db: BackstoryDb,
  input: EntityInput,
  note: { text: string; sources: Source[]; author: string } | null,
): Promise<{ entity: Entity; note: Note | null }> {
  return inTransaction(db, ['entities', 'notes', 'rejectedSuggestions'], async (tx) => {
    const now = nowIso();
    const entity = entityFromInput(input, {
      id: newId(),
      origin: { kind: 'own' },
      created: now,
      modified: now,
    });
    await tx.objectStore('entities').put(toStoredEntity(entity));
    await tx.objectStore('rejectedSuggestions').delete(normaliseKey(input.name));
    let saved: Note | null = null;
    if (note) {
      saved = {
        id: newId(),
        entityId: entity.id,
        ...note,
        origin: { kind: 'own' },
        created: now,
        modified: now,
      };
      await tx.objectStore('notes').put(toStoredNote(saved));
    }
    return { entity, note: saved };
  });
}
