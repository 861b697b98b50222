// The demo pack: valid, complete for the seed article, idempotent to load, and removable
// without touching the user's own records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../shared-fixtures';
import { findEntitiesByKey, listEntities, notesForEntity, saveEntity, saveNote } from '../../utils/db';
import { DEMO_ORIGIN, demoPack, loadDemoPack, removeDemoPack } from '../../utils/demo-pack';
import { exportPack, parsePack } from '../../utils/pack';
import { entityInput, freshDb, noteInput } from '../db/helpers';

const SEED = readFileSync(sharedFixture('seed-article.txt'), 'utf8');

describe('the demo pack', () => {
  it('is a valid pack whose every entity has a sourced note and a link', () => {
    const parsed = parsePack(JSON.stringify(demoPack()));
    if (!parsed.ok || parsed.records.kind !== 'minimal') throw new Error(JSON.stringify(parsed));
    expect(parsed.records.entities.length).toBeGreaterThanOrEqual(17);
    for (const entity of parsed.records.entities) {
      expect(entity.links.length, entity.name).toBeGreaterThan(0);
      expect(entity.notes, entity.name).toHaveLength(1);
      const [source] = entity.notes[0]?.sources ?? [];
      expect(source, entity.name).toMatchObject({
        url: expect.stringMatching(/^https:\/\//u),
        title: expect.any(String),
        publisher: expect.any(String),
        accessed: expect.any(String),
      });
      expect(entity.notes[0]?.author).toBe('Backstory demo pack');
    }
  });

  it('names something that occurs in the seed article for every entity', () => {
    // The article names the ministries only together ("the Russian and Ukrainian Defense
    // Ministries"), which no alias of one ministry can match.
    const together = ['Ministry of Defence of the Russian Federation', 'Ministry of Defence of Ukraine'];
    const parsed = parsePack(JSON.stringify(demoPack()));
    if (!parsed.ok || parsed.records.kind !== 'minimal') throw new Error('invalid demo pack');
    for (const entity of parsed.records.entities.filter((item) => !together.includes(item.name))) {
      const names = [entity.name, ...entity.aliases.map((alias) => alias.text)];
      expect(
        names.some((name) => SEED.includes(name)),
        `${entity.name} is not in the seed article`,
      ).toBe(true);
    }
  });

  it('loads with the demo origin, and loading again adds nothing', async () => {
    const db = await freshDb();
    const first = await loadDemoPack(db);
    expect(first.entities).toBeGreaterThanOrEqual(17);
    expect(first.notes).toBe(first.entities);
    const [putin] = await findEntitiesByKey(db, 'Putin');
    expect(putin?.origin).toEqual(DEMO_ORIGIN);
    expect((await notesForEntity(db, putin?.id ?? ''))[0]?.origin).toEqual(DEMO_ORIGIN);
    const before = await exportPack(db);
    expect(await loadDemoPack(db)).toEqual({ entities: 0, notes: 0 });
    expect(JSON.parse(await exportPack(db))).toEqual({ ...JSON.parse(before), exported: expect.any(String) });
  });

  it('removes only its own records', async () => {
    const db = await freshDb();
    const own = await saveEntity(db, entityInput({ name: 'Someone Else', aliases: [] }));
    const ownNote = await saveNote(db, noteInput(own.id));
    await loadDemoPack(db);
    const [putin] = await findEntitiesByKey(db, 'Putin');
    if (!putin) throw new Error('demo pack has Putin');
    const myNote = await saveNote(db, noteInput(putin.id, { text: 'My own note on Putin.' }));
    const [gladkov] = await findEntitiesByKey(db, 'Gladkov');

    const removal = await removeDemoPack(db);

    expect(removal.removedEntityIds).toContain(gladkov?.id);
    expect(removal.keptEntities.map((entity) => entity.id)).toEqual([putin.id]);
    const left = await listEntities(db);
    expect(left.map((entity) => entity.name).sort()).toEqual(['Someone Else', 'Vladimir Putin']);
    expect(left.find((entity) => entity.id === putin.id)?.origin).toEqual({ kind: 'own' });
    expect(await notesForEntity(db, putin.id)).toEqual([myNote]);
    expect(await notesForEntity(db, own.id)).toEqual([ownNote]);
  });
});
