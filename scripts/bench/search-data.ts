// A large generated knowledge base for the search benchmark and the search scale test: the
// benchmark's generated entities, and a note on every tenth one, written in chunks.
import type { BackstoryDb } from '../../utils/db-schema';
import { toStoredEntity, toStoredNote } from '../../utils/db-schema';
import type { Entity, Note } from '../../utils/model';
import { generateEntities } from './names';

const CHUNK = 10_000;
const topics = ['sanctions', 'elections', 'the ministry', 'energy prices', 'the border', 'a court ruling'];

/** The note written for every tenth entity. */
export function generatedNote(entity: Entity, index: number): Note {
  return {
    id: `n-${index}`,
    entityId: entity.id,
    text: `${entity.name} spoke about ${topics[index % topics.length] ?? 'the news'} in interview ${index}.`,
    sources: [{ url: `https://news.example/${index}`, title: `Story ${index}` }],
    author: '',
    origin: { kind: 'own' },
    created: entity.created,
    modified: entity.modified,
  };
}

/** Writes `count` generated entities (and a note per ten) and returns them. */
export async function fillKnowledgeBase(
  db: BackstoryDb,
  count: number,
): Promise<{ entities: Entity[]; notes: Note[] }> {
  const entities = generateEntities(count * 2).slice(0, count);
  const notes: Note[] = [];
  for (let start = 0; start < entities.length; start += CHUNK) {
    const tx = db.transaction(['entities', 'notes'], 'readwrite');
    const writes: Promise<unknown>[] = [];
    for (let index = start; index < Math.min(entities.length, start + CHUNK); index++) {
      const entity = entities[index];
      if (!entity) continue;
      writes.push(tx.objectStore('entities').put(toStoredEntity(entity)));
      if (index % 10 === 0) {
        const note = generatedNote(entity, index);
        notes.push(note);
        writes.push(tx.objectStore('notes').put(toStoredNote(note)));
      }
    }
    await Promise.all([...writes, tx.done]);
  }
  return { entities, notes };
}
