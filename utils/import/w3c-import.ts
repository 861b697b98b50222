// Reads a W3C AnnotationCollection that Backstory wrote (see utils/export/w3c.ts) back into
// pack records: identifying annotations become mentions, describing ones notes, and the
// collection's `bs:entities` the entities. The collection is checked whole first; a message
// points at the annotation and field (`first.items[3].target.source: not an http(s) URL`).
import * as v from 'valibot';
import type { Mention, Note } from '../model';
import type { ParsedPack } from '../pack-format';
import { PACK_FORMAT, PACK_VERSION, friendlyIssues, parseFullPack } from '../pack-format';
import { EntitySchema, HttpUrlSchema, IsoDateSchema, SourceSchema } from '../schemas';
import { ANNO_CONTEXT, idFromIri } from '../export/w3c';

const Iri = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9+.-]*:\S+$/iu, 'not an IRI'));
const OurIri = (kind: 'entity' | 'note' | 'mention') =>
  v.pipe(
    v.string(),
    v.check((iri) => idFromIri(iri, kind) !== null, `not a Backstory ${kind} IRI`),
    v.transform((iri) => idFromIri(iri, kind) ?? ''),
  );

const QuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.string(),
  prefix: v.optional(v.string(), ''),
  suffix: v.optional(v.string(), ''),
});
const PositionSelector = v.object({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const Identifying = v.object({
  id: OurIri('mention'),
  type: v.literal('Annotation'),
  motivation: v.literal('identifying'),
  created: IsoDateSchema,
  target: v.object({
    type: v.literal('SpecificResource'),
    source: HttpUrlSchema,
    selector: v.tuple([QuoteSelector, PositionSelector]),
  }),
  'bs:entity': OurIri('entity'),
  'bs:pageTitle': v.optional(v.string(), ''),
});

const Describing = v.object({
  id: OurIri('note'),
  type: v.literal('Annotation'),
  motivation: v.literal('describing'),
  created: IsoDateSchema,
  modified: IsoDateSchema,
  creator: v.optional(v.object({ name: v.string() })),
  body: v.object({
    type: v.literal('TextualBody'),
    value: v.string(),
    via: v.optional(v.array(HttpUrlSchema)),
  }),
  target: Iri,
  'bs:entity': OurIri('entity'),
  'bs:sources': v.optional(v.array(SourceSchema)),
});

const Annotation = v.variant(
  'motivation',
  [Identifying, Describing],
  'not an identifying or describing annotation',
);

const CollectionSchema = v.object({
  '@context': v.union([v.literal(ANNO_CONTEXT), v.pipe(v.array(v.unknown()), v.includes(ANNO_CONTEXT))]),
  type: v.literal('AnnotationCollection'),
  generated: v.optional(IsoDateSchema),
  'bs:entities': v.array(EntitySchema),
  first: v.object({ type: v.literal('AnnotationPage'), items: v.array(Annotation) }),
});

export function isAnnotationCollection(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'AnnotationCollection'
  );
}

/** A collection (already parsed JSON) as pack records, or every problem found in it. */
export function parseAnnotationCollection(value: unknown): ParsedPack {
  if (typeof value === 'object' && value !== null && !('bs:entities' in value)) {
    return {
      ok: false,
      errors: ['bs:entities: missing: only collections written by Backstory can be imported'],
    };
  }
  const result = v.safeParse(CollectionSchema, value);
  if (!result.success) return { ok: false, errors: friendlyIssues(result.issues) };
  const collection = result.output;
  const notes: Note[] = [];
  const mentions: Mention[] = [];
  for (const item of collection.first.items) {
    if (item.motivation === 'identifying') {
      const [quote, position] = item.target.selector;
      mentions.push({
        id: item.id,
        entityId: item['bs:entity'],
        url: item.target.source,
        title: item['bs:pageTitle'],
        seen: item.created,
        selector: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        start: position.start,
        end: position.end,
      });
    } else {
      notes.push({
        id: item.id,
        entityId: item['bs:entity'],
        text: item.body.value,
        sources: item['bs:sources'] ?? (item.body.via ?? []).map((url) => ({ url })),
        author: item.creator?.name ?? '',
        origin: { kind: 'own' },
        created: item.created,
        modified: item.modified,
      });
    }
  }
  // The same whole-pack checks as our own packs (ids used twice, references to nothing).
  const parsed = parseFullPack({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exported: collection.generated ?? new Date(0).toISOString(),
    entities: collection['bs:entities'],
    notes,
    mentions,
  });
  if (parsed.ok) return parsed;
  return { ok: false, errors: parsed.errors.map((error) => `(read from the annotations) ${error}`) };
}
