// The upgrade ladder: a database written at each earlier version opens at the current one with
// its records intact and every store and index in place.
import { describe, expect, it } from 'vitest';
import { DB_VERSION, findEntitiesByKey, listEntities, openBackstoryDb, saveEntity } from '../../utils/db';
import { entityInput } from './helpers';

const STORES = [
  'entities',
  'matcherCache',
  'mentions',
  'noteVersions',
  'notes',
  'packs',
  'rejectedSuggestions',
];

describe('openBackstoryDb', () => {
  it('creates every store and index on first open', async () => {
    const db = await openBackstoryDb('upgrade-fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    const tx = db.transaction(['entities', 'notes', 'noteVersions', 'mentions']);
    expect([...tx.objectStore('entities').indexNames].sort()).toEqual(['byAliasKey', 'byModified']);
    expect(tx.objectStore('entities').index('byAliasKey').multiEntry).toBe(true);
    expect([...tx.objectStore('notes').indexNames]).toEqual(['byEntity']);
    expect([...tx.objectStore('noteVersions').indexNames]).toEqual(['byNote']);
    expect([...tx.objectStore('mentions').indexNames].sort()).toEqual(['byEntity', 'byEntityUrl', 'byUrl']);
    expect(tx.objectStore('mentions').index('byEntityUrl').unique).toBe(true);
    db.close();
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
});
