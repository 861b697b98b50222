// The background's request handlers, driven through the fake extension API's onMessage the
// way background.ts wires them: sender checks, validation, and every request type.
import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { Mock } from 'vitest';
import { sharedFixture } from '../shared-fixtures';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { BackstoryDb } from '../../utils/db';
import { mentionsForUrl } from '../../utils/db-records';
import type { Entity, Note } from '../../utils/model';
import type { BackgroundRequestType, EntityCard, Reply } from '../../utils/protocol';
import { freshDb } from '../db/helpers';
import type { MessageSender } from './runtime';
import { listenWithHandlers, sendMessage } from './runtime';
import { stageFile } from '../../utils/import/transfer';

const SEED = readFileSync(sharedFixture('seed-article.txt'), 'utf8');
const PAGE_URL = 'https://news.example/story';

let db: BackstoryDb;
let broadcast: Mock<() => void>;

const tab = (id: number, url: string, incognito = false): NonNullable<MessageSender['tab']> => ({
  id,
  url,
  incognito,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
});

const ownId = () => fakeBrowser.runtime.id;
const popup = (): MessageSender => ({ id: ownId(), url: fakeBrowser.runtime.getURL('/popup.html') });
const optionsTab = (): MessageSender => ({
  id: ownId(),
  url: fakeBrowser.runtime.getURL('/options.html'),
  tab: tab(2, fakeBrowser.runtime.getURL('/options.html')),
});
const contentScript = (incognito = false): MessageSender => ({
  id: ownId(),
  url: PAGE_URL,
  tab: tab(1, PAGE_URL, incognito),
});

const send = sendMessage;

function ask(type: BackgroundRequestType | string, payload: unknown, sender: MessageSender = popup()) {
  return send({ to: 'background', type, payload }, sender);
}

async function value<T>(reply: Promise<Reply<unknown>>): Promise<T> {
  const settled = await reply;
  if (!settled.ok) throw new Error(`unexpected error reply: ${settled.error}`);
  return settled.value as T;
}

const putinInput = { type: 'person', name: 'Vladimir Putin', aliases: [{ text: 'Putin' }] };

beforeEach(async () => {
  db = await freshDb();
  broadcast = vi.fn<() => void>();
  listenWithHandlers(db, broadcast);
});

describe('who may ask', () => {
  it('refuses another extension', async () => {
    const reply = await ask('entity.list', { query: '' }, { ...popup(), id: 'someone-else' });
    expect(reply).toEqual({ ok: false, error: 'Refused: the request does not come from Backstory.' });
  });

  it('refuses a sender without an id', async () => {
    expect((await ask('entity.list', { query: '' }, {})).ok).toBe(false);
  });

  it('lets a content script add a note and open an entity from its popover', async () => {
    const opened: string[] = [];
    // Answered by handlers that can open an entity instead of those of beforeEach.
    fakeBrowser.reset();
    listenWithHandlers(db, broadcast, {
      openEntity: async (id) => {
        opened.push(id);
      },
    });
    const entity = await value<Entity>(ask('entity.save', { entity: putinInput }));
    const note = { entityId: entity.id, text: 'Seen here.', sources: [{ url: PAGE_URL }] };
    const saved = await value<{ id: string }>(ask('note.save', { note }, contentScript()));
    expect(saved.id).toBeTruthy();
    expect((await ask('entity.open', { id: entity.id }, contentScript())).ok).toBe(true);
    expect(opened).toEqual([entity.id]);
    expect(await ask('entity.open', { id: 'gone' }, contentScript())).toEqual({
      ok: false,
      error: 'This entity is no longer in the knowledge base.',
    });
  });

  it('lets a content script scan and read cards, but not change entities', async () => {
    const entity = await value<Entity>(ask('entity.save', { entity: putinInput }));
    expect((await ask('page.scan', { text: 'Putin', url: PAGE_URL, title: 'T' }, contentScript())).ok).toBe(
      true,
    );
    expect((await ask('entity.card', { id: entity.id }, contentScript())).ok).toBe(true);
    for (const [type, payload] of [
      ['entity.delete', { id: entity.id }],
      ['entity.save', { entity: putinInput }],
      ['entity.list', { query: '' }],
      ['pack.export', {}],
      ['demo.load', {}],
    ] as const) {
      expect(await ask(type, payload, contentScript())).toEqual({
        ok: false,
        error: `Refused: "${type}" cannot be requested from a web page.`,
      });
    }
    expect(await value<EntityCard>(ask('entity.card', { id: entity.id }))).not.toBeNull();
  });

  it('lets an extension page open in a tab send everything', async () => {
    expect((await ask('pack.export', {}, optionsTab())).ok).toBe(true);
  });
});

