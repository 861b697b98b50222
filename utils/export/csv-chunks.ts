// The four CSV files as a stream: entities, then notes and their sources side by side (one
// pass over the notes feeds both files), then mentions.
import type { BackstoryDb } from '../db-schema';
import type { CsvFile } from './csv';
import { BOM, CSV_HEADERS, csvRow, entityRow, mentionRow, noteRow, sourceRows } from './csv';
import type { RecordFilter } from './filters';
import { siteOf } from '../site';
import { PAGE_SIZE, indexEntities, readPages } from './records';
import type { FileChunk } from './stream';

export async function* csvChunks(
  db: BackstoryDb,
  filter: RecordFilter,
  options: { bom: boolean },
): AsyncGenerator<FileChunk> {
  const start = (file: CsvFile): FileChunk => ({
    file,
    text: `${options.bom ? BOM : ''}${csvRow(CSV_HEADERS[file])}`,
    read: 0,
  });
  const index = await indexEntities(db, filter);

  yield start('entities.csv');
  let rows = '';
  let count = 0;
  for (const entity of index.entities.values()) {
    rows += entityRow(entity);
    count += 1;
    if (count % PAGE_SIZE === 0) {
      yield { file: 'entities.csv', text: rows, read: PAGE_SIZE };
      rows = '';
    }
  }
  yield { file: 'entities.csv', text: rows, read: count % PAGE_SIZE };

  yield start('notes.csv');
  yield start('sources.csv');
  for await (const page of readPages(db, 'notes')) {
    let notes = '';
    let sources = '';
    for (const note of page) {
      const name = index.names.get(note.entityId);
      if (name === undefined || !filter.note(note)) continue;
      notes += noteRow(note, name);
      sources += sourceRows(note);
    }
    yield { file: 'notes.csv', text: notes, read: page.length };
    yield { file: 'sources.csv', text: sources, read: 0 };
  }

  yield start('mentions.csv');
  for await (const page of readPages(db, 'mentions')) {
    let mentions = '';
    for (const mention of page) {
      const name = index.names.get(mention.entityId);
      if (name === undefined || !filter.mention(mention)) continue;
      mentions += mentionRow(mention, name, siteOf(mention.url) ?? '');
    }
    yield { file: 'mentions.csv', text: mentions, read: page.length };
  }
}
