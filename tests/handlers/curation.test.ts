// The background's curation requests, through onMessage as background.ts wires them: search,
// merge, delete with undo (the matcher forgets at once and remembers on undo), conflicting note
// saves, history, sightings and the context menu's selection.add.
import type { Mock } from 'vitest';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { BackstoryDb } from '../../utils/db';
import { createHandlers } from '../../utils/handlers';
import type { RequestSender } from '../../utils/handlers';
import { Dictionary } from '../../utils/match';
import type { Entity, Mention, Note, NoteVersion, Source } from '../../utils/model';
import type { BackgroundReplies, Reply } from '../../utils/protocol';
import { NOTE_CONFLICT_ERROR } from '../../utils/protocol';
import { freshDb } from '../db/helpers';

const PAGE_URL = 'https://news.example/story';
const TEXT = 'Vladimir Putin met the Russian Volunteer Corps. Putin left.';
let db: BackstoryDb;
let broadcast: Mock<() => void>;
let openEntity: Mock<(id: string, sender: RequestSender, prefill?: Source) => Promise<void>>;
let trashed: Mock<() => void>;
let record: boolean;
let handlers: ReturnType<typeof createHandlers>;

const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript = () => ({
  id: fakeBrowser.runtime.id,
  url: PAGE_URL,
  tab: { id: 1, url: PAGE_URL, incognito: false },
});

async function ask<K extends keyof BackgroundReplies>(
  type: K,
  payload: unknown,
  sender: RequestSender = popup(),
): Promise<Reply<BackgroundReplies[K]>> {
  return (await handlers.handle(
    { to: 'background', type, payload },
    sender,
    fakeBrowser.runtime.id,
  )) as Reply<BackgroundReplies[K]>;
}

async function value<K extends keyof BackgroundReplies>(
  type: K,
  payload: unknown,
  sender?: RequestSender,
): Promise<BackgroundReplies[K]> {
  const reply = await ask(type, payload, sender);
  if (!reply.ok) throw new Error(`unexpected error reply: ${reply.error}`);
  return reply.value;
}

const scanNames = async () => {
  const { entities } = await value(
    'page.scan',
    { text: TEXT, url: PAGE_URL, title: 'Story' },
    contentScript(),
  );
  return entities.map((entity) => entity.name).sort();
};

beforeEach(async () => {
  db = await freshDb();
  broadcast = vi.fn<() => void>();
  openEntity = vi.fn(async () => undefined);
  trashed = vi.fn<() => void>();
  record = true;
  handlers = createHandlers({
    db,
    dictionary: Dictionary.fromEntities([]),
    broadcast,
    extensionOrigin: fakeBrowser.runtime.getURL(''),
    openEntity,
    trashed,
    recordMentions: async () => record,
  });
});

const putin = { type: 'person', name: 'Vladimir Putin', aliases: [{ text: 'Putin' }] };

/** Rewrites a stored row as an import writes it: without search words, with `changes`. */
async function storeAsImported(store: 'entities' | 'notes', id: string, changes: Record<string, unknown>) {
  const row = await db.get(store, id);
  if (!row) throw new Error(`${id} is not stored`);
  const { words: _words, ...bare } = row;
  if (store === 'entities')
    await db.put('entities', { ...(bare as Entity & { keys: string[] }), ...changes });
  else await db.put('notes', { ...(bare as Note), ...changes });
}
const rvc = { type: 'organization', name: 'Russian Volunteer Corps', aliases: [] };

