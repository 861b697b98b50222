// Our pack format written as a stream, byte for byte what JSON.stringify(pack, null, 2) would
// write, so a streamed export and a whole one are the same file.
import type { RejectedSuggestion } from '../model';
import type { BackstoryDb } from '../db-schema';
import { nowIso } from '../model';
import type { PackSettings } from '../pack-format';
import { GENERATOR, PACK_FORMAT, PACK_VERSION } from '../pack-format';
import type { RecordFilter } from './filters';
import { indexEntities, readPages, PAGE_SIZE } from './records';
import type { FileChunk } from './stream';

const indent = (json: string, by: string) => json.replaceAll('\n', `\n${by}`);
const field = (key: string, value: unknown) =>
  `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}`;

/** Writes one array member of the top-level object: `"key": [` … `]`. */
class ArrayWriter {
  private count = 0;
  constructor(private readonly key: string) {}
  open(): string {
    return `  ${JSON.stringify(this.key)}: [`;
  }
  /**
   * The records as JSON.stringify writes them inside the pack: one native call for the page,
   * on `{ key: records }`, whose items come out indented exactly as they are in the pack; its
   * first and last lines are then cut off.
   */
  items(records: readonly unknown[]): string {
    if (records.length === 0) return '';
    const text = JSON.stringify({ [this.key]: records }, null, 2);
    const head = `{\n  ${JSON.stringify(this.key)}: [`;
    const tail = '\n  ]\n}';
    const items = text.slice(head.length, text.length - tail.length);
    const separator = this.count === 0 ? '' : ',';
    this.count += records.length;
    return separator + items;
  }
  close(): string {
    return this.count === 0 ? ']' : '\n  ]';
  }
}

export interface PackHeader {
  settings?: PackSettings;
  name?: string;
}

export async function* packChunks(
  db: BackstoryDb,
  filter: RecordFilter,
  header: PackHeader,
  file: string,
): AsyncGenerator<FileChunk> {
  const chunk = (text: string, read = 0): FileChunk => ({ file, text, read });
  const head = [
    field('format', PACK_FORMAT),
    field('version', PACK_VERSION),
    field('exported', nowIso()),
    field('generator', GENERATOR),
    ...(header.name ? [field('name', header.name)] : []),
    ...(header.settings ? [field('settings', header.settings)] : []),
  ];
  yield chunk(`{\n${head.join(',\n')},\n`);

  const index = await indexEntities(db, filter);
  const entities = new ArrayWriter('entities');
  let text = entities.open();
  let batch: unknown[] = [];
  for (const entity of index.entities.values()) {
    batch.push(entity);
    if (batch.length === PAGE_SIZE) {
      yield chunk(text + entities.items(batch), batch.length);
      text = '';
      batch = [];
    }
  }
  yield chunk(`${text}${entities.items(batch)}${entities.close()},\n`, batch.length);

  // Which notes went out, so only their versions follow; not needed for a whole export.
  const noteIds = filter.isEmpty ? null : new Set<string>();
  const notes = new ArrayWriter('notes');
  yield chunk(notes.open());
  for await (const page of readPages(db, 'notes')) {
    const kept = page.filter((note) => index.entities.has(note.entityId) && filter.note(note));
    for (const note of kept) noteIds?.add(note.id);
    yield chunk(notes.items(kept), page.length);
  }
  yield chunk(`${notes.close()},\n`);

  const versions = new ArrayWriter('noteVersions');
  yield chunk(versions.open());
  for await (const page of readPages(db, 'noteVersions')) {
    const kept = noteIds === null ? page : page.filter((version) => noteIds.has(version.noteId));
    yield chunk(versions.items(kept), page.length);
  }
  yield chunk(`${versions.close()},\n`);

  const mentions = new ArrayWriter('mentions');
  yield chunk(mentions.open());
  for await (const page of readPages(db, 'mentions')) {
    const kept = page.filter((mention) => index.entities.has(mention.entityId) && filter.mention(mention));
    yield chunk(mentions.items(kept), page.length);
  }
  yield chunk(`${mentions.close()},\n`);

  // Rejected suggestions belong to no entity: only a whole export carries them.
  const rejected = new ArrayWriter('rejectedSuggestions');
  yield chunk(rejected.open());
  if (filter.isEmpty) {
    for await (const page of readPages(db, 'rejectedSuggestions')) {
      yield chunk(rejected.items(page satisfies RejectedSuggestion[]), page.length);
    }
  }
  yield chunk(`${rejected.close()}\n}\n`);
}
