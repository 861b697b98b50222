// The W3C Web Annotation Data Model (Recommendation, 23 February 2017) as a valibot schema,
// written from the specification for the parts our exports use, strictly: required properties,
// allowed types and motivations, the selector and state shapes, and date formats.
// https://www.w3.org/TR/annotation-model/ — section numbers below refer to it.
import * as v from 'valibot';

/** An absolute IRI (RFC 3987): a scheme, a colon, no white space or characters IRIs exclude. */
export const Iri = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/iu, 'not an absolute IRI'),
);

/** xsd:dateTime, and (3.3.5) "SHOULD be expressed in the UTC timezone": we require the Z. */
export const DateTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/u, 'not an xsd:dateTime in UTC'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'not a real time'),
);

const oneOrMore = <T extends v.GenericSchema>(schema: T) =>
  v.union([schema, v.pipe(v.array(schema), v.minLength(1))]);

/** 3.3.4 Motivation and Purpose: the thirteen motivations of the model. */
export const Motivation = v.picklist([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);

/** 3.3.3 Agents: an IRI, or an object typed Person, Organization or Software. */
export const Agent = v.union([
  Iri,
  v.strictObject({
    id: v.optional(Iri),
    type: v.optional(v.picklist(['Person', 'Organization', 'Software'])),
    name: v.optional(v.string()),
    nickname: v.optional(v.string()),
    email: v.optional(v.pipe(v.string(), v.startsWith('mailto:'))),
    email_sha1: v.optional(v.string()),
    homepage: v.optional(Iri),
  }),
]);

/** 4.2.4 Text Quote Selector: `exact` required. */
const TextQuoteSelector = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.string(),
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
});

/** 4.2.5 Text Position Selector: `start` and `end`, non-negative integers, start ≤ end. */
const TextPositionSelector = v.pipe(
  v.strictObject({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((selector) => selector.start <= selector.end, 'start after end'),
);

const Selector = v.union([TextQuoteSelector, TextPositionSelector]);

/** 4.3.1 Time State: `sourceDate`, or `sourceDateStart` with `sourceDateEnd`, or `cached`. */
const TimeState = v.pipe(
  v.strictObject({
    type: v.literal('TimeState'),
    sourceDate: v.optional(DateTime),
    sourceDateStart: v.optional(DateTime),
    sourceDateEnd: v.optional(DateTime),
    cached: v.optional(Iri),
  }),
  v.check(
    (state) =>
      state.sourceDate !== undefined ||
      (state.sourceDateStart !== undefined && state.sourceDateEnd !== undefined) ||
      state.cached !== undefined,
    'a TimeState needs sourceDate, sourceDateStart and sourceDateEnd, or cached',
  ),
);

/** 4 Specific Resources: exactly one `source`; selectors and state optional. */
const SpecificResource = v.looseObject({
  id: v.optional(Iri),
  type: v.literal('SpecificResource'),
  source: Iri,
  selector: v.optional(oneOrMore(Selector)),
  state: v.optional(TimeState),
  purpose: v.optional(Motivation),
});

/** 3.2.4 Embedded Textual Body: `value` required, `type` TextualBody. */
const TextualBody = v.looseObject({
  id: v.optional(Iri),
  type: v.literal('TextualBody'),
  value: v.string(),
  format: v.optional(v.pipe(v.string(), v.regex(/^[a-z]+\/[a-z0-9.+-]+$/u, 'not a media type'))),
  language: v.optional(v.string()),
  purpose: v.optional(Motivation),
  creator: v.optional(oneOrMore(Agent)),
  created: v.optional(DateTime),
  modified: v.optional(DateTime),
  rights: v.optional(oneOrMore(Iri)),
  via: v.optional(oneOrMore(Iri)),
});

const Body = v.union([Iri, TextualBody, SpecificResource]);
const Target = v.union([Iri, SpecificResource]);

/** 3.1 Annotations: id (IRI), type Annotation, at least one target; the rest optional. */
export const Annotation = v.looseObject({
  '@context': v.optional(v.unknown()),
  id: Iri,
  type: v.literal('Annotation'),
  motivation: v.optional(oneOrMore(Motivation)),
  body: v.optional(oneOrMore(Body)),
  target: oneOrMore(Target),
  created: v.optional(DateTime),
  modified: v.optional(DateTime),
  generated: v.optional(DateTime),
  creator: v.optional(oneOrMore(Agent)),
  generator: v.optional(oneOrMore(Agent)),
  rights: v.optional(oneOrMore(Iri)),
  canonical: v.optional(Iri),
  via: v.optional(oneOrMore(Iri)),
});

/** 5 The @context: the Web Annotation context, alone as a string or among others in a list. */
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const Context = v.union([v.literal(ANNO), v.pipe(v.array(v.unknown()), v.includes(ANNO))]);

/** 5.2 Annotation Page: id, type, items required; next and prev are IRIs. */
export const AnnotationPage = v.looseObject({
  id: Iri,
  type: v.literal('AnnotationPage'),
  partOf: v.optional(v.union([Iri, v.looseObject({ id: Iri })])),
  items: v.array(v.unknown()),
  next: v.optional(Iri),
  prev: v.optional(Iri),
  startIndex: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** 5.1 Annotation Collection: @context, id, type; total a count; first a page or its IRI. */
export const AnnotationCollection = v.looseObject({
  '@context': Context,
  id: Iri,
  type: v.literal('AnnotationCollection'),
  label: v.optional(v.string()),
  total: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  first: v.optional(v.union([Iri, AnnotationPage])),
  last: v.optional(Iri),
  creator: v.optional(oneOrMore(Agent)),
  generator: v.optional(oneOrMore(Agent)),
  created: v.optional(DateTime),
  generated: v.optional(DateTime),
});

/** Every problem of an exported collection against the model: the collection, its page, each annotation. */
export function collectionProblems(text: string): string[] {
  const collection = JSON.parse(text) as Record<string, unknown>;
  const problems: string[] = [];
  const check = (schema: v.GenericSchema, value: unknown, where: string) => {
    const result = v.safeParse(schema, value);
    if (!result.success) {
      for (const issue of result.issues) {
        const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
        problems.push(`${where}${path ? `.${path}` : ''}: ${issue.message}`);
      }
    }
  };
  check(AnnotationCollection, collection, 'collection');
  check(AnnotationPage, collection.first, 'first');
  const items = (collection.first as { items?: unknown[] } | undefined)?.items ?? [];
  items.forEach((item, index) => check(Annotation, item, `first.items[${index}]`));
  if (collection.total !== items.length)
    problems.push(`total: ${String(collection.total)}, not ${items.length}`);
  return problems;
}
