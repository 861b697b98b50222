// The scanner's `--format w3c` output: one W3C Web Annotation AnnotationCollection for every
// file scanned (https://www.w3.org/TR/annotation-model/). Each mention is an `identifying`
// annotation whose body is the entity (its Wikidata IRI where it links to one, else ours) and
// whose target is the file with a TextQuoteSelector and a TextPositionSelector. A suggestion
// has no entity yet: its body is the suggested name as a TextualBody.
//
// The IRIs and the Wikidata rule are the extension's export's (utils/export/w3c.ts); its
// `mentionAnnotation` is not reused because it describes a stored mention (one per entity and
// page, with the time it was seen and the page title), which a scan of a file does not have.

import { randomUUID } from 'node:crypto';
import type { Entity } from '../../utils/model.ts';
import { ANNO_CONTEXT, GENERATOR_IRI, identifyingIri } from '../../utils/export/w3c.ts';
import type { ScanRecord } from './scan-records.ts';

export interface ScannedFile {
  /** The file's absolute `file://` URL: the annotations' target source. */
  url: string;
  records: readonly ScanRecord[];
}

export interface CollectionOptions {
  generator: { name: string; version: string };
  /** The collection's IRI; a fresh `urn:uuid:` by default. */
  id?: string;
  /** When the collection was made (ISO 8601); now by default. */
  generated?: string;
}

function annotationBody(record: ScanRecord, entities: ReadonlyMap<string, Entity>) {
  if (record.kind === 'mention' && record.entityId !== undefined) {
    return {
      type: 'SpecificResource',
      source: identifyingIri(entities.get(record.entityId), record.entityId),
    };
  }
  return { type: 'TextualBody', purpose: 'identifying', value: record.name, format: 'text/plain' };
}

function annotation(id: string, url: string, record: ScanRecord, entities: ReadonlyMap<string, Entity>) {
  return {
    id,
    type: 'Annotation',
    motivation: 'identifying',
    body: annotationBody(record, entities),
    target: {
      type: 'SpecificResource',
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact: record.exact, prefix: record.prefix, suffix: record.suffix },
        { type: 'TextPositionSelector', start: record.start, end: record.end },
      ],
    },
  };
}

export type ScanAnnotation = ReturnType<typeof annotation>;

/** The collection as a JSON-LD object, its one page holding every annotation in file order. */
export function annotationCollection(
  files: readonly ScannedFile[],
  entities: ReadonlyMap<string, Entity>,
  options: CollectionOptions,
) {
  const id = options.id ?? `urn:uuid:${randomUUID()}`;
  const pageId = `${id}#page-1`;
  const items: ScanAnnotation[] = [];
  for (const file of files) {
    for (const record of file.records) {
      items.push(annotation(`${id}#annotation-${items.length + 1}`, file.url, record, entities));
    }
  }
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Backstory scan',
    generator: {
      id: GENERATOR_IRI,
      type: 'Software',
      name: `${options.generator.name} ${options.generator.version}`,
    },
    generated: options.generated ?? new Date().toISOString(),
    total: items.length,
    first: { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: pageId,
  };
}
