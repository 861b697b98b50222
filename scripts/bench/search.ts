// The search benchmark (npx tsx scripts/bench/search.ts [count]): the popup's knowledge-base
// search over 100,000 generated entities (and a note on every tenth) in fake-indexeddb, as
// median milliseconds per query: the indexed search (word-prefix ranges, capped candidates)
// next to a naive full scan measured in the same run (read every entity and note, test each).
// It prints figures and ratios; it never passes or fails. fake-indexeddb is much slower than a
// browser's IndexedDB, so the ratio says more than the absolute times.
import 'fake-indexeddb/auto';
import { openBackstoryDb } from '../../utils/db';
import type { BackstoryDb } from '../../utils/db';
import { searchKnowledgeBase } from '../../utils/db-search';
import { matchesAllPrefixes, searchWords, splitWords, textWords } from '../../utils/db-words';
import { EntitySchema, NoteSchema } from '../../utils/schemas';
import { readRows } from '../../utils/db-schema';
import { median } from './measure';
import { fillKnowledgeBase } from './search-data';

const count = Number(process.argv[2] ?? 100_000);
const RUNS = 15;
const NAIVE_RUNS = 5;

/** The baseline: every entity and note read and tested, as a search without indexes must. */
async function naiveSearch(db: BackstoryDb, query: string): Promise<number> {
  const words = splitWords(query);
  const entities = readRows(EntitySchema, await db.getAll('entities'), 'entity').filter((entity) =>
    matchesAllPrefixes(searchWords(entity), words),
  );
  const notes = readRows(NoteSchema, await db.getAll('notes'), 'note').filter((note) =>
    matchesAllPrefixes(textWords(note.text), words),
  );
  return entities.length + notes.length;
}

async function medianMs(run: () => Promise<unknown>, runs: number): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function main() {
  const db = await openBackstoryDb(`bench-search-${Date.now()}`);
  const started = performance.now();
  const { entities } = await fillKnowledgeBase(db, count);
  console.log(
    `Knowledge base: ${count.toLocaleString('en')} entities, ${Math.ceil(count / 10).toLocaleString('en')} notes ` +
      `(written in ${((performance.now() - started) / 1000).toFixed(1)} s, fake-indexeddb)`,
  );
  const sample = entities[Math.floor(count / 2)];
  const queries = [
    { label: 'full name', query: sample?.name ?? 'Anna' },
    { label: 'surname prefix', query: (sample?.name.split(' ').pop() ?? 'kov').slice(0, 4) },
    { label: 'one letter', query: 'k' },
    { label: 'note words', query: 'interview 4321' },
  ];
  console.log('\nquery                          indexed ms   full scan ms   ratio');
  for (const { label, query } of queries) {
    const indexed = await medianMs(() => searchKnowledgeBase(db, query, { entities: 50, notes: 10 }), RUNS);
    const naive = await medianMs(() => naiveSearch(db, query), NAIVE_RUNS);
    const name = `${label} (“${query}”)`.padEnd(30);
    console.log(
      `${name} ${indexed.toFixed(2).padStart(10)} ${naive.toFixed(0).padStart(14)} ${`${(naive / indexed).toFixed(0)}×`.padStart(7)}`,
    );
  }
  db.close();
}

await main();
