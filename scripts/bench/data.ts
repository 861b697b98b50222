// Data benchmarks (`npx tsx scripts/bench/data.ts`): streamed exports of 100,000 notes and an
// import of 100,000 entities with notes, on fake-indexeddb in Node, each against a baseline
// measured in the same run (JSON.stringify / JSON.parse of the same records). Prints times and
// ratios; budgets from the issue: export < 10 s, import < 20 s.
import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { openBackstoryDb } from '../../utils/db-schema';
import { ExportRequestSchema, exportChunks } from '../../utils/export/stream';
import { readImport } from '../../utils/import/read';
import { buildPreview, loadStored } from '../../utils/import/preview';
import { applyImport } from '../../utils/import/apply';
import { PACK_FORMAT, PACK_VERSION } from '../../utils/pack-format';
import { fill, generateRecords } from './data-records';

const NOTES = 100_000;
const ENTITIES = 100_000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function exportBench(): Promise<void> {
  const records = generateRecords(NOTES / 10, 10);
  const name = `bench-export-${Date.now()}`;
  const db = await openBackstoryDb(name);
  await fill(db, records);
  const baseline = await timed(async () => {
    const tx = db.transaction(['entities', 'notes', 'mentions'], 'readonly');
    const [entities, notes, mentions] = await Promise.all([
      tx.objectStore('entities').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('mentions').getAll(),
    ]);
    return JSON.stringify({ entities, notes, mentions }, null, 2).length;
  });
  console.log(
    `Export of ${NOTES.toLocaleString('en')} notes (${records.entities.length.toLocaleString('en')} entities):`,
  );
  console.log(
    `  baseline: getAll + one JSON.stringify   ${seconds(baseline.ms)}   ${(baseline.value / 1e6).toFixed(0)} MB in one string`,
  );
  for (const format of ['pack', 'csv', 'w3c'] as const) {
    let chars = 0;
    let chunks = 0;
    let largest = 0;
    let updates = 0;
    const run = await timed(async () => {
      for await (const chunk of exportChunks(db, v.parse(ExportRequestSchema, { format }))) {
        chars += chunk.text.length;
        largest = Math.max(largest, chunk.text.length);
        chunks += 1;
        if (chunk.done > 0) updates += 1;
      }
    });
    console.log(
      `  ${format.padEnd(5)} streamed                       ${seconds(run.ms)}   ${(chars / 1e6).toFixed(0)} MB in ${chunks} chunks (largest ${(largest / 1e6).toFixed(2)} MB, ${updates} progress steps), ${(run.ms / baseline.ms).toFixed(1)}× baseline`,
    );
  }
  db.close();
  // fake-indexeddb keeps a closed database in memory: free it before the import is measured.
  await new Promise((resolve) => {
    indexedDB.deleteDatabase(name).onsuccess = resolve;
  });
}

/** The pack file's text; the generated records are dropped once written out, as in a browser. */
function packText(): { text: string; notes: number; mentions: number } {
  const records = generateRecords(ENTITIES, 1, 11);
  const text = JSON.stringify({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exported: new Date().toISOString(),
    ...records,
  });
  return { text, notes: records.notes.length, mentions: records.mentions.length };
}

async function importBench(): Promise<void> {
  const { text, ...counts } = packText();
  const baseline = await timed(() => JSON.stringify(JSON.parse(text)).length);
  const db = await openBackstoryDb(`bench-import-${Date.now()}`);
  const read = await timed(() => readImport(text));
  if (!read.value.ok) throw new Error(read.value.errors.join('\n'));
  const file = read.value;
  const preview = await timed(async () =>
    buildPreview(await loadStored(db), file.kind, file.records, file.meta),
  );
  let steps = 0;
  const write = await timed(() =>
    applyImport(db, file.records, { all: 'mine', byKey: {} }, () => (steps += 1)),
  );
  const total = read.ms + preview.ms + write.ms;
  console.log(
    `Import of ${ENTITIES.toLocaleString('en')} entities with ${counts.notes.toLocaleString('en')} notes and ${counts.mentions.toLocaleString('en')} mentions (${(text.length / 1e6).toFixed(0)} MB):`,
  );
  console.log(`  baseline: JSON.parse + JSON.stringify   ${seconds(baseline.ms)}`);
  console.log(`  parse and validate                      ${seconds(read.ms)}`);
  console.log(`  preview (diff against the database)     ${seconds(preview.ms)}`);
  console.log(`  write, one transaction                  ${seconds(write.ms)}   ${steps} progress steps`);
  console.log(
    `  total                                   ${seconds(total)}   ${(total / baseline.ms).toFixed(1)}× baseline`,
  );
  db.close();
}

await exportBench();
await importBench();
