// Imports through the port: preview before writing, conflicts resolved per record or for all,
// every rejection leaving the database byte for byte as it was, one transaction for the write.
import { indexSearchWords } from '../../utils/db-search';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getEntity, getNote, noteVersions, saveEntity, saveNote } from '../../utils/db';
import { exportPack } from '../../utils/pack';
import { ImportFailure } from '../../utils/import/port';
import { recordKey } from '../../utils/import/diff';
import { collectExport } from '../../utils/export/stream';
import { entityInput, freshDb, noteInput } from '../db/helpers';
import { populatedDb } from '../export/helpers';
import { KEEP_MINE, TAKE_THEIRS, dump, openSession, rawDump } from './helpers';

const MINIMAL = readFileSync('/work/shared/fixtures/minimal-pack.json', 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('import through the port', () => {
  it('previews then writes a pack into an empty profile exactly', async () => {
    const source = await populatedDb();
    const text = await exportPack(source);
    const target = await freshDb();
    const changed = vi.fn();
    const session = openSession(target, changed);
    const preview = await session.preview(text);
    expect(preview).toMatchObject({
      kind: 'pack',
      entities: { new: 2, changed: 0, unchanged: 0, conflict: 0 },
      notes: { new: 2, changed: 0, unchanged: 0, conflict: 0 },
      mentions: 2,
      noteVersions: 1,
      conflictCount: 0,
    });
    expect(await rawDump(target)).toBe(await rawDump(await freshDb()));
    const progress = vi.fn();
    expect(await session.apply(KEEP_MINE, progress)).toEqual({ entities: 2, notes: 2 });
    expect(progress).toHaveBeenLastCalledWith(7, 7);
    expect(changed).toHaveBeenCalledOnce();
    expect(await dump(target)).toBe(await dump(source));
    // Notes are written without search words (index entries are most of a large import's
    // cost); once indexSearchWords has run they have the words notes written any other way have.
    const words = (rows: { id: string; words?: string[] }[]) =>
      rows.map((row) => [row.id, row.words]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect((await target.getAll('notes')).map((row) => row.words)).toEqual([undefined, undefined]);
    expect(await indexSearchWords(target)).toBe(2);
    expect(words(await target.getAll('notes'))).toEqual(words(await source.getAll('notes')));
    expect(words(await target.getAll('entities'))).toEqual(words(await source.getAll('entities')));
  });

  it('sends a large file in chunks without splitting characters', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    const long = '😀'.repeat(700_000);
    await saveNote(db, noteInput(entity.id, { text: long.slice(0, 99_999) + 'x', sources: [] }));
    const text = (await exportPack(db)).replace('"entities": [', `"entities": [${''}`);
    const target = await freshDb();
    const session = openSession(target);
    await session.preview(text.padEnd(text.length + 1_500_000, ' '));
    await session.apply(KEEP_MINE, () => undefined);
    expect(await dump(target)).toBe(await dump(db));
  });

  it('finds nothing to do when the same pack comes again', async () => {
    const db = await populatedDb();
    const before = await rawDump(db);
    const session = openSession(db);
    const preview = await session.preview(await exportPack(db));
    expect(preview.entities).toEqual({ new: 0, changed: 0, unchanged: 2, conflict: 0 });
    expect(preview.notes).toEqual({ new: 0, changed: 0, unchanged: 2, conflict: 0 });
    await session.apply(TAKE_THEIRS, () => undefined);
    expect(await rawDump(db)).toBe(before);
  });

  it('reads the W3C collections it writes', async () => {
    const source = await populatedDb();
    const [w3c = ''] = (await collectExport(source, { format: 'w3c' })).values();
    const target = await freshDb();
    const session = openSession(target);
    expect(await session.preview(w3c)).toMatchObject({
      kind: 'w3c',
      entities: { new: 2 },
      notes: { new: 2 },
      mentions: 2,
    });
    await session.apply(KEEP_MINE, () => undefined);
    const strip = (text: string) => {
      const pack = JSON.parse(text) as Record<string, unknown>;
      return { ...pack, exported: '', noteVersions: [], rejectedSuggestions: [] };
    };
    expect(strip(await exportPack(target))).toEqual(strip(await exportPack(source)));
  });

  it('reads the minimal hand-written pack', async () => {
    const db = await freshDb();
    const session = openSession(db);
    expect(await session.preview(MINIMAL)).toMatchObject({
      kind: 'minimal',
      entities: { new: 3 },
      notes: { new: 2 },
    });
    expect(await session.apply(KEEP_MINE, () => undefined)).toEqual({ entities: 3, notes: 2 });
  });
});

describe('conflicts', () => {
  /** My profile and a colleague's copy of it, each edited after the copy. */
  async function diverged() {
    const mine = await populatedDb();
    const copy = await exportPack(mine);
    const theirs = await freshDb();
    const session = openSession(theirs);
    await session.preview(copy);
    await session.apply(KEEP_MINE, () => undefined);
    const [putinMine] = (await mine.getAll('entities')).filter((row) => row.name === 'Vladimir Putin');
    if (!putinMine) throw new Error('fixture');
    const noteMine = (await mine.getAll('notes')).find((note) => note.entityId === putinMine.id);
    if (!noteMine) throw new Error('fixture');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveNote(theirs, { ...noteMine, text: 'Their edit.' });
    await saveEntity(theirs, { ...putinMine, description: 'Their description' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveNote(mine, { ...noteMine, text: 'My edit.' });
    await saveEntity(mine, { ...putinMine, description: 'My description' });
    return { mine, theirs: await exportPack(theirs), noteId: noteMine.id, entityId: putinMine.id };
  }

  it('lists both sides of each conflict and keeps mine by default', async () => {
    const { mine, theirs, noteId, entityId } = await diverged();
    const before = await dump(mine);
    const session = openSession(mine);
    const preview = await session.preview(theirs);
    expect(preview.conflictCount).toBe(2);
    expect(
      preview.conflicts.map((item) => [item.key, item.mine?.slice(0, 8), item.theirs?.slice(0, 10)]),
    ).toEqual([
      [recordKey('entity', entityId), 'Vladimir', 'Vladimir P'],
      [recordKey('note', noteId), 'My edit.', 'Their edit'],
    ]);
    await session.apply(KEEP_MINE, () => undefined);
    expect(await dump(mine)).toBe(before);
  });

  it('takes theirs and keeps my state in the note history', async () => {
    const { mine, theirs, noteId, entityId } = await diverged();
    const session = openSession(mine);
    await session.preview(theirs);
    await session.apply(TAKE_THEIRS, () => undefined);
    expect((await getNote(mine, noteId))?.text).toBe('Their edit.');
    expect((await getEntity(mine, entityId))?.description).toBe('Their description');
    expect((await noteVersions(mine, noteId)).map((version) => version.text)).toContain('My edit.');
  });

  it('keeps both when asked for one record, mine for the rest', async () => {
    const { mine, theirs, noteId, entityId } = await diverged();
    const session = openSession(mine);
    await session.preview(theirs);
    await session.apply({ all: 'mine', byKey: { [recordKey('note', noteId)]: 'both' } }, () => undefined);
    expect((await getEntity(mine, entityId))?.description).toBe('My description');
    const texts = (await mine.getAllFromIndex('notes', 'byEntity', entityId)).map((note) => note.text).sort();
    expect(texts).toEqual(['My edit.', 'Their edit.']);
  });

  it('treats a later state of mine as a change to take, an earlier one as nothing new', async () => {
    const mine = await populatedDb();
    const old = await exportPack(mine);
    const note = (await mine.getAll('notes'))[0];
    if (!note) throw new Error('fixture');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveNote(mine, { ...note, text: 'Newer.' });
    const newer = await exportPack(mine);
    // An old backup: my notes are later states of it.
    const fromOld = await openSession(mine).preview(old);
    expect(fromOld.notes.conflict).toBe(0);
    // A copy of the old profile receiving the newer pack: theirs is a later state.
    const copy = await freshDb();
    const first = openSession(copy);
    await first.preview(old);
    await first.apply(KEEP_MINE, () => undefined);
    const preview = await openSession(copy).preview(newer);
    expect(preview.notes).toMatchObject({ changed: 1, conflict: 0 });
  });
});

describe('rejections', () => {
  const valid = async () => JSON.parse(await exportPack(await populatedDb())) as Record<string, unknown[]>;
  const cases: [string, (pack: Record<string, unknown[]>) => unknown, string[]][] = [
    [
      'not JSON',
      () => '{"entities": [',
      ['The file is not valid JSON: unexpected the end of the file at line 1, column 15.'],
    ],
    ['not an object', () => [], ['The file is not a pack: expected a JSON object with an "entities" list']],
    [
      'bad URL deep in a minimal pack',
      () => ({
        entities: [
          ...Array.from({ length: 12 }, (_, index) => ({ name: `N${index}`, type: 'person' })),
          {
            name: 'X',
            type: 'person',
            notes: [{ text: 't', sources: [{ url: 'https://a.example' }, { url: 'nope' }] }],
          },
        ],
      }),
      ['entities[12].notes[0].sources[1].url: not an http(s) URL'],
    ],
    [
      'note of a missing entity',
      (pack) => ({ ...pack, notes: pack.notes?.map((note) => ({ ...(note as object), entityId: 'ghost' })) }),
      [
        'notes[0].entityId: no entity with id "ghost" in this pack',
        'notes[1].entityId: no entity with id "ghost" in this pack',
      ],
    ],
    [
      'future version',
      (pack) => ({ ...pack, version: 9 }),
      ['version: this pack is version 9, this Backstory reads version 1; update Backstory to import it'],
    ],
    ['negative version', (pack) => ({ ...pack, version: -1 }), ['version: -1 is not a pack version']],
    ['version as text', (pack) => ({ ...pack, version: '1' }), ['version: missing or not a number']],
    ['other format', (pack) => ({ ...pack, format: 'x' }), ['format: "x" is not "backstory-pack"']],
    [
      'bad date',
      (pack) => ({
        ...pack,
        entities: pack.entities?.map((entity) => ({ ...(entity as object), created: 'yesterday' })),
      }),
      [
        'entities[0].created: not an ISO date',
        'entities[0].created: not a real date',
        'entities[1].created: not an ISO date',
        'entities[1].created: not a real date',
      ],
    ],
    [
      'W3C collection not ours',
      () => ({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: [] },
      }),
      ['bs:entities: missing: only collections written by Backstory can be imported'],
    ],
    [
      'W3C annotation with a javascript: target',
      () => ({
        '@context': ['http://www.w3.org/ns/anno.jsonld'],
        type: 'AnnotationCollection',
        'bs:entities': [],
        first: {
          type: 'AnnotationPage',
          items: [
            {
              id: 'urn:backstory:mention:m',
              type: 'Annotation',
              motivation: 'identifying',
              created: '2024-01-01T00:00:00.000Z',
              target: {
                type: 'SpecificResource',
                source: 'javascript:alert(1)',
                selector: [
                  { type: 'TextQuoteSelector', exact: 'x' },
                  { type: 'TextPositionSelector', start: 0, end: 1 },
                ],
              },
              'bs:entity': 'urn:backstory:entity:e',
            },
          ],
        },
      }),
      ['first.items[0].target.source: not an http(s) URL'],
    ],
  ];

  it.each(cases)('%s: rejected with where, database unchanged', async (_label, make, errors) => {
    const db = await populatedDb();
    const before = await rawDump(db);
    const made = make(await valid());
    const text = typeof made === 'string' ? made : JSON.stringify(made);
    const failure = await openSession(db)
      .preview(text)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportFailure);
    expect((failure as ImportFailure).problems).toEqual(errors);
    expect(await rawDump(db)).toBe(before);
  });

  it('leaves everything as it was when a write fails half-way', async () => {
    const db = await populatedDb();
    const target = await freshDb();
    await saveEntity(target, entityInput({ name: 'Already here' }));
    const before = await rawDump(target);
    const session = openSession(target);
    await session.preview(await exportPack(db));
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      calls += 1;
      if (calls === 4) throw new DOMException('disk full', 'QuotaExceededError');
      return original.call(this, value, key);
    });
    await expect(session.apply(TAKE_THEIRS, () => undefined)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await rawDump(target)).toBe(before);
  });

  it('refuses a port from a web page', async () => {
    const { portPair, OWNER } = await import('../export/helpers');
    const { serveImportPort, ImportSession, IMPORT_PORT } = await import('../../utils/import/port');
    const db = await freshDb();
    const [page, background] = portPair(IMPORT_PORT, {
      id: OWNER.ownId,
      url: 'https://evil.example/',
      tab: { id: 3 },
    });
    serveImportPort(background, { db, owner: OWNER, onChanged: () => undefined });
    await expect(new ImportSession(page).preview(MINIMAL)).rejects.toThrow(/Refused|lost/u);
    expect(await rawDump(db)).toBe(await rawDump(await freshDb()));
  });
});