describe('what they may send', () => {
  it.each([
    ['not an object', 'hello', /^Invalid request: /u],
    ['no type', { to: 'background' }, /^Invalid request: type: missing|^Invalid request: type: /u],
    [
      'another addressee',
      { to: 'tab', type: 'page.summary', payload: {} },
      /^Not a request for the background/u,
    ],
    [
      'unknown type',
      { to: 'background', type: 'entity.explode', payload: {} },
      /^Unknown request type "entity.explode"/u,
    ],
    ['inherited key as type', { to: 'background', type: 'toString', payload: {} }, /^Unknown request type/u],
  ])('rejects %s', async (_label, message, error) => {
    const reply = await send(message, popup());
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(error);
  });

  it('rejects invalid payloads with the field and problem', async () => {
    expect(await ask('entity.save', { entity: { ...putinInput, name: '  ' } })).toEqual({
      ok: false,
      error: 'Invalid entity.save request: entity.name: name is empty',
    });
    const badSource = { entityId: 'x', text: 'y', sources: [{ url: 'javascript:alert(1)' }] };
    expect(await ask('note.save', { note: badSource })).toEqual({
      ok: false,
      error: 'Invalid note.save request: note.sources[0].url: not an http(s) URL',
    });
    const reply = await ask('entity.card', {});
    expect(reply.ok).toBe(false);
    expect(broadcast).not.toHaveBeenCalled();
  });
});