describe('search and duplicates', () => {
  it('searches names and note text', async () => {
    const entity = await value('entity.save', { entity: putin });
    await value('note.save', { note: { entityId: entity.id, text: 'Annexed Crimea.', sources: [] } });
    const results = await value('kb.search', { query: 'crimea' });
    expect(results.entities).toEqual([]);
    expect(results.notes.map((hit) => hit.entity.name)).toEqual(['Vladimir Putin']);
    expect((await value('kb.search', { query: 'vlad' })).entities.map((e) => e.name)).toEqual([
      'Vladimir Putin',
    ]);
  });

  it('after a reload, gives records written without search words their words in the background', async () => {
    const entity = await value('entity.save', { entity: putin });
    const note = await value('note.save', {
      note: { entityId: entity.id, text: 'Annexed Crimea.', sources: [] },
    });
    await storeAsImported('entities', entity.id, { keys: [], name: 'Vladimir Vladimirovich Putin' });
    await storeAsImported('notes', note.id, { text: 'Met Trump in Helsinki.' });
    expect((await value('kb.search', { query: 'helsinki' })).notes).toEqual([]);
    expect(await value('data.reload', {})).toBeNull();
    await handlers.indexed();
    expect((await value('kb.search', { query: 'helsin' })).notes.map((hit) => hit.excerpt)).toEqual([
      'Met Trump in Helsinki.',
    ]);
    expect((await value('kb.search', { query: 'vladimirovich' })).entities.map((e) => e.name)).toEqual([
      'Vladimir Vladimirovich Putin',
    ]);
  });

  it('finishes adding search words after a restart when a run was cut short', async () => {
    const entity = await value('entity.save', { entity: putin });
    await storeAsImported('entities', entity.id, { name: 'Vladimir Vladimirovich Putin' });
    let pending = true;
    const flags: boolean[] = [];
    const restarted = createHandlers({
      db,
      dictionary: Dictionary.fromEntities([]),
      broadcast,
      searchIndexPending: {
        getValue: async () => pending,
        setValue: async (value) => {
          pending = value;
          flags.push(value);
        },
      },
    });
    await vi.waitFor(() => expect(flags).toEqual([true, false]));
    await restarted.indexed();
    expect((await db.get('entities', entity.id))?.words).toEqual(['vladimir', 'vladimirovich', 'putin']);
  });

  it('tells a search that imported notes are still being given their words', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    handlers = createHandlers({
      db,
      dictionary: Dictionary.fromEntities([]),
      broadcast,
      searchIndexPending: {
        getValue: async () => false,
        // The run is held at its start until the test lets it go.
        setValue: async (pending) => {
          if (pending) await gate;
        },
      },
    });
    expect(await value('kb.search', { query: 'x' })).not.toHaveProperty('notesIndexing');
    const reload = value('data.reload', {});
    await vi.waitFor(async () =>
      expect(await value('kb.search', { query: 'x' })).toMatchObject({ notesIndexing: true }),
    );
    release();
    await reload;
    await handlers.indexed();
    expect(await value('kb.search', { query: 'x' })).not.toHaveProperty('notesIndexing');
  });

  it('names an existing entity of the same type with the same name or alias', async () => {
    const entity = await value('entity.save', { entity: putin });
    const found = await value('entity.duplicates', {
      entity: { type: 'person', name: 'putin', aliases: [] },
    });
    expect(found).toEqual([{ id: entity.id, type: 'person', name: 'Vladimir Putin' }]);
  });
});

describe('merge and delete with undo', () => {
  it('merges: the merged entity is no longer matched, its names now find the kept one', async () => {
    const kept = await value('entity.save', { entity: { ...putin, aliases: [] } });
    const merged = await value('entity.save', { entity: { type: 'person', name: 'Putin', aliases: [] } });
    const result = await value('entity.merge', { keepId: kept.id, mergeId: merged.id });
    expect(result.aliases.map((alias) => alias.text)).toEqual(['Putin']);
    const { mentions } = await value(
      'page.scan',
      { text: TEXT, url: PAGE_URL, title: 'Story' },
      contentScript(),
    );
    expect(new Set(mentions.map((mention) => mention.entityId))).toEqual(new Set([kept.id]));
    expect(mentions).toHaveLength(2);
  });

  it('stops matching a deleted entity at once and matches it again on undo', async () => {
    const entity = await value('entity.save', { entity: putin });
    await value('entity.save', { entity: rvc });
    expect(await scanNames()).toEqual(['Russian Volunteer Corps', 'Vladimir Putin']);
    broadcast.mockClear();

    expect(await value('entity.trash', { id: entity.id })).toMatchObject({ name: 'Vladimir Putin' });
    expect(trashed).toHaveBeenCalledTimes(1);
    expect(broadcast).toHaveBeenCalledTimes(1);
    expect(await scanNames()).toEqual(['Russian Volunteer Corps']);
    expect(await value('entity.card', { id: entity.id })).toBeNull();

    expect((await value('entity.restore', { id: entity.id }))?.id).toBe(entity.id);
    expect(await scanNames()).toEqual(['Russian Volunteer Corps', 'Vladimir Putin']);
  });

  it('cannot restore after the purge', async () => {
    const entity = await value('entity.save', { entity: putin });
    await value('entity.trash', { id: entity.id });
    expect(await handlers.purgeExpiredTrash(Date.now() + 60_000)).toBe(1);
    expect(await value('entity.restore', { id: entity.id })).toBeNull();
  });

  it('refuses curation requests from a web page', async () => {
    const entity = await value('entity.save', { entity: putin });
    for (const [type, payload] of [
      ['entity.trash', { id: entity.id }],
      ['entity.merge', { keepId: entity.id, mergeId: 'x' }],
      ['selection.add', { action: 'note', entityId: entity.id, source: { url: PAGE_URL } }],
      ['mention.list', { entityId: entity.id }],
    ] as const) {
      const reply = await ask(type, payload, contentScript());
      expect(reply.ok).toBe(false);
    }
  });
});

