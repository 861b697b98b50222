// The database module: entities, notes, versions, cascade delete and all-or-nothing writes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deleteEntity,
  deleteNote,
  findEntitiesByKey,
  getEntity,
  getNote,
  listEntities,
  noteVersions,
  notesForEntity,
  saveEntity,
  saveNote,
  searchEntities,
} from '../../utils/db';
import { mentionsForEntity, recordMentions } from '../../utils/db-records';
import { entityInput, freshDb, noteInput } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

const selector = { exact: 'Putin', prefix: 'by ', suffix: '.' };

describe('entities', () => {
  it('creates an entity with an id, times and own origin, and reads it back', async () => {
    const db = await freshDb();
    const saved = await saveEntity(db, entityInput());
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/u);
    expect(saved.origin).toEqual({ kind: 'own' });
    expect(saved.created).toBe(saved.modified);
    expect(await getEntity(db, saved.id)).toEqual(saved);
    expect(await listEntities(db)).toEqual([saved]);
  });

  it('does not expose the stored look-up keys', async () => {
    const db = await freshDb();
    const saved = await saveEntity(db, entityInput());
    expect(await db.get('entities', saved.id)).toHaveProperty('keys', ['vladimir putin', 'putin']);
    expect(await getEntity(db, saved.id)).not.toHaveProperty('keys');
  });

  it('updates keeping id, created and origin, and bumps modified', async () => {
    const db = await freshDb();
    const origin = { kind: 'pack', packId: 'p', packName: 'P' } as const;
    const saved = await saveEntity(db, entityInput(), origin);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const changed = await saveEntity(db, entityInput({ id: saved.id, name: 'Vladimir V. Putin' }));
    expect(changed).toMatchObject({
      id: saved.id,
      created: saved.created,
      origin,
      name: 'Vladimir V. Putin',
    });
    expect(changed.modified > saved.modified).toBe(true);
    expect(await listEntities(db)).toHaveLength(1);
  });

  it('creates an entity under a given id that is not stored yet', async () => {
    const db = await freshDb();
    const saved = await saveEntity(db, entityInput({ id: 'fixed-id' }));
    expect(saved.id).toBe('fixed-id');
  });

  it('returns null for an unknown id', async () => {
    const db = await freshDb();
    expect(await getEntity(db, 'nope')).toBeNull();
  });

  it('finds entities by normalised name or alias', async () => {
    const db = await freshDb();
    const putin = await saveEntity(db, entityInput());
    await saveEntity(db, entityInput({ name: 'Meduza', type: 'organization', aliases: [] }));
    expect(await findEntitiesByKey(db, 'PUTIN')).toEqual([putin]);
    expect(await findEntitiesByKey(db, '  Vladimir   putin ')).toEqual([putin]);
    expect(await findEntitiesByKey(db, 'Vlad')).toEqual([]);
  });

  it('searches names and aliases by substring, case-insensitively, with a limit', async () => {
    const db = await freshDb();
    const putin = await saveEntity(db, entityInput());
    const meduza = await saveEntity(db, entityInput({ name: 'Meduza', type: 'organization', aliases: [] }));
    const rvc = await saveEntity(
      db,
      entityInput({ name: 'Russian Volunteer Corps', type: 'organization', aliases: [{ text: 'RVC' }] }),
    );
    expect(await searchEntities(db, 'UTI')).toEqual([putin]);
    expect(await searchEntities(db, 'rvc')).toEqual([rvc]);
    expect(await searchEntities(db, '')).toEqual([meduza, rvc, putin]);
    expect(await searchEntities(db, '', 2)).toEqual([meduza, rvc]);
    expect(await searchEntities(db, 'nothing like it')).toEqual([]);
  });

  it('skips (and reports) a stored row that does not fit the current schema', async () => {
    const db = await freshDb();
    const good = await saveEntity(db, entityInput());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.put('entities', { ...good, id: 'broken', name: '', keys: [] });
    expect(await listEntities(db)).toEqual([good]);
    expect(await getEntity(db, 'broken')).toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});

describe('notes', () => {
  it('creates notes and lists them by creation time', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    const first = await saveNote(db, noteInput(entity.id, { text: 'First.' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await saveNote(db, noteInput(entity.id, { text: 'Second.' }));
    expect(first.origin).toEqual({ kind: 'own' });
    expect(await notesForEntity(db, entity.id)).toEqual([first, second]);
    expect(await getNote(db, first.id)).toEqual(first);
  });

  it('refuses a note for an entity that does not exist, writing nothing', async () => {
    const db = await freshDb();
    await expect(saveNote(db, noteInput('missing'))).rejects.toThrow('There is no entity with id "missing"');
    expect(await db.count('notes')).toBe(0);
  });

  it('keeps the previous state as a version on every change', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    const original = await saveNote(db, noteInput(entity.id, { text: 'One.' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const edited = await saveNote(db, noteInput(entity.id, { id: original.id, text: 'Two.' }));
    await saveNote(db, noteInput(entity.id, { id: original.id, text: 'Three.' }));
    expect(edited).toMatchObject({ id: original.id, created: original.created, text: 'Two.' });
    const versions = await noteVersions(db, original.id);
    expect(versions.map((version) => version.text)).toEqual(['One.', 'Two.']);
    expect(versions[0]).toMatchObject({
      noteId: original.id,
      modified: original.modified,
      sources: original.sources,
      author: original.author,
    });
    expect((await getNote(db, original.id))?.text).toBe('Three.');
  });

  it('writes no version when a note is saved unchanged', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    const note = await saveNote(db, noteInput(entity.id));
    expect(await saveNote(db, noteInput(entity.id, { id: note.id }))).toEqual(note);
    expect(await noteVersions(db, note.id)).toEqual([]);
  });

  it('deletes a note with its versions', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    const note = await saveNote(db, noteInput(entity.id, { text: 'One.' }));
    await saveNote(db, noteInput(entity.id, { id: note.id, text: 'Two.' }));
    await deleteNote(db, note.id);
    expect(await getNote(db, note.id)).toBeNull();
    expect(await db.count('noteVersions')).toBe(0);
  });
});

describe('deleteEntity', () => {
  it('deletes the entity with its notes, their versions and its mentions, and nothing else', async () => {
    const db = await freshDb();
    const putin = await saveEntity(db, entityInput());
    const meduza = await saveEntity(db, entityInput({ name: 'Meduza', type: 'organization', aliases: [] }));
    const note = await saveNote(db, noteInput(putin.id, { text: 'One.' }));
    await saveNote(db, noteInput(putin.id, { id: note.id, text: 'Two.' }));
    const kept = await saveNote(db, noteInput(meduza.id, { text: 'Outlet.' }));
    const place = { url: 'https://example.com/a', title: 'A', selector, start: 0, end: 5 };
    await recordMentions(db, [
      { ...place, entityId: putin.id },
      { ...place, entityId: meduza.id },
    ]);

    await deleteEntity(db, putin.id);

    expect(await getEntity(db, putin.id)).toBeNull();
    expect(await notesForEntity(db, putin.id)).toEqual([]);
    expect(await db.count('noteVersions')).toBe(0);
    expect(await mentionsForEntity(db, putin.id)).toEqual([]);
    expect(await notesForEntity(db, meduza.id)).toEqual([kept]);
    expect(await mentionsForEntity(db, meduza.id)).toHaveLength(1);
  });

  it('is all or nothing: a delete failing part-way leaves every record in place', async () => {
    const db = await freshDb();
    const putin = await saveEntity(db, entityInput());
    await saveNote(db, noteInput(putin.id, { text: 'One.' }));
    await saveNote(db, noteInput(putin.id, { text: 'Two.' }));
    const original = IDBObjectStore.prototype.delete;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key) {
      calls += 1;
      if (calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return original.call(this, key);
    });

    await expect(deleteEntity(db, putin.id)).rejects.toThrow('disk full');
    vi.restoreAllMocks();

    expect(await getEntity(db, putin.id)).toEqual(putin);
    expect(await notesForEntity(db, putin.id)).toHaveLength(2);
  });
});