describe('port protocol rejections', () => {
  const raw = async (messages: unknown[]) => {
    const { portPair, OWNER } = await import('../export/helpers');
    const { serveImportPort, IMPORT_PORT } = await import('../../utils/import/port');
    const db = await populatedDb();
    const before = await rawDump(db);
    const [page, background] = portPair(IMPORT_PORT);
    serveImportPort(background, { db, owner: OWNER, onChanged: () => undefined });
    const answers: unknown[] = [];
    page.onMessage.addListener((message) => answers.push(message));
    for (const message of messages) page.postMessage(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await rawDump(db)).toBe(before);
    return answers;
  };

  it('refuses to apply what was not previewed', async () => {
    expect(await raw([{ type: 'apply', resolution: { all: 'theirs', byKey: {} } }])).toEqual([
      { type: 'error', error: 'Preview the file before importing it.' },
    ]);
  });

  it('refuses messages that do not fit', async () => {
    expect(
      await raw([{ type: 'apply', resolution: { all: 'everything', byKey: {} } }, { type: 'drop tables' }]),
    ).toEqual([
      { type: 'error', error: 'Invalid import message.' },
      { type: 'error', error: 'Invalid import message.' },
    ]);
  });

  it('rejects ids used twice', async () => {
    const pack = JSON.parse(await exportPack(await populatedDb())) as { entities: { id: string }[] };
    const [first, second] = pack.entities;
    if (!first || !second) throw new Error('fixture');
    second.id = first.id;
    const answers = await raw([{ type: 'chunk', text: JSON.stringify(pack) }, { type: 'preview' }]);
    expect(answers.at(-1)).toMatchObject({
      type: 'invalid',
      errors: expect.arrayContaining([`entities[1].id: "${first.id}" is used twice`]) as unknown,
    });
  });
});