describe('notes: conflicts and history', () => {
  it('tells the second of two edits from the same state that the note changed', async () => {
    const entity: Entity = await value('entity.save', { entity: putin });
    const note: Note = await value('note.save', { note: { entityId: entity.id, text: 'One.', sources: [] } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const edit = (text: string) =>
      ask('note.save', {
        note: { id: note.id, entityId: entity.id, text, sources: [] },
        expectedModified: note.modified,
      });
    expect((await edit('Two.')).ok).toBe(true);
    expect(await edit('Three.')).toEqual({ ok: false, error: NOTE_CONFLICT_ERROR });
    expect((await value('note.get', { id: note.id }))?.text).toBe('Two.');
  });

  it('lists versions and restores one', async () => {
    // Each step a second apart: versions are listed in time order.
    let now = Date.parse('2026-01-05T10:00:00.000Z');
    const tick = () => {
      now += 1000;
      vi.setSystemTime(now);
    };
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    tick();
    const entity: Entity = await value('entity.save', { entity: putin });
    const note: Note = await value('note.save', { note: { entityId: entity.id, text: 'One.', sources: [] } });
    tick();
    await value('note.save', { note: { id: note.id, entityId: entity.id, text: 'Two.', sources: [] } });
    tick();
    const versions: NoteVersion[] = await value('note.versions', { id: note.id });
    expect(versions.map((version) => version.text)).toEqual(['One.']);
    const restored = await value('note.restore', { noteId: note.id, versionId: versions[0]?.id ?? '' });
    expect(restored.text).toBe('One.');
    expect((await value('note.versions', { id: note.id })).map((version) => version.text)).toEqual([
      'One.',
      'Two.',
    ]);
  });
});

describe('sightings', () => {
  it('records them unless the setting is off, lists them and deletes one', async () => {
    const entity = await value('entity.save', { entity: putin });
    record = false;
    await scanNames();
    expect(await value('mention.list', { entityId: entity.id })).toEqual([]);
    record = true;
    await scanNames();
    const mentions: Mention[] = await value('mention.list', { entityId: entity.id });
    expect(mentions.map((mention) => [mention.url, mention.selector.exact])).toEqual([
      [PAGE_URL, 'Vladimir Putin'],
    ]);
    await value('mention.delete', { id: mentions[0]?.id ?? '' });
    expect(await value('mention.list', { entityId: entity.id })).toEqual([]);
  });
});

describe('selection.add (the context menu)', () => {
  const source = { url: PAGE_URL, title: 'Story', publisher: 'News', quote: 'Masha Moskaleva' };

  it('adds the selection as an entity with a first note citing the page, then opens it', async () => {
    const { entityId } = await value('selection.add', {
      action: 'entity',
      type: 'person',
      name: '  Masha Moskaleva ',
      source,
    });
    const card = await value('entity.card', { id: entityId });
    expect(card?.entity.name).toBe('Masha Moskaleva');
    expect(card?.notes.map((note) => [note.text, note.sources])).toEqual([
      ['Named in “Story” (News).', [source]],
    ]);
    expect(openEntity).toHaveBeenCalledWith(entityId, expect.anything());
    const { entities } = await value(
      'page.scan',
      { text: 'A drawing by Masha Moskaleva.', url: PAGE_URL, title: 'Story' },
      contentScript(),
    );
    expect(entities.map((entity) => entity.name)).toEqual(['Masha Moskaleva']);
  });

  it('opens a known entity with a new note prefilled with the page and selection', async () => {
    const entity = await value('entity.save', { entity: putin });
    await value('selection.add', { action: 'note', entityId: entity.id, source });
    expect(openEntity).toHaveBeenCalledWith(entity.id, expect.anything(), source);
    expect((await ask('selection.add', { action: 'note', entityId: 'gone', source })).ok).toBe(false);
  });
});
