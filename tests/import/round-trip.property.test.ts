// Round-trip properties over generated knowledge bases (odd Unicode, empty fields, very long
// notes): pack export → import into an empty profile gives the same records byte for byte;
// W3C export is valid against the model and → import gives the same entities, notes and mentions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, Mention, Note, Source } from '../../utils/model';
import type { BackstoryDb } from '../../utils/db';
import { toStoredEntity } from '../../utils/db-schema';
import { exportPack } from '../../utils/pack';
import { collectExport } from '../../utils/export/stream';
import { freshDb } from '../db/helpers';
import { KEEP_MINE, dump, openSession } from './helpers';
import { collectionProblems } from '../export/w3c-model';

const text = (max: number) =>
  fc
    .oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }))
    .map((value) => value.trim().slice(0, max));
const nonEmpty = (max: number) => text(max).filter((value) => value.length > 0);
const time = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());
const url = fc
  .webUrl({ withQueryParameters: true, withFragments: true })
  .filter((value) => value === value.trim());
const longNote = fc.constantFrom('a'.repeat(99_999), `${'ж😀'.repeat(30_000)}.`);

const source: fc.Arbitrary<Source> = fc.record(
  {
    url,
    title: text(1000),
    publisher: text(500),
    author: text(500),
    published: time.map((value) => value.slice(0, 10)),
    accessed: time,
    quote: text(5000),
  },
  { requiredKeys: ['url'] },
);

const entity = (id: string): fc.Arbitrary<Entity> =>
  fc.record({
    id: fc.constant(id),
    type: fc.constantFrom('person' as const, 'organization' as const),
    name: nonEmpty(300),
    aliases: fc.array(
      fc.record(
        {
          text: nonEmpty(300),
          caseInsensitive: fc.boolean(),
          foldDiacritics: fc.boolean(),
          safe: fc.boolean(),
        },
        { requiredKeys: ['text'] },
      ),
      { maxLength: 4 },
    ),
    description: text(5000),
    links: fc.array(fc.record({ url, label: text(200) }, { requiredKeys: ['url'] }), { maxLength: 2 }),
    tags: fc.array(nonEmpty(100), { maxLength: 3 }),
    origin: fc.oneof(
      fc.constant({ kind: 'own' as const }),
      fc.record({ kind: fc.constant('pack' as const), packId: nonEmpty(200), packName: text(200) }),
    ),
    created: time,
    modified: time,
  });

const ids = fc.uniqueArray(nonEmpty(200), { minLength: 1, maxLength: 5 });

const knowledgeBase = ids.chain((entityIds) =>
  fc.record({
    entities: fc.tuple(...entityIds.map(entity)),
    notes: fc.uniqueArray(
      fc.record({
        id: nonEmpty(200),
        entityId: fc.constantFrom(...entityIds),
        text: fc.oneof({ weight: 9, arbitrary: nonEmpty(100_000) }, { weight: 1, arbitrary: longNote }),
        sources: fc.array(source, { maxLength: 3 }),
        author: text(300),
        origin: fc.constant({ kind: 'own' as const }),
        created: time,
        modified: time,
      }),
      { selector: (note) => note.id, maxLength: 6 },
    ),
    mentions: fc.uniqueArray(
      fc.record({
        id: nonEmpty(200),
        entityId: fc.constantFrom(...entityIds),
        url,
        title: fc.string({ unit: 'binary', maxLength: 50 }),
        seen: time,
        selector: fc.record({
          exact: fc.string({ unit: 'binary', maxLength: 20 }),
          prefix: fc.string({ maxLength: 10 }),
          suffix: fc.string({ maxLength: 10 }),
        }),
        start: fc.nat(10_000),
        end: fc.nat(10_000),
      }),
      { selector: (mention) => mention.id, maxLength: 4 },
    ),
  }),
);

type KnowledgeBase = { entities: Entity[]; notes: Note[]; mentions: Mention[] };

/** Mentions are one per entity and page: later duplicates are dropped, as the database would. */
async function stored(records: KnowledgeBase): Promise<BackstoryDb> {
  const db = await freshDb();
  const tx = db.transaction(['entities', 'notes', 'mentions'], 'readwrite');
  for (const record of records.entities) await tx.objectStore('entities').put(toStoredEntity(record));
  for (const note of records.notes) await tx.objectStore('notes').put(note);
  const places = new Set<string>();
  for (const mention of records.mentions) {
    const place = `${mention.entityId}\n${mention.url}`;
    if (places.has(place)) continue;
    places.add(place);
    await tx.objectStore('mentions').put({ ...mention, end: Math.max(mention.start, mention.end) });
  }
  await tx.done;
  return db;
}

async function importInto(target: BackstoryDb, text: string): Promise<void> {
  const session = openSession(target);
  await session.preview(text);
  await session.apply(KEEP_MINE, () => undefined);
}

describe('round trips', () => {
  it('pack: export then import into an empty profile gives the same data', async () => {
    await fc.assert(
      fc.asyncProperty(knowledgeBase, async (records) => {
        const source = await stored(records);
        const target = await freshDb();
        await importInto(target, await exportPack(source));
        expect(await dump(target)).toBe(await dump(source));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('W3C: export then import gives the same entities, notes and mentions', async () => {
    await fc.assert(
      fc.asyncProperty(knowledgeBase, async (records) => {
        const source = await stored(records);
        const [w3c = ''] = (await collectExport(source, { format: 'w3c' })).values();
        expect(collectionProblems(w3c)).toEqual([]);
        const target = await freshDb();
        await importInto(target, w3c);
        const records2 = (text: string) => {
          const { entities, notes, mentions } = JSON.parse(text) as Record<string, unknown>;
          return { entities, notes, mentions };
        };
        expect(records2(await exportPack(target))).toEqual(records2(await exportPack(source)));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