describe('requests', () => {
  it('entity.save creates and updates, keeps the dictionary in step and broadcasts', async () => {
    const entity = await value<Entity>(ask('entity.save', { entity: putinInput }));
    expect(entity).toMatchObject({ name: 'Vladimir Putin', origin: { kind: 'own' } });
    expect(broadcast).toHaveBeenCalledTimes(1);
    const scan = await value<{ entities: unknown[] }>(
      ask('page.scan', { text: 'A speech by Putin.', url: PAGE_URL, title: 'T' }, contentScript()),
    );
    expect(scan.entities).toEqual([{ id: entity.id, type: 'person', name: 'Vladimir Putin' }]);

    await ask('entity.save', { entity: { ...putinInput, id: entity.id, aliases: [{ text: 'VVP' }] } });
    const after = await value<{ entities: unknown[] }>(
      ask('page.scan', { text: 'A speech by Putin, or VVP.', url: PAGE_URL, title: 'T' }, contentScript()),
    );
    expect(after.entities).toHaveLength(1);
    expect(broadcast).toHaveBeenCalledTimes(2);
  });

  it('page.scan returns offsets and summaries of found entities only, and records mentions', async () => {
    const putin = await value<Entity>(ask('entity.save', { entity: putinInput }));
    await ask('entity.save', { entity: { type: 'organization', name: 'Meduza', aliases: [] } });
    await ask('note.save', { note: { entityId: putin.id, text: 'Secret note.', sources: [] } });
    const text = 'Run by Vladimir Putin. Putin said.';
    const scan = await value<{ mentions: unknown[]; entities: unknown[] }>(
      ask('page.scan', { text, url: PAGE_URL, title: 'Story' }, contentScript()),
    );
    expect(scan.entities).toEqual([{ id: putin.id, type: 'person', name: 'Vladimir Putin' }]);
    expect(scan.mentions).toEqual([
      { entityId: putin.id, start: 7, end: 21 },
      { entityId: putin.id, start: 23, end: 28 },
    ]);
    expect(JSON.stringify(scan)).not.toContain('Secret');
    const recorded = await mentionsForUrl(db, PAGE_URL);
    expect(recorded).toMatchObject([{ entityId: putin.id, title: 'Story', start: 7, end: 21 }]);
  });

  it('page.scan keeps no history for private windows or non-web pages', async () => {
    await ask('entity.save', { entity: putinInput });
    await ask('page.scan', { text: 'Putin', url: PAGE_URL, title: 'T' }, contentScript(true));
    await ask('page.scan', { text: 'Putin', url: 'file:///tmp/a.html', title: 'T' }, contentScript());
    expect(await db.count('mentions')).toBe(0);
  });

  it('entity.card returns the entity with its notes, or null', async () => {
    const entity = await value<Entity>(ask('entity.save', { entity: putinInput }));
    const note = await value<Note>(
      ask('note.save', { note: { entityId: entity.id, text: 'A note.', sources: [] } }),
    );
    expect(await value<EntityCard>(ask('entity.card', { id: entity.id }, contentScript()))).toEqual({
      entity,
      notes: [note],
      otherPages: 0,
    });
    expect(await value<EntityCard | null>(ask('entity.card', { id: 'missing' }))).toBeNull();
  });

  it('entity.card tells a page on how many other pages the entity was seen, not which', async () => {
    const entity = await value<Entity>(ask('entity.save', { entity: putinInput }));
    await ask('page.scan', { text: 'Putin spoke.', url: PAGE_URL, title: 'Here' }, contentScript());
    const elsewhere = {
      ...contentScript(),
      url: 'https://other.example/a',
      tab: tab(9, 'https://other.example/a'),
    };
    await ask(
      'page.scan',
      { text: 'Putin again.', url: 'https://other.example/a', title: 'There' },
      elsewhere,
    );
    const card = await value<EntityCard>(ask('entity.card', { id: entity.id }, contentScript()));
    expect(card.otherPages).toBe(1);
    expect(JSON.stringify(card)).not.toContain('other.example');
  });

  it('entity.list searches names and aliases with a limit', async () => {
    await ask('entity.save', { entity: putinInput });
    await ask('entity.save', { entity: { type: 'organization', name: 'Meduza', aliases: [] } });
    expect(await value(ask('entity.list', { query: 'puti' }))).toEqual([
      expect.objectContaining({ name: 'Vladimir Putin' }),
    ]);
    expect(await value(ask('entity.list', { query: '' }))).toHaveLength(2);
    expect(await value(ask('entity.list', { query: '', limit: 1 }))).toHaveLength(1);
  });

  it('entity.delete removes the entity from the knowledge base and the dictionary', async () => {
    const entity = await value<Entity>(ask('entity.save', { entity: putinInput }));
    broadcast.mockClear();
    expect(await ask('entity.delete', { id: entity.id })).toEqual({ ok: true, value: null });
    expect(broadcast).toHaveBeenCalledTimes(1);
    const scan = await value<{ entities: unknown[] }>(
      ask('page.scan', { text: 'Putin', url: PAGE_URL, title: 'T' }, contentScript()),
    );
    expect(scan.entities).toEqual([]);
  });

  it('note.save and note.delete write, version and broadcast; errors are replies', async () => {
    const entity = await value<Entity>(ask('entity.save', { entity: putinInput }));
    const note = await value<Note>(
      ask('note.save', { note: { entityId: entity.id, text: 'One.', sources: [] } }),
    );
    const edited = await value<Note>(
      ask('note.save', { note: { id: note.id, entityId: entity.id, text: 'Two.', sources: [] } }),
    );
    expect(edited).toMatchObject({ id: note.id, text: 'Two.' });
    expect(await db.count('noteVersions')).toBe(1);
    expect(await ask('note.delete', { id: note.id })).toEqual({ ok: true, value: null });
    expect(await db.count('notes')).toBe(0);
    expect(broadcast).toHaveBeenCalledTimes(4);

    expect(await ask('note.save', { note: { entityId: 'missing', text: 'x', sources: [] } })).toEqual({
      ok: false,
      error: 'There is no entity with id "missing".',
    });
    expect(broadcast).toHaveBeenCalledTimes(4);
  });

  it('pack.import imports, rebuilds the dictionary and broadcasts; a bad pack changes nothing', async () => {
    const pack = JSON.stringify({
      entities: [{ name: 'Meduza', type: 'organization', notes: [{ text: 'Outlet.' }] }],
    });
    expect(await ask('pack.import', { text: pack }, optionsTab())).toEqual({
      ok: true,
      value: { entities: 1, notes: 1 },
    });
    expect(broadcast).toHaveBeenCalledTimes(1);
    const scan = await value<{ entities: { name: string }[] }>(
      ask('page.scan', { text: 'Meduza reported.', url: PAGE_URL, title: 'T' }, contentScript()),
    );
    expect(scan.entities.map((entity) => entity.name)).toEqual(['Meduza']);

    const bad = await ask('pack.import', { text: '{"entities": [{"name": "X", "type": "place"}]}' });
    expect(bad).toEqual({
      ok: false,
      error: 'The pack was not imported (nothing was changed):\nentities[0].type: not person or organization',
    });
    expect(broadcast).toHaveBeenCalledTimes(1);
  });

  it('pack.importStaged imports a file the options page staged, once; a content script may not ask', async () => {
    const pack = JSON.stringify({
      entities: [{ name: 'Meduza', type: 'organization', notes: [{ text: 'Outlet.' }] }],
    });
    // A Node Blob: happy-dom's cannot be stored in fake-indexeddb (the browser stores the File).
    const id = await stageFile(db, new NodeBlob([pack]) as unknown as Blob);
    expect((await ask('pack.importStaged', { id }, contentScript())).ok).toBe(false);
    expect(await ask('pack.importStaged', { id }, optionsTab())).toEqual({
      ok: true,
      value: { entities: 1, notes: 1 },
    });
    expect(await db.count('transfers')).toBe(0);
    expect(broadcast).toHaveBeenCalledTimes(1);
    expect(await ask('pack.importStaged', { id }, optionsTab())).toEqual({
      ok: false,
      error: 'The file to import was not found.',
    });
  });

  it('pack.export returns the whole knowledge base as pack text', async () => {
    await ask('entity.save', { entity: putinInput });
    const text = await value<string>(ask('pack.export', {}));
    expect(JSON.parse(text)).toMatchObject({
      format: 'backstory-pack',
      version: 1,
      entities: [{ name: 'Vladimir Putin' }],
    });
  });

  it('demo.load and demo.remove add and take away the demo entities, dictionary included', async () => {
    const report = await value<{ entities: number }>(ask('demo.load', {}));
    expect(report.entities).toBeGreaterThanOrEqual(17);
    const scan = await value<{ entities: { name: string }[] }>(
      ask('page.scan', { text: SEED, url: PAGE_URL, title: 'Seed' }, contentScript()),
    );
    const names = scan.entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Vladimir Putin', 'Freedom of Russia Legion', 'Meduza']));

    expect(await ask('demo.remove', {})).toEqual({ ok: true, value: null });
    const after = await value<{ entities: unknown[] }>(
      ask('page.scan', { text: SEED, url: PAGE_URL, title: 'Seed' }, contentScript()),
    );
    expect(after.entities).toEqual([]);
    expect(await db.count('entities')).toBe(0);
    expect(broadcast).toHaveBeenCalledTimes(2);
  });

  it('turns a failing handler into an error reply, never a throw', async () => {
    db.close();
    const reply = await ask('entity.list', { query: '' });
    expect(reply.ok).toBe(false);
  });
});
