// A W3C AnnotationCollection as a stream: the collection's header, our entity records
// (`bs:entities`), one embedded AnnotationPage whose items are the mentions then the notes,
// and last the `total`, known only once every item is written.
import type { BackstoryDb } from '../db-schema';
import { newId, nowIso } from '../model';
import { GENERATOR } from '../pack-format';
import type { RecordFilter } from './filters';
import { PAGE_SIZE, indexEntities, readPages } from './records';
import type { FileChunk } from './stream';
import type { NoteOptions } from './w3c';
import { GENERATOR_IRI, W3C_CONTEXT, mentionAnnotation, noteAnnotation } from './w3c';

export async function* w3cChunks(
  db: BackstoryDb,
  filter: RecordFilter,
  options: NoteOptions,
  file: string,
): AsyncGenerator<FileChunk> {
  const id = `urn:uuid:${newId()}`;
  const pageId = `${id}#page-1`;
  const generator = {
    id: GENERATOR_IRI,
    type: 'Software',
    name: `${GENERATOR.name} ${GENERATOR.version}`,
  };
  const head = [
    `"@context": ${JSON.stringify(W3C_CONTEXT)}`,
    `"id": ${JSON.stringify(id)}`,
    `"type": "AnnotationCollection"`,
    `"label": "Backstory export"`,
    `"generator": ${JSON.stringify(generator)}`,
    `"generated": ${JSON.stringify(nowIso())}`,
  ];
  yield { file, text: `{\n${head.join(',\n')},\n"bs:entities": [`, read: 0 };

  const index = await indexEntities(db, filter);
  let text = '';
  let count = 0;
  for (const entity of index.entities.values()) {
    text += `${count === 0 ? '' : ','}\n${JSON.stringify(entity)}`;
    count += 1;
    if (count % PAGE_SIZE === 0) {
      yield { file, text, read: PAGE_SIZE };
      text = '';
    }
  }
  yield { file, text: `${text}\n],\n`, read: count % PAGE_SIZE };

  const page = [
    `"id": ${JSON.stringify(pageId)}`,
    `"type": "AnnotationPage"`,
    `"partOf": ${JSON.stringify(id)}`,
  ];
  yield { file, text: `"first": {\n${page.join(',\n')},\n"startIndex": 0,\n"items": [`, read: 0 };
  let items = 0;
  const item = (annotation: unknown) => `${items++ === 0 ? '' : ','}\n${JSON.stringify(annotation)}`;
  for await (const mentions of readPages(db, 'mentions')) {
    let out = '';
    for (const mention of mentions) {
      const entity = index.entities.get(mention.entityId);
      if (entity === undefined || !filter.mention(mention)) continue;
      out += item(mentionAnnotation(mention, entity));
    }
    yield { file, text: out, read: mentions.length };
  }
  for await (const notes of readPages(db, 'notes')) {
    let out = '';
    for (const note of notes) {
      const entity = index.entities.get(note.entityId);
      if (entity === undefined || !filter.note(note)) continue;
      out += item(noteAnnotation(note, entity, options));
    }
    yield { file, text: out, read: notes.length };
  }
  yield { file, text: `\n]\n},\n"last": ${JSON.stringify(pageId)},\n"total": ${items}\n}\n`, read: 0 };
}
