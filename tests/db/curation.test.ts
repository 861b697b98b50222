// Curation in the database: duplicates, merging, delete with undo (trash), note history
// restore, conflicting edits, search and forgetting sightings.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  getEntity,
  getNote,
  listEntities,
  noteVersions,
  notesForEntity,
  saveEntity,
  saveNote,
} from '../../utils/db';
import { NoteConflictError } from '../../utils/db';
import {
  deleteMention,
  findDuplicates,
  mergeEntities,
  oldestTrash,
  purgeMentions,
  purgeTrash,
  restoreEntity,
  restoreNoteVersion,
  trashEntity,
} from '../../utils/db-curation';
import { mentionsForEntity, recordMentions } from '../../utils/db-records';
import { indexSearchWords, searchKnowledgeBase } from '../../utils/db-search';
import { entityInput, freshDb, noteInput } from './helpers';

const selector = { exact: 'Putin', prefix: 'by ', suffix: '.' };
const mention = (entityId: string, url: string) => ({
  entityId,
  url,
  title: 'A page',
  selector,
  start: 0,
  end: 5,
});

describe('duplicates and merge', () => {
  it('finds entities of the same type sharing a name or alias, not itself', async () => {
    const db = await freshDb();
    const putin = await saveEntity(db, entityInput());
    await saveEntity(db, entityInput({ type: 'organization', name: 'Putin', aliases: [] }));
    const found = await findDuplicates(db, { type: 'person', name: 'PUTIN', aliases: [] });
    expect(found.map((entity) => entity.id)).toEqual([putin.id]);
    expect(await findDuplicates(db, { ...putin })).toEqual([]);
  });

  it('moves names, notes and mentions to the kept entity, losing nothing', async () => {
    const db = await freshDb();
    const kept = await saveEntity(
      db,
      entityInput({ description: 'President.', links: [{ url: 'https://a.example/' }], tags: ['russia'] }),
    );
    const merged = await saveEntity(
      db,
      entityInput({
        name: 'V. V. Putin',
        aliases: [{ text: 'Putin' }, { text: 'VVP', caseInsensitive: true }],
        description: 'Former KGB officer.',
        links: [{ url: 'https://a.example/' }, { url: 'https://b.example/', label: 'B' }],
        tags: ['kgb'],
      }),
    );
    const note = await saveNote(db, noteInput(merged.id));
    await recordMentions(db, [
      mention(kept.id, 'https://one.example/'),
      mention(merged.id, 'https://one.example/'),
    ]);
    await recordMentions(db, [mention(merged.id, 'https://two.example/')]);

    const result = await mergeEntities(db, kept.id, merged.id);
    expect(result.aliases.map((alias) => alias.text)).toEqual(['Putin', 'V. V. Putin', 'VVP']);
    expect(result.aliases[2]).toEqual({ text: 'VVP', caseInsensitive: true });
    expect(result.description).toBe('President.\n\nFormer KGB officer.');
    expect(result.links.map((link) => link.url)).toEqual(['https://a.example/', 'https://b.example/']);
    expect(result.tags).toEqual(['russia', 'kgb']);
    expect(await getEntity(db, merged.id)).toBeNull();
    expect((await notesForEntity(db, kept.id)).map((n) => n.id)).toEqual([note.id]);
    const pages = (await mentionsForEntity(db, kept.id)).map((m) => m.url).sort();
    expect(pages).toEqual(['https://one.example/', 'https://two.example/']);
    expect(await mentionsForEntity(db, merged.id)).toEqual([]);
  });

  it('refuses to merge an entity with itself', async () => {
    const db = await freshDb();
    const one = await saveEntity(db, entityInput());
    await expect(mergeEntities(db, one.id, one.id)).rejects.toThrow(/itself/);
  });
});

describe('delete with undo', () => {
  it('hides an entity with its notes and mentions, and brings all of it back', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    const note = await saveNote(db, noteInput(entity.id));
    await saveNote(db, { ...noteInput(entity.id), id: note.id, text: 'Edited.' });
    await recordMentions(db, [mention(entity.id, 'https://one.example/')]);

    await trashEntity(db, entity.id);
    expect(await listEntities(db)).toEqual([]);
    expect(await getNote(db, note.id)).toBeNull();
    expect(await mentionsForEntity(db, entity.id)).toEqual([]);
    expect((await searchKnowledgeBase(db, 'putin', { entities: 5, notes: 5 })).entities).toEqual([]);

    const back = await restoreEntity(db, entity.id);
    expect(back?.id).toBe(entity.id);
    expect((await getNote(db, note.id))?.text).toBe('Edited.');
    expect(await noteVersions(db, note.id)).toHaveLength(1);
    expect(await mentionsForEntity(db, entity.id)).toHaveLength(1);
    expect(await oldestTrash(db)).toBeNull();
  });

  it('purges what has been in the trash longer than the window; then undo finds nothing', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    await trashEntity(db, entity.id);
    expect(await purgeTrash(db, '2000-01-01T00:00:00.000Z')).toBe(0);
    expect(await purgeTrash(db, new Date(Date.now() + 1000).toISOString())).toBe(1);
    expect(await restoreEntity(db, entity.id)).toBeNull();
  });
});

