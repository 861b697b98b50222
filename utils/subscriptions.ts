// Pack subscriptions: a team's shared pack followed by URL. Fetched when added, on demand and
// daily (conditional requests: ETag / Last-Modified), its records stored read-only with the
// pack as their origin, replaced with each new version, and removed with the subscription.
// Off until the user adds a URL; the options page asks for the host permission first.
import { browser } from 'wxt/browser';
import type { Entity, PackSubscription } from './model';
import { isSubscribedOrigin, newId, nowIso, SUBSCRIPTION_ID_PREFIX } from './model';
import type { BackstoryDb } from './db-schema';
import { listPackSubscriptions, savePackSubscription } from './db-records';
import { readImport } from './import/read';
import type { PackWrite } from './import/subscription-records';
import { packContent, storedPackContent, writePackContent } from './import/subscription-records';

export const SUBSCRIPTION_ALARM = 'backstory-subscriptions';
export const REFRESH_PERIOD_MINUTES = 24 * 60;
const MAX_PACK_CHARS = 200_000_000;
const FETCH_TIMEOUT_MS = 60_000;

export type FetchPack = typeof fetch;

export interface SubscriptionSummary extends PackSubscription {
  entities: number;
  notes: number;
}

export interface RefreshOutcome {
  id: string;
  /** `updated`: a new version was stored; `unchanged`: the server said 304 (or the same pack). */
  result: 'updated' | 'unchanged' | 'failed';
  error?: string;
  write?: PackWrite;
}

/** Subscriptions' ids (and so their records' `origin.packId`) start with this. */
export { SUBSCRIPTION_ID_PREFIX } from './model';

/**
 * Whether a record comes from a subscribed pack: read-only for the user (an edit would be
 * overwritten by the pack's next version). The demo pack is a pack but not a subscription.
 */
export function isSubscribed(origin: Entity['origin']): boolean {
  return isSubscribedOrigin(origin);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why a URL cannot be subscribed to, or null: https only (plain http on this machine, for testing). */
export function subscriptionUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return null;
  return 'only https addresses can be subscribed to';
}

