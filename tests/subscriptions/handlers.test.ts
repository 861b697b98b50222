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