describe('note history and conflicts', () => {
  it('restores an earlier version, keeping the state it replaces', async () => {
    // A second between steps: versions are listed in time order.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-01-05T10:00:00.000Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const tick = () => vi.setSystemTime(Date.now() + 1000);
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    const first = await saveNote(db, noteInput(entity.id, { text: 'First.' }));
    tick();
    await saveNote(db, { ...noteInput(entity.id, { text: 'Second.' }), id: first.id });
    tick();
    const [version] = await noteVersions(db, first.id);
    expect(version?.text).toBe('First.');

    const restored = await restoreNoteVersion(db, first.id, version?.id ?? '');
    expect(restored.text).toBe('First.');
    expect((await noteVersions(db, first.id)).map((v) => v.text)).toEqual(['First.', 'Second.']);
  });

  it('refuses a save based on an older state, carrying the stored note', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    const note = await saveNote(db, noteInput(entity.id, { text: 'First.' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const theirs = await saveNote(
      db,
      { ...noteInput(entity.id, { text: 'Theirs.' }), id: note.id },
      undefined,
      {
        expectedModified: note.modified,
      },
    );
    const mine = saveNote(db, { ...noteInput(entity.id, { text: 'Mine.' }), id: note.id }, undefined, {
      expectedModified: note.modified,
    });
    await expect(mine).rejects.toBeInstanceOf(NoteConflictError);
    await mine.catch((error: unknown) => {
      expect(error instanceof NoteConflictError && error.current.text).toBe('Theirs.');
    });
    expect((await getNote(db, note.id))?.text).toBe('Theirs.');
    // Keeping mine: save again against the state now stored.
    const kept = await saveNote(db, { ...noteInput(entity.id, { text: 'Mine.' }), id: note.id }, undefined, {
      expectedModified: theirs.modified,
    });
    expect(kept.text).toBe('Mine.');
  });
});

describe('search', () => {
  it('finds entities by any word prefix of names and aliases, folded, best first', async () => {
    const db = await freshDb();
    await saveEntity(db, entityInput({ name: 'Volodymyr Zelenskyy', aliases: [{ text: 'Zelensky' }] }));
    await saveEntity(db, entityInput({ name: 'Vladimir Putin' }));
    await saveEntity(db, entityInput({ name: 'Emmanuel Macron', aliases: [{ text: 'Président Macron' }] }));
    const names = async (query: string) =>
      (await searchKnowledgeBase(db, query, { entities: 10, notes: 0 })).entities.map((e) => e.name);
    expect(await names('zel')).toEqual(['Volodymyr Zelenskyy']);
    expect(await names('put vlad')).toEqual(['Vladimir Putin']);
    expect(await names('president')).toEqual(['Emmanuel Macron']);
    expect(await names('v')).toEqual(['Vladimir Putin', 'Volodymyr Zelenskyy']);
    expect(await names('nobody')).toEqual([]);
  });

  it('finds notes by their words, with their entity, and indexes notes written without words', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    await saveNote(db, noteInput(entity.id, { text: 'Annexed Crimea in 2014.' }));
    // A note as an import writes it: no search words.
    const stored = await db.get('notes', (await saveNote(db, noteInput(entity.id, { text: 'x' }))).id);
    if (!stored) throw new Error('note not stored');
    const { words: _words, ...bare } = stored;
    await db.put('notes', { ...bare, text: 'Met Trump in Helsinki.' });
    const hits = async (query: string) =>
      (await searchKnowledgeBase(db, query, { entities: 0, notes: 5 })).notes;
    expect((await hits('crim')).map((hit) => [hit.entity.name, hit.excerpt])).toEqual([
      ['Vladimir Putin', 'Annexed Crimea in 2014.'],
    ]);
    expect(await hits('helsinki')).toEqual([]);
    expect(await indexSearchWords(db)).toBe(1);
    expect((await hits('helsinki')).map((hit) => hit.excerpt)).toEqual(['Met Trump in Helsinki.']);
    // Rows that have their words are left as they are.
    expect(await indexSearchWords(db)).toBe(0);
  });

  it('indexes entities and notes written without words across many chunks, and only those', async () => {
    const db = await freshDb();
    const kept = await saveEntity(db, entityInput({ name: 'Kept Person', aliases: [] }));
    const tx = db.transaction(['entities', 'notes'], 'readwrite');
    for (let at = 0; at < 4100; at += 1) {
      const id = `bulk-${String(at).padStart(4, '0')}`;
      void tx.objectStore('entities').put({ ...kept, id, name: `Person ${at} Quillfeather`, keys: [] });
      void tx.objectStore('notes').put({
        ...noteInput(id, { text: `Note number ${at} about zeppelins` }),
        id: `note-${id}`,
        origin: { kind: 'own' },
        created: kept.created,
        modified: kept.modified,
      });
    }
    await tx.done;
    const progress: number[] = [];
    expect(await indexSearchWords(db, (written) => progress.push(written))).toBe(8200);
    expect(progress.at(-1)).toBe(8200);
    expect(progress).toHaveLength(6);
    const found = await searchKnowledgeBase(db, 'quillfeather 4099', { entities: 5, notes: 0 });
    expect(found.entities.map((entity) => entity.name)).toEqual(['Person 4099 Quillfeather']);
    const notes = await searchKnowledgeBase(db, 'zeppel 617', { entities: 0, notes: 5 });
    expect(notes.notes.map((hit) => hit.excerpt)).toEqual(['Note number 617 about zeppelins']);
    expect((await db.get('entities', kept.id))?.words).toEqual(['kept', 'person']);
  });
});

describe('sightings', () => {
  it('deletes one, and forgets those older than a time', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    await recordMentions(db, [
      mention(entity.id, 'https://one.example/'),
      mention(entity.id, 'https://two.example/'),
    ]);
    const [first] = await mentionsForEntity(db, entity.id);
    await deleteMention(db, first?.id ?? '');
    expect(await mentionsForEntity(db, entity.id)).toHaveLength(1);
    expect(await purgeMentions(db, '2000-01-01T00:00:00.000Z')).toBe(0);
    expect(await purgeMentions(db, new Date(Date.now() + 1000).toISOString())).toBe(1);
    expect(await mentionsForEntity(db, entity.id)).toEqual([]);
  });
});