/** The host permission pattern the background needs to fetch `url`. */
export function originPattern(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

type Fetched =
  { kind: 'not-modified' } | { kind: 'pack'; text: string; etag?: string; lastModified?: string };

async function fetchPack(subscription: PackSubscription, fetchImpl: FetchPack): Promise<Fetched> {
  const headers: Record<string, string> = { Accept: 'application/json, application/ld+json' };
  if (subscription.etag) headers['If-None-Match'] = subscription.etag;
  if (subscription.lastModified) headers['If-Modified-Since'] = subscription.lastModified;
  const response = await fetchImpl(subscription.url, {
    headers,
    credentials: 'omit',
    cache: 'no-store',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  if (response.url && subscriptionUrlProblem(response.url))
    throw new Error('redirected to an address that is not https');
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_PACK_CHARS * 4) throw new Error('the pack is too large');
  const text = await response.text();
  if (text.length > MAX_PACK_CHARS) throw new Error('the pack is too large');
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return {
    kind: 'pack',
    text,
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}

const hostName = (url: string) => new URL(url).hostname;

/** Fetches a subscription's pack and stores it if it changed; a failure changes nothing. */
async function fetchAndStore(
  db: BackstoryDb,
  subscription: PackSubscription,
  fetchImpl: FetchPack,
): Promise<RefreshOutcome> {
  const fetched = await fetchPack(subscription, fetchImpl);
  const now = nowIso();
  if (fetched.kind === 'not-modified') {
    await savePackSubscription(db, { ...subscription, lastFetched: now });
    return { id: subscription.id, result: 'unchanged' };
  }
  const read = readImport(fetched.text);
  if (!read.ok) throw new Error(`the pack is not valid: ${read.errors.slice(0, 3).join('; ')}`);
  const name = read.meta.name ?? (subscription.name || hostName(subscription.url));
  const { etag: _etag, lastModified: _lastModified, ...rest } = subscription;
  const saved: PackSubscription = {
    ...rest,
    name,
    lastFetched: now,
    ...(fetched.etag ? { etag: fetched.etag } : {}),
    ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
  };
  const stored = await storedPackContent(db, subscription.id);
  const content = packContent(subscription.id, name, read.records, stored, now);
  const write = await writePackContent(db, subscription.id, content, now, { save: saved });
  const changed =
    write.entities + write.notes + write.removedEntityIds.length + write.keptEntities.length > 0;
  return { id: subscription.id, result: changed ? 'updated' : 'unchanged', write };
}

/** Subscribes to the pack at `url`: fetched now; nothing is stored if that fails. */
export async function addSubscription(
  db: BackstoryDb,
  url: string,
  fetchImpl: FetchPack = fetch,
): Promise<RefreshOutcome & { subscription: PackSubscription }> {
  const problem = subscriptionUrlProblem(url);
  if (problem) throw new Error(`Cannot subscribe to ${url}: ${problem}.`);
  const known = (await listPackSubscriptions(db)).find((subscription) => subscription.url === url);
  if (known) throw new Error(`Already subscribed to ${url}.`);
  const subscription: PackSubscription = { id: `${SUBSCRIPTION_ID_PREFIX}${newId()}`, url, name: '' };
  try {
    const outcome = await fetchAndStore(db, subscription, fetchImpl);
    const saved = (await listPackSubscriptions(db)).find((row) => row.id === subscription.id) ?? subscription;
    return { ...outcome, subscription: saved };
  } catch (error) {
    throw new Error(
      `Could not subscribe to ${url}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}

/** Refreshes one subscription (or all): each on its own, a failure kept to that one. */
export async function refreshSubscriptions(
  db: BackstoryDb,
  id?: string,
  fetchImpl: FetchPack = fetch,
): Promise<RefreshOutcome[]> {
  const subscriptions = (await listPackSubscriptions(db)).filter((row) => id === undefined || row.id === id);
  if (id !== undefined && subscriptions.length === 0) throw new Error(`There is no subscription "${id}".`);
  const outcomes: RefreshOutcome[] = [];
  for (const subscription of subscriptions) {
    try {
      outcomes.push(await fetchAndStore(db, subscription, fetchImpl));
    } catch (error) {
      outcomes.push({
        id: subscription.id,
        result: 'failed',
        error: `${subscription.name || subscription.url}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return outcomes;
}

/** Unsubscribes: the pack's records go (entities holding the user's notes stay, as the user's). */
export async function removeSubscription(db: BackstoryDb, id: string): Promise<PackWrite> {
  return writePackContent(db, id, null, nowIso(), { remove: true });
}

/** Every subscription, with how many entities and notes it brings. */
export async function listSubscriptions(db: BackstoryDb): Promise<SubscriptionSummary[]> {
  const subscriptions = await listPackSubscriptions(db);
  const counts = new Map(subscriptions.map((row) => [row.id, { entities: 0, notes: 0 }]));
  const count = (origin: Entity['origin'], kind: 'entities' | 'notes') => {
    if (origin.kind !== 'pack') return;
    const entry = counts.get(origin.packId);
    if (entry) entry[kind] += 1;
  };
  for (const row of await db.getAll('entities')) count(row.origin, 'entities');
  for (const row of await db.getAll('notes')) count(row.origin, 'notes');
  return subscriptions.map((row) => ({ ...row, ...(counts.get(row.id) ?? { entities: 0, notes: 0 }) }));
}

/**
 * The daily refresh: call from the background's main(), synchronously (the listener must be
 * registered before the service worker's first event is dispatched). `refresh` refreshes
 * every subscription; the alarm survives restarts and is created only once.
 */
export function scheduleSubscriptionRefresh(refresh: () => Promise<unknown>): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SUBSCRIPTION_ALARM) return;
    refresh().catch((error: unknown) => console.warn('Backstory: subscription refresh failed:', error));
  });
  return browser.alarms.get(SUBSCRIPTION_ALARM).then(async (existing) => {
    if (!existing) {
      await browser.alarms.create(SUBSCRIPTION_ALARM, {
        delayInMinutes: 1,
        periodInMinutes: REFRESH_PERIOD_MINUTES,
      });
    }
  });
}
