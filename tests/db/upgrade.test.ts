// The upgrade ladder: a database written at each earlier version opens at the current one with
// its records intact and every store and index in place.
import { describe, expect, it } from 'vitest';
import { DB_VERSION, findEntitiesByKey, listEntities, openBackstoryDb, saveEntity } from '../../utils/db';
import { searchKnowledgeBase } from '../../utils/db-search';
import { entityInput } from './helpers';

const STORES = [
  'entities',
  'matcherCache',
  'mentions',
  'noteVersions',
  'notes',
  'packs',
  'rejectedSuggestions',
  'transfers',
  'trash',
];

describe('openBackstoryDb', () => {
  it('creates every store and index on first open', async () => {
    const db = await openBackstoryDb('upgrade-fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    const tx = db.transaction(['entities', 'notes', 'noteVersions', 'mentions']);
    expect([...tx.objectStore('entities').indexNames].sort()).toEqual(['byAliasKey', 'byModified', 'byWord']);
    expect(tx.objectStore('entities').index('byAliasKey').multiEntry).toBe(true);
    expect(tx.objectStore('entities').index('byWord').multiEntry).toBe(true);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual(['byEntity', 'byWord']);
    expect([...tx.objectStore('noteVersions').indexNames]).toEqual(['byNote']);
    expect([...tx.objectStore('mentions').indexNames].sort()).toEqual([
      'byEntity',
      'byEntityUrl',
      'bySeen',
      'byUrl',
    ]);
    expect(tx.objectStore('mentions').index('byEntityUrl').unique).toBe(true);
    db.close();
  });

  it('reopens a version-2 database at the current version with its records and a transfers store', async () => {
    const name = 'upgrade-from-2';
    const v2 = await openBackstoryDb(name, 2);
    expect([...v2.objectStoreNames]).not.toContain('transfers');
    const saved = await saveEntity(v2, entityInput());
    const rowBefore = await v2.get('entities', saved.id);
    v2.close();

    const current = await openBackstoryDb(name);
    expect(current.version).toBe(DB_VERSION);
    expect([...current.objectStoreNames].sort()).toEqual(STORES);
    expect(await current.get('entities', saved.id)).toEqual(rowBefore);
    expect(await current.count('transfers')).toBe(0);
    current.close();
  });

  it('reopens a version-1 database at the current version with its records', async () => {
    const name = 'upgrade-from-1';
    const v1 = await openBackstoryDb(name, 1);
    const saved = await saveEntity(v1, entityInput());
    v1.close();

    const current = await openBackstoryDb(name);
    expect(current.version).toBe(DB_VERSION);
    expect(await listEntities(current)).toEqual([saved]);
    expect(await findEntitiesByKey(current, 'putin')).toEqual([saved]);
    current.close();
  });

  it('gives version-1 entities and notes their search words when upgrading to version 2', async () => {
    const name = 'upgrade-words-from-1';
    const v1 = await openBackstoryDb(name, 1);
    const when = '2024-01-01T00:00:00.000Z';
    // Rows as version 1 wrote them: look-up keys, no search words.
    await v1.put('entities', {
      id: 'e-1',
      type: 'person',
      name: 'Vladimir Putin',
      aliases: [{ text: 'Putin' }],
      description: '',
      links: [],
      tags: [],
      origin: { kind: 'own' },
      created: when,
      modified: when,
      keys: ['vladimir putin', 'putin'],
    });
    await v1.put('notes', {
      id: 'n-1',
      entityId: 'e-1',
      text: 'President of Russia since 2012.',
      sources: [],
      author: '',
      origin: { kind: 'own' },
      created: when,
      modified: when,
    });
    v1.close();

    const current = await openBackstoryDb(name);
    expect(await current.getAllKeysFromIndex('entities', 'byWord', 'putin')).toEqual(['e-1']);
    expect(await current.getAllKeysFromIndex('notes', 'byWord', 'russia')).toEqual(['n-1']);
    const results = await searchKnowledgeBase(current, 'vlad', { entities: 5, notes: 5 });
    expect(results.entities.map((entity) => entity.name)).toEqual(['Vladimir Putin']);
    current.close();
  });
});
