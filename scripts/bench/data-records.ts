// Generated knowledge bases for the data benchmarks: entities with notes, sources, versions
// and mentions, from a seeded generator so every run measures the same data.
import type { Entity, Mention, Note } from '../../utils/model';
import type { BackstoryDb } from '../../utils/db-schema';
import { toStoredEntity } from '../../utils/db-schema';
import { seededRandom, pick } from './prng';

const WORDS = [
  'minister',
  'said',
  'parliament',
  'vote',
  'budget',
  'Müller',
  'Zürich',
  'report',
  '“quoted”',
  'née',
];
const SITES = ['news.example', 'www.daily.example', 'reports.example.org', 'wire.example.net'];

export interface Records {
  entities: Entity[];
  notes: Note[];
  mentions: Mention[];
}

const pad = (value: number) => String(value).padStart(7, '0');

/** `entityCount` entities with `notesEach` notes each (two sources apiece) and one mention. */
export function generateRecords(entityCount: number, notesEach: number, seed = 7): Records {
  const random = seededRandom(seed);
  const sentence = (length: number) => Array.from({ length }, () => pick(random, WORDS)).join(' ');
  const time = (index: number) => new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString();
  const entities: Entity[] = [];
  const notes: Note[] = [];
  const mentions: Mention[] = [];
  for (let e = 0; e < entityCount; e += 1) {
    const id = `e${pad(e)}`;
    entities.push({
      id,
      type: e % 3 === 0 ? 'organization' : 'person',
      name: `Name ${e} ${pick(random, WORDS)}`,
      aliases: [{ text: `Alias ${e}` }, { text: `N${e}`, caseInsensitive: true }],
      description: sentence(6),
      links: [{ url: `https://www.wikidata.org/wiki/Q${e + 1}`, label: 'Wikidata' }],
      tags: [pick(random, ['politics', 'business', 'sport'])],
      origin: { kind: 'own' },
      created: time(e),
      modified: time(e),
    });
    for (let n = 0; n < notesEach; n += 1) {
      const site = pick(random, SITES);
      notes.push({
        id: `n${pad(e)}-${n}`,
        entityId: id,
        text: `${n % 7 === 0 ? '=' : ''}${sentence(30)}`,
        sources: [
          {
            url: `https://${site}/story/${e}/${n}`,
            title: sentence(5),
            publisher: site,
            published: '2024-02-03',
          },
          { url: `https://${pick(random, SITES)}/other/${e}`, quote: sentence(8) },
        ],
        author: 'Bench Writer',
        origin: { kind: 'own' },
        created: time(e + n),
        modified: time(e + n + 1),
      });
    }
    mentions.push({
      id: `m${pad(e)}`,
      entityId: id,
      url: `https://${pick(random, SITES)}/page/${e}`,
      title: sentence(6),
      seen: time(e),
      selector: { exact: `Alias ${e}`, prefix: 'said ', suffix: ' on Monday' },
      start: 100,
      end: 100 + `Alias ${e}`.length,
    });
  }
  return { entities, notes, mentions };
}

/** Writes the records straight into the stores (not what is measured). */
export async function fill(db: BackstoryDb, records: Records): Promise<void> {
  const tx = db.transaction(['entities', 'notes', 'mentions'], 'readwrite');
  for (const entity of records.entities) void tx.objectStore('entities').put(toStoredEntity(entity));
  for (const note of records.notes) void tx.objectStore('notes').put(note);
  for (const mention of records.mentions) void tx.objectStore('mentions').put(mention);
  await tx.done;
}
