// @vitest-environment node
// The subscription and reload requests through the background's handlers: validated, refused
// to content scripts, and the dictionary kept in step with what a pack brings and takes.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../utils/handlers';
import { Dictionary, findMentions } from '../../utils/match';
import type { SubscriptionSummary } from '../../utils/subscriptions';
import type { Reply } from '../../utils/protocol';
import { freshDb } from '../db/helpers';

const OWN = 'backstory-id';
const ORIGIN = 'chrome-extension://backstory-id/';
const options = { id: OWN, url: `${ORIGIN}options.html` };
const page = { id: OWN, url: 'https://news.example/', tab: { id: 1, url: 'https://news.example/' } };

let server: Server;
let base = '';
let body = JSON.stringify({ name: 'x', entities: [{ name: 'Ada Lovelace', type: 'person' }] });

beforeAll(async () => {
  server = createServer((_request, response) => response.writeHead(200, { ETag: '"1"' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function setUp() {
  const db = await freshDb();
  const broadcast = vi.fn();
  const handlers = createHandlers({
    db,
    dictionary: Dictionary.fromEntities([]),
    broadcast,
    extensionOrigin: ORIGIN,
  });
  const ask = async <T>(type: string, payload: unknown, sender: object = options) => {
    const reply = (await handlers.handle({ to: 'background', type, payload }, sender, OWN)) as Reply<T>;
    return reply;
  };
  return { handlers, ask, broadcast };
}

describe('subscription requests', () => {
  it('subscribe, highlight the pack’s names, unsubscribe', async () => {
    const { handlers, ask, broadcast } = await setUp();
    const added = await ask<SubscriptionSummary>('subscription.add', { url: `${base}/p.json` });
    expect(added).toMatchObject({ ok: true, value: { name: '127.0.0.1', entities: 1, notes: 0 } });
    expect(broadcast).toHaveBeenCalled();
    expect(findMentions('Ada Lovelace wrote.', handlers.dictionary())).toHaveLength(1);
    const listed = await ask<SubscriptionSummary[]>('subscription.list', {});
    if (!listed.ok) throw new Error(listed.error);
    const [row] = listed.value;
    if (!row) throw new Error('not listed');
    body = JSON.stringify({ entities: [{ name: 'Grace Hopper', type: 'person' }] });
    expect(await ask('subscription.refresh', { id: row.id })).toEqual({
      ok: true,
      value: [{ id: row.id, result: 'updated' }],
    });
    expect(findMentions('Ada Lovelace wrote.', handlers.dictionary())).toHaveLength(0);
    expect(findMentions('Grace Hopper wrote.', handlers.dictionary())).toHaveLength(1);
    expect(await ask('subscription.remove', { id: row.id })).toEqual({ ok: true, value: null });
    expect(findMentions('Grace Hopper wrote.', handlers.dictionary())).toHaveLength(0);
  });

  it('keeps a subscribed pack’s entities and notes read-only, but takes a note of one’s own on them', async () => {
    const { ask } = await setUp();
    body = JSON.stringify({
      entities: [
        { name: 'Ada Lovelace', type: 'person', notes: [{ text: 'First programmer.', sources: [] }] },
      ],
    });
    const added = await ask<SubscriptionSummary>('subscription.add', { url: `${base}/read-only.json` });
    if (!added.ok) throw new Error(added.error);
    const search = await ask<{ id: string }[]>('entity.list', { query: 'Ada' });
    if (!search.ok) throw new Error(search.error);
    const id = search.value[0]?.id ?? '';
    const card = await ask<{ notes: { id: string }[] }>('entity.card', { id });
    if (!card.ok) throw new Error(card.error);
    const packNote = card.value.notes[0]?.id ?? '';

    for (const [type, payload] of [
      ['entity.save', { entity: { id, type: 'person', name: 'Ada King', aliases: [] } }],
      ['entity.delete', { id }],
      ['entity.trash', { id }],
      ['note.save', { note: { id: packNote, entityId: id, text: 'Changed.', sources: [] } }],
      ['note.delete', { id: packNote }],
    ] as const) {
      const reply = await ask(type, payload);
      expect(reply.ok, type).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(/subscribed pack .* cannot be changed/u);
    }
    const own = await ask<{ origin: { kind: string } }>('note.save', {
      note: { entityId: id, text: 'My own note.', sources: [] },
    });
    expect(own).toMatchObject({ ok: true, value: { origin: { kind: 'own' } } });
  });

  it('validates, and refuses web pages', async () => {
    const { ask } = await setUp();
    expect(await ask('subscription.add', { url: 42 })).toMatchObject({ ok: false });
    expect(await ask('subscription.add', { url: 'http://evil.example/p.json' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('only https') as unknown,
    });
    expect(await ask('subscription.list', {}, page)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Refused') as unknown,
    });
    expect(await ask('data.reload', {}, page)).toMatchObject({ ok: false });
    expect(await ask('data.reload', {})).toEqual({ ok: true, value: null });
  });
});
