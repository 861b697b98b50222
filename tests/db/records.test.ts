// Mentions, rejected suggestions and pack subscriptions.
import { describe, expect, it } from 'vitest';
import { saveEntity } from '../../utils/db';
import {
  listPackSubscriptions,
  listRejectedSuggestions,
  mentionsForEntity,
  mentionsForUrl,
  recordMentions,
  rejectSuggestion,
  savePackSubscription,
} from '../../utils/db-records';
import { entityInput, freshDb } from './helpers';

const selector = { exact: 'Putin', prefix: 'by ', suffix: '.' };

describe('mentions', () => {
  it('keeps one mention per entity and page, updated when seen again', async () => {
    const db = await freshDb();
    const putin = await saveEntity(db, entityInput());
    const place = {
      entityId: putin.id,
      url: 'https://example.com/a',
      title: 'A',
      selector,
      start: 3,
      end: 8,
    };
    expect(await recordMentions(db, [place])).toBe(1);
    const [first] = await mentionsForEntity(db, putin.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordMentions(db, [{ ...place, title: 'A (updated)', start: 10, end: 15 }]);
    const mentions = await mentionsForEntity(db, putin.id);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ id: first?.id, title: 'A (updated)', start: 10 });
    expect(await mentionsForUrl(db, 'https://example.com/a')).toEqual(mentions);
  });

  it('skips mentions of entities that do not exist', async () => {
    const db = await freshDb();
    const place = { entityId: 'gone', url: 'https://example.com/a', title: 'A', selector, start: 0, end: 5 };
    expect(await recordMentions(db, [place])).toBe(0);
    expect(await db.count('mentions')).toBe(0);
  });
});

describe('rejected suggestions and subscriptions', () => {
  it('stores a rejected name under its normalised key', async () => {
    const db = await freshDb();
    await rejectSuggestion(db, '  Red  Square ', 'organization');
    expect(await listRejectedSuggestions(db)).toEqual([
      expect.objectContaining({ key: 'red square', name: 'Red  Square', type: 'organization' }),
    ]);
  });

  it('stores pack subscriptions', async () => {
    const db = await freshDb();
    const subscription = { id: 's1', url: 'https://example.com/pack.json', name: 'Example' };
    await savePackSubscription(db, subscription);
    expect(await listPackSubscriptions(db)).toEqual([subscription]);
  });
});
