// Packs: lossless export/import, the minimal hand-written form, and precise rejection of broken
// files with the knowledge base left exactly as it was.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedFixture } from '../shared-fixtures';
import { listEntities, notesForEntity, saveEntity, saveNote } from '../../utils/db';
import { recordMentions, rejectSuggestion } from '../../utils/db-records';
import type { BackstoryDb } from '../../utils/db';
import { PackError, exportPack, importPack, parsePack } from '../../utils/pack';
import { entityInput, freshDb, noteInput } from '../db/helpers';

const MINIMAL = readFileSync(sharedFixture('minimal-pack.json'), 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every record, without the export time, for before/after comparisons. */
async function snapshot(db: BackstoryDb): Promise<unknown> {
  const { exported: _exported, ...records } = JSON.parse(await exportPack(db)) as Record<string, unknown>;
  return records;
}

async function populated(): Promise<BackstoryDb> {
  const db = await freshDb();
  const putin = await saveEntity(
    db,
    entityInput({
      aliases: [
        { text: 'Putin' },
        { text: 'Путин', foldDiacritics: true },
        { text: 'V. Putin', caseInsensitive: true },
      ],
      description: 'President of Russia',
      links: [{ url: 'https://en.wikipedia.org/wiki/Vladimir_Putin', label: 'Wikipedia' }],
      tags: ['politics', 'russia'],
    }),
  );
  const mash = await saveEntity(
    db,
    entityInput({ name: 'Mash', type: 'organization', aliases: [{ text: 'Mash', safe: false }] }),
    { kind: 'pack', packId: 'p1', packName: 'A pack' },
  );
  const note = await saveNote(
    db,
    noteInput(putin.id, {
      sources: [
        { url: 'https://example.com/b', title: 'B', publisher: 'P', published: '2020-01-02', quote: 'q' },
        { url: 'https://example.com/a', accessed: '2024-05-06T07:08:09.000Z', author: 'An Author' },
      ],
    }),
  );
  await saveNote(db, noteInput(putin.id, { id: note.id, text: 'Edited.' }));
  await saveNote(db, noteInput(mash.id, { text: 'Telegram channel.', sources: [] }));
  await recordMentions(db, [
    {
      entityId: putin.id,
      url: 'https://example.com/news',
      title: 'News',
      selector: { exact: 'Putin', prefix: 'run by ', suffix: '.' },
      start: 10,
      end: 15,
    },
  ]);
  await rejectSuggestion(db, 'Red Square', 'organization');
  return db;
}

describe('exportPack', () => {
  it('writes the pack header and every kind of record', async () => {
    const db = await populated();
    const pack = JSON.parse(await exportPack(db)) as Record<string, unknown[]>;
    expect(pack).toMatchObject({
      format: 'backstory-pack',
      version: 1,
      generator: { name: 'Backstory', version: '0.1.0' },
    });
    expect(pack.entities).toHaveLength(2);
    expect(pack.notes).toHaveLength(2);
    expect(pack.noteVersions).toHaveLength(1);
    expect(pack.mentions).toHaveLength(1);
    expect(pack.rejectedSuggestions).toHaveLength(1);
    expect(JSON.stringify(pack)).not.toContain('"keys"');
  });

  it('round-trips losslessly into an empty database', async () => {
    const db = await populated();
    const text = await exportPack(db);
    const empty = await freshDb();
    expect(await importPack(empty, text)).toEqual({ entities: 2, notes: 2 });
    expect(await snapshot(empty)).toEqual(await snapshot(db));
    // Same text too: same order of records, aliases and sources.
    const again = JSON.parse(await exportPack(empty)) as Record<string, unknown>;
    const original = JSON.parse(text) as Record<string, unknown>;
    expect(JSON.stringify({ ...again, exported: '' })).toBe(JSON.stringify({ ...original, exported: '' }));
  });

  it('upserts by id when our own pack is imported again', async () => {
    const db = await populated();
    const before = await snapshot(db);
    await importPack(db, await exportPack(db));
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('minimal packs', () => {
  it('imports the hand-written fixture with ids, times and own origin', async () => {
    const db = await freshDb();
    expect(await importPack(db, MINIMAL)).toEqual({ entities: 3, notes: 2 });
    const entities = await listEntities(db);
    const putin = entities.find((entity) => entity.name === 'Vladimir Putin');
    expect(putin).toMatchObject({ type: 'person', aliases: [{ text: 'Putin' }], origin: { kind: 'own' } });
    expect(entities.find((entity) => entity.name === 'Russian Volunteer Corps')?.aliases).toEqual([
      { text: 'RVC' },
    ]);
    const notes = await notesForEntity(db, putin?.id ?? '');
    expect(notes).toMatchObject([
      {
        text: 'President of Russia.',
        sources: [
          { url: 'https://en.wikipedia.org/wiki/Vladimir_Putin', title: 'Vladimir Putin - Wikipedia' },
        ],
        origin: { kind: 'own' },
      },
    ]);
  });

  it('does not duplicate anything when imported twice', async () => {
    const db = await freshDb();
    await importPack(db, MINIMAL);
    const before = await snapshot(db);
    expect(await importPack(db, MINIMAL)).toEqual({ entities: 0, notes: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('merges into an entity of the same name and type: new aliases and new notes only', async () => {
    const db = await freshDb();
    const own = await saveEntity(db, entityInput({ name: 'vladimir  PUTIN', aliases: [{ text: 'VVP' }] }));
    await saveNote(db, noteInput(own.id, { text: 'President of Russia.' }));
    const pack = {
      entities: [
        {
          name: 'Vladimir Putin',
          type: 'person',
          aliases: ['Putin', 'VVP'],
          notes: [{ text: 'President  of Russia.' }, { text: 'Born in Leningrad.' }],
        },
        { name: 'Vladimir Putin', type: 'organization' },
      ],
    };
    const origin = { kind: 'pack', packId: 'x', packName: 'X' } as const;
    expect(await importPack(db, JSON.stringify(pack), origin)).toEqual({ entities: 2, notes: 1 });
    const entities = await listEntities(db);
    expect(entities).toHaveLength(2);
    const merged = entities.find((entity) => entity.id === own.id);
    expect(merged?.aliases).toEqual([{ text: 'VVP' }, { text: 'Putin' }]);
    expect(merged?.origin).toEqual({ kind: 'own' });
    const notes = await notesForEntity(db, own.id);
    expect(notes.map((note) => [note.text, note.origin.kind])).toEqual([
      ['President of Russia.', 'own'],
      ['Born in Leningrad.', 'pack'],
    ]);
  });

  it('keeps the order of notes given in the pack', async () => {
    const db = await freshDb();
    const notes = Array.from({ length: 12 }, (_, index) => ({ text: `Note ${index}` }));
    await importPack(db, JSON.stringify({ entities: [{ name: 'A', type: 'person', notes }] }));
    const [entity] = await listEntities(db);
    expect((await notesForEntity(db, entity?.id ?? '')).map((note) => note.text)).toEqual(
      notes.map((note) => note.text),
    );
  });
});

describe('broken packs', () => {
  const minimalWith = (entity: Record<string, unknown>) =>
    JSON.stringify({ entities: [{ name: 'Ok', type: 'person' }, entity] });

  const cases: [string, string, string[]][] = [
    [
      'bad JSON',
      '{\n  "entities": [\n    { "name": "A", }\n  ]\n}',
      ['The file is not valid JSON: unexpected "}" at line 3, column 20.'],
    ],
    [
      'truncated JSON',
      '{"entities": [',
      ['The file is not valid JSON: unexpected the end of the file at line 1, column 15.'],
    ],
    ['not an object', '[1, 2]', ['The file is not a pack: expected a JSON object with an "entities" list']],
    ['no entities', '{"people": []}', ['The file is not a pack: it has neither "format" nor "entities"']],
    [
      'wrong type',
      minimalWith({ name: 'B', type: 'place' }),
      ['entities[1].type: not person or organization'],
    ],
    [
      'javascript: URL',
      minimalWith({
        name: 'B',
        type: 'person',
        notes: [{ text: 'x', sources: [{ url: 'https://example.com' }, { url: 'javascript:alert(1)' }] }],
      }),
      ['entities[1].notes[0].sources[1].url: not an http(s) URL'],
    ],
    ['missing name', minimalWith({ type: 'person' }), ['entities[1].name: missing']],
    [
      'empty alias',
      minimalWith({ name: 'B', type: 'person', aliases: ['ok', '  '] }),
      ['entities[1].aliases[1].text: alias is empty'],
    ],
    [
      'aliases of the wrong type',
      minimalWith({ name: 'B', type: 'person', aliases: 'B' }),
      ['entities[1].aliases: expected Array, found "B"'],
    ],
    [
      'wrong format',
      '{"format": "other-pack", "version": 1, "entities": []}',
      ['format: "other-pack" is not "backstory-pack"'],
    ],
    [
      'future version',
      '{"format": "backstory-pack", "version": 2, "entities": []}',
      ['version: this pack is version 2, this Backstory reads version 1; update Backstory to import it'],
    ],
  ];

  it.each(cases)('%s: rejected with a precise message, nothing changed', async (_label, text, errors) => {
    expect(parsePack(text)).toEqual({ ok: false, errors });
    const db = await populated();
    const before = await snapshot(db);
    const failure = await importPack(db, text).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PackError);
    expect((failure as PackError).errors).toEqual(errors);
    expect(await snapshot(db)).toEqual(before);
  });

  it('points at the record and field inside our own pack format', async () => {
    const db = await populated();
    const pack = JSON.parse(await exportPack(db)) as {
      notes: { sources: { url: string }[]; entityId: string }[];
    };
    const index = pack.notes.findIndex((note) => note.sources.length > 0);
    const first = pack.notes[index];
    if (!first?.sources[0]) throw new Error('fixture has a note with a source');
    first.sources[0].url = 'javascript:alert(1)';
    expect(parsePack(JSON.stringify(pack))).toEqual({
      ok: false,
      errors: [`notes[${index}].sources[0].url: not an http(s) URL`],
    });
    first.sources[0].url = 'https://example.com';
    first.entityId = 'nobody';
    expect(parsePack(JSON.stringify(pack))).toEqual({
      ok: false,
      errors: [`notes[${index}].entityId: no entity with id "nobody" in this pack`],
    });
  });

  it('is all or nothing: a write failing part-way leaves the data as it was', async () => {
    const db = await populated();
    const before = await snapshot(db);
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      calls += 1;
      if (calls === 3) throw new DOMException('disk full', 'QuotaExceededError');
      return original.call(this, value, key);
    });
    const pack = {
      entities: ['A', 'B', 'C', 'D'].map((name) => ({ name, type: 'person', notes: [{ text: name }] })),
    };
    await expect(importPack(db, JSON.stringify(pack))).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});
