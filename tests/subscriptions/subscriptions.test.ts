// @vitest-environment node
// Pack subscriptions against a real HTTP server on 127.0.0.1: conditional requests (ETag and
// Last-Modified, 304), updates and removals with the pack, the user's own notes left alone.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listEntities, notesForEntity, saveNote } from '../../utils/db';
import {
  SUBSCRIPTION_ALARM,
  addSubscription,
  isSubscribed,
  listSubscriptions,
  originPattern,
  refreshSubscriptions,
  removeSubscription,
  scheduleSubscriptionRefresh,
  subscriptionUrlProblem,
} from '../../utils/subscriptions';
import { exportPack } from '../../utils/pack';
import { freshDb, noteInput } from '../db/helpers';
import { populatedDb } from '../export/helpers';

let server: Server;
let base = '';
let body = '';
let etag = '"v1"';
let status = 200;
const requests: IncomingHttpHeaders[] = [];

const minimalPack = (notes: string[], extra: object[] = []) =>
  JSON.stringify({
    entities: [
      { name: 'Vladimir Putin', type: 'person', aliases: ['Putin'], notes: notes.map((text) => ({ text })) },
      ...extra,
    ],
  });

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.headers);
    if (status !== 200) {
      response.writeHead(status).end('no');
      return;
    }
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    response
      .writeHead(200, {
        'Content-Type': 'application/json',
        ETag: etag,
        'Last-Modified': 'Wed, 25 Nov 2026 10:00:00 GMT',
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
  status = 200;
  etag = '"v1"';
  body = minimalPack(['President of Russia.']);
});

describe('subscriptions', () => {
  it('accepts https (and this machine over http) only', () => {
    expect(subscriptionUrlProblem('https://news.example/pack.json')).toBeNull();
    expect(subscriptionUrlProblem(`${base}/pack.json`)).toBeNull();
    expect(subscriptionUrlProblem('http://news.example/pack.json')).toBe(
      'only https addresses can be subscribed to',
    );
    expect(subscriptionUrlProblem('file:///etc/passwd')).toBe('only https addresses can be subscribed to');
    expect(originPattern('https://news.example:8443/a/b.json')).toBe('https://news.example/*');
  });

  it('fetches the pack when added, read-only with the pack as provenance', async () => {
    const db = await freshDb();
    const { subscription, result } = await addSubscription(db, `${base}/team.json`);
    expect(result).toBe('updated');
    expect(subscription).toMatchObject({ url: `${base}/team.json`, name: '127.0.0.1', etag: '"v1"' });
    const [putin] = await listEntities(db);
    expect(putin?.origin).toEqual({ kind: 'pack', packId: subscription.id, packName: '127.0.0.1' });
    expect(isSubscribed(putin?.origin ?? { kind: 'own' })).toBe(true);
    expect(isSubscribed({ kind: 'pack', packId: 'demo', packName: 'Demo' })).toBe(false);
    expect(await listSubscriptions(db)).toMatchObject([{ id: subscription.id, entities: 1, notes: 1 }]);
  });

  it('names the subscription after our pack’s name and keeps its ids apart from mine', async () => {
    const source = await populatedDb();
    const pack = JSON.parse(await exportPack(source)) as Record<string, unknown>;
    body = JSON.stringify({ ...pack, name: 'Newsroom pack' });
    const db = await populatedDb();
    const mineBefore = (await listEntities(db)).map((entity) => entity.id);
    const { subscription } = await addSubscription(db, `${base}/ours.json`);
    expect(subscription.name).toBe('Newsroom pack');
    const all = await listEntities(db);
    expect(all).toHaveLength(mineBefore.length + 2);
    expect(
      all
        .filter((entity) => entity.origin.kind === 'own')
        .map((entity) => entity.id)
        .sort(),
    ).toEqual([...mineBefore].sort());
  });

  it('asks again with If-None-Match and If-Modified-Since; a 304 changes nothing but the time', async () => {
    const db = await freshDb();
    const { subscription } = await addSubscription(db, `${base}/team.json`);
    const before = await listEntities(db);
    const [outcome] = await refreshSubscriptions(db);
    expect(outcome).toMatchObject({ id: subscription.id, result: 'unchanged' });
    expect(requests.at(-1)).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Wed, 25 Nov 2026 10:00:00 GMT',
    });
    expect(await listEntities(db)).toEqual(before);
  });

  it('updates with the pack and never touches the user’s own notes', async () => {
    const db = await freshDb();
    const { subscription } = await addSubscription(db, `${base}/team.json`);
    const [putin] = await listEntities(db);
    if (!putin) throw new Error('fixture');
    await saveNote(db, noteInput(putin.id, { text: 'My own note.' }));

    etag = '"v2"';
    body = minimalPack(['President of Russia since 2012.'], [{ name: 'Meduza', type: 'organization' }]);
    expect(await refreshSubscriptions(db, subscription.id)).toMatchObject([{ result: 'updated' }]);
    const notes = await notesForEntity(db, putin.id);
    expect(notes.map((note) => [note.text, note.origin.kind]).sort()).toEqual([
      ['My own note.', 'own'],
      ['President of Russia since 2012.', 'pack'],
    ]);
    expect((await listEntities(db)).map((entity) => entity.name).sort()).toEqual([
      'Meduza',
      'Vladimir Putin',
    ]);

    // Putin leaves the pack: he stays, as the user's, because he holds the user's note.
    etag = '"v3"';
    body = JSON.stringify({ entities: [{ name: 'Meduza', type: 'organization' }] });
    await refreshSubscriptions(db);
    const entities = await listEntities(db);
    expect(entities.map((entity) => [entity.name, entity.origin.kind]).sort()).toEqual([
      ['Meduza', 'pack'],
      ['Vladimir Putin', 'own'],
    ]);
    expect((await notesForEntity(db, putin.id)).map((note) => note.text)).toEqual(['My own note.']);
  });

  it('keeps what it has when the server fails or sends a broken pack', async () => {
    const db = await freshDb();
    await addSubscription(db, `${base}/team.json`);
    const before = await listEntities(db);
    status = 500;
    expect(await refreshSubscriptions(db)).toMatchObject([
      { result: 'failed', error: expect.stringContaining('500') },
    ]);
    status = 200;
    etag = '"broken"';
    body = '{"entities": [{"name": ""}]}';
    expect(await refreshSubscriptions(db)).toMatchObject([
      { result: 'failed', error: expect.stringContaining('entities[0]') },
    ]);
    expect(await listEntities(db)).toEqual(before);
  });

  it('stores nothing when the first fetch fails', async () => {
    const db = await freshDb();
    status = 404;
    await expect(addSubscription(db, `${base}/missing.json`)).rejects.toThrow(/404/u);
    expect(await listSubscriptions(db)).toEqual([]);
  });

  it('removes the pack’s records with the subscription', async () => {
    const db = await freshDb();
    const { subscription } = await addSubscription(db, `${base}/team.json`);
    await removeSubscription(db, subscription.id);
    expect(await listEntities(db)).toEqual([]);
    expect(await listSubscriptions(db)).toEqual([]);
  });

  it('schedules one daily alarm that refreshes', async () => {
    let refreshed = 0;
    await scheduleSubscriptionRefresh(async () => {
      refreshed += 1;
    });
    await scheduleSubscriptionRefresh(async () => undefined);
    const alarm = await fakeBrowser.alarms.get(SUBSCRIPTION_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    if (!alarm) throw new Error('no alarm');
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    expect(refreshed).toBe(1);
  });
});
