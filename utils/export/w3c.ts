// The W3C Web Annotation Data Model mapping (https://www.w3.org/TR/annotation-model/):
// a mention is an `identifying` annotation of the page, a note a `describing` annotation of
// the entity. What the model has no term for (the entity records themselves, a note's full
// sources, the page title) travels under our own `bs:` terms so our importer loses nothing.
import type { Entity, Mention, Note } from '../model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our own vocabulary, declared in the collection's @context after the W3C one. */
export const BS_VOCAB = 'urn:backstory:vocab:';
export const W3C_CONTEXT = [ANNO_CONTEXT, { bs: BS_VOCAB }] as const;
export const GENERATOR_IRI = 'urn:backstory:generator';

const ENTITY_IRI = 'urn:backstory:entity:';
const NOTE_IRI = 'urn:backstory:note:';
const MENTION_IRI = 'urn:backstory:mention:';

export const entityIri = (id: string) => `${ENTITY_IRI}${encodeURIComponent(id)}`;
export const noteIri = (id: string) => `${NOTE_IRI}${encodeURIComponent(id)}`;
export const mentionIri = (id: string) => `${MENTION_IRI}${encodeURIComponent(id)}`;

/** The record id in one of our IRIs, or null when the IRI is not of that kind. */
export function idFromIri(iri: string, kind: 'entity' | 'note' | 'mention'): string | null {
  const prefix = kind === 'entity' ? ENTITY_IRI : kind === 'note' ? NOTE_IRI : MENTION_IRI;
  if (!iri.startsWith(prefix)) return null;
  try {
    return decodeURIComponent(iri.slice(prefix.length));
  } catch {
    return null;
  }
}

const WIKIDATA = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/(Q\d+)$/u;

/** The entity's Wikidata IRI when it links to Wikidata, otherwise our own IRI. */
export function identifyingIri(entity: Entity | undefined, id: string): string {
  for (const link of entity?.links ?? []) {
    const match = WIKIDATA.exec(link.url);
    if (match) return `http://www.wikidata.org/entity/${match[1] ?? ''}`;
  }
  return entityIri(id);
}

/** xsd:dateTime in UTC with `Z`, as the model asks (a date alone becomes midnight UTC). */
export const utc = (iso: string) => new Date(iso).toISOString();

export function mentionAnnotation(mention: Mention, entity: Entity | undefined) {
  return {
    id: mentionIri(mention.id),
    type: 'Annotation',
    motivation: 'identifying',
    created: utc(mention.seen),
    generator: GENERATOR_IRI,
    body: { type: 'SpecificResource', source: identifyingIri(entity, mention.entityId) },
    target: {
      type: 'SpecificResource',
      source: mention.url,
      selector: [
        { type: 'TextQuoteSelector', ...mention.selector },
        { type: 'TextPositionSelector', start: mention.start, end: Math.max(mention.start, mention.end) },
      ],
      state: { type: 'TimeState', sourceDate: utc(mention.seen) },
    },
    'bs:entity': entityIri(mention.entityId),
    'bs:pageTitle': mention.title,
  };
}

export interface NoteOptions {
  /** A licence IRI for the notes' text, where the user gave one. */
  rights?: string;
}

export function noteAnnotation(note: Note, entity: Entity | undefined, options: NoteOptions = {}) {
  const via = [...new Set(note.sources.map((source) => source.url))];
  const creator = note.author ? { type: 'Person', name: note.author } : undefined;
  return {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: 'describing',
    created: utc(note.created),
    modified: utc(note.modified),
    generator: GENERATOR_IRI,
    ...(creator ? { creator } : {}),
    body: {
      type: 'TextualBody',
      purpose: 'describing',
      value: note.text,
      format: 'text/markdown',
      ...(creator ? { creator } : {}),
      created: utc(note.created),
      modified: utc(note.modified),
      ...(via.length > 0 ? { via } : {}),
      ...(options.rights ? { rights: options.rights } : {}),
    },
    target: identifyingIri(entity, note.entityId),
    'bs:entity': entityIri(note.entityId),
    'bs:sources': note.sources,
  };
}

export type MentionAnnotation = ReturnType<typeof mentionAnnotation>;
export type NoteAnnotation = ReturnType<typeof noteAnnotation>;
