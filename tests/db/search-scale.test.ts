// Search at 100,000 entities in fake-indexeddb: the indexed search gives what a full scan with
// the same rule gives (every query word starts a word of a name or alias). Results only: how
// fast it is belongs to the benchmark (scripts/bench/search.ts), not to a test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '../../utils/db';
import { searchKnowledgeBase } from '../../utils/db-search';
import { matchesAllPrefixes, searchWords, splitWords, textWords } from '../../utils/db-words';
import type { Entity, Note } from '../../utils/model';
import { fillKnowledgeBase } from '../../scripts/bench/search-data';
import { freshDb } from './helpers';

const COUNT = 100_000;
let db: BackstoryDb;
let entities: Entity[];
let notes: Note[];

beforeAll(async () => {
  db = await freshDb();
  ({ entities, notes } = await fillKnowledgeBase(db, COUNT));
}, 600_000);

function expectedIds(query: string): string[] {
  const words = splitWords(query);
  return entities.filter((entity) => matchesAllPrefixes(searchWords(entity), words)).map((e) => e.id);
}

describe(`search over ${COUNT.toLocaleString('en')} entities`, () => {
  it('finds exactly the entities a full scan finds, for queries with few matches', async () => {
    const sample = [entities[123], entities[45_678], entities[99_999]];
    for (const entity of sample) {
      if (!entity) throw new Error('sample entity missing');
      const query = entity.name.split(' ').slice(-2).join(' ');
      const expected = expectedIds(query);
      expect(expected.length).toBeLessThan(500);
      const { entities: found } = await searchKnowledgeBase(db, query, { entities: 500, notes: 0 });
      expect(found.map((e) => e.id).sort()).toEqual([...expected].sort());
      expect(found.some((e) => e.id === entity.id)).toBe(true);
    }
  });

  it('answers a one-letter query with at most the limit, every result a real match', async () => {
    const { entities: found } = await searchKnowledgeBase(db, 'k', { entities: 50, notes: 0 });
    expect(found).toHaveLength(50);
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    for (const summary of found) {
      const entity = byId.get(summary.id);
      expect(entity && matchesAllPrefixes(searchWords(entity), ['k'])).toBe(true);
    }
  });

  it('finds notes by their words, no more than asked for', async () => {
    const target = notes[4321];
    if (!target) throw new Error('sample note missing');
    const { notes: hits } = await searchKnowledgeBase(db, 'interview 43210', { entities: 0, notes: 10 });
    const expected = notes.filter((note) => matchesAllPrefixes(textWords(note.text), ['interview', '43210']));
    expect(hits.map((hit) => hit.noteId).sort()).toEqual(expected.map((note) => note.id).sort());
    expect(hits.map((hit) => hit.noteId)).toContain(target.id);
    const many = await searchKnowledgeBase(db, 'sanctions', { entities: 0, notes: 10 });
    expect(many.notes).toHaveLength(10);
  });
});
