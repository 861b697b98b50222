// Suggestions through the background: filtering known and rejected names, rejecting for good,
// accepting as a new entity with a first note, and loading the engine into the sender's frame.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { BackstoryDb } from '../../utils/db';
import { listEntities, notesForEntity, saveEntity } from '../../utils/db';
import { listRejectedSuggestions } from '../../utils/db-records';
import { createHandlers } from '../../utils/handlers';
import { Dictionary, findMentions } from '../../utils/match';
import type { Entity } from '../../utils/model';
import type { Reply } from '../../utils/protocol';
import { entityInput, freshDb } from '../db/helpers';

const PAGE = 'https://news.example/story';
let db: BackstoryDb;
let handlers: ReturnType<typeof createHandlers>;
let loaded: unknown[];
const broadcast = vi.fn();

const contentScript = {
  id: fakeBrowser.runtime.id,
  url: PAGE,
  frameId: 0,
  tab: { id: 4, url: PAGE, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

async function ask<T>(type: string, payload: unknown): Promise<Reply<T>> {
  return (await handlers.handle(
    { to: 'background', type, payload },
    contentScript,
    fakeBrowser.runtime.id,
  )) as Reply<T>;
}

beforeEach(async () => {
  db = await freshDb();
  loaded = [];
  broadcast.mockReset();
  handlers = createHandlers({
    db,
    dictionary: Dictionary.fromEntities([]),
    broadcast,
    loadSuggester: async (sender) => {
      loaded.push(sender.tab?.id);
    },
  });
});

describe('suggestions', () => {
  it('keeps only names that are neither known (by name or alias) nor rejected', async () => {
    await saveEntity(db, entityInput());
    expect(await ask('suggest.reject', { name: 'Sirena', type: 'organization' })).toEqual({
      ok: true,
      value: null,
    });
    const reply = await ask<{ keep: boolean[] }>('suggest.filter', {
      names: [
        { name: 'vladimir  putin' },
        { name: 'Putin' },
        { name: 'SIRENA' },
        { name: 'Vyacheslav Gladkov' },
      ],
    });
    expect(reply).toEqual({ ok: true, value: { keep: [false, false, false, true] } });
    expect((await listRejectedSuggestions(db)).map((row) => row.name)).toEqual(['Sirena']);
    expect(broadcast).toHaveBeenCalledTimes(1);
  });

  it('accepts a name as an entity with a note citing the page, and matches it at once', async () => {
    await ask('suggest.reject', { name: 'Vyacheslav Gladkov', type: 'person' });
    const reply = await ask<Entity>('suggest.accept', {
      entity: { type: 'person', name: 'Vyacheslav Gladkov', aliases: [] },
      note: {
        text: 'Named in “Border clashes”.',
        sources: [{ url: PAGE, title: 'Border clashes', quote: 'Gladkov said…' }],
      },
    });
    if (!reply.ok) throw new Error(reply.error);
    const [entity] = await listEntities(db);
    expect(entity?.name).toBe('Vyacheslav Gladkov');
    const notes = await notesForEntity(db, reply.value.id);
    expect(notes.map((note) => [note.text, note.sources])).toEqual([
      ['Named in “Border clashes”.', [{ url: PAGE, title: 'Border clashes', quote: 'Gladkov said…' }]],
    ]);
    // Accepting lifts an earlier rejection, and the dictionary knows the name right away.
    expect(await listRejectedSuggestions(db)).toEqual([]);
    expect(findMentions('Governor Vyacheslav Gladkov said', handlers.dictionary()).length).toBe(1);
  });

  it('writes nothing when the note is invalid', async () => {
    const reply = await ask('suggest.accept', {
      entity: { type: 'person', name: 'Masha Moskaleva', aliases: [] },
      note: { text: 'x', sources: [{ url: 'javascript:alert(1)' }] },
    });
    expect(reply.ok).toBe(false);
    expect(await listEntities(db)).toEqual([]);
  });

  it('loads the engine into the asking tab', async () => {
    expect(await ask('suggest.load', {})).toEqual({ ok: true, value: null });
    expect(loaded).toEqual([4]);
  });
});
