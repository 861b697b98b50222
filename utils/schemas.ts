// valibot schemas for every record that crosses a boundary: messages, packs, stored rows.
import * as v from 'valibot';

const trimmed = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const nonEmpty = (max: number, what: string) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} is empty`), v.maxLength(max, `${what} is too long`));

/** http(s) URLs only: anything else from a page or pack is never opened. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'not an http(s) URL'),
);

/** A date or date-time in ISO 8601 form (as written by Date.toISOString or `YYYY-MM-DD`). */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/u, 'not an ISO date'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'not a real date'),
);

export const EntityTypeSchema = v.picklist(['person', 'organization'], 'not person or organization');

export const AliasSchema = v.object({
  text: nonEmpty(300, 'alias'),
  caseInsensitive: v.optional(v.boolean()),
  foldDiacritics: v.optional(v.boolean()),
  safe: v.optional(v.boolean()),
});

export const LinkSchema = v.object({
  url: HttpUrlSchema,
  label: v.optional(trimmed(200)),
});

export const OriginSchema = v.variant('kind', [
  v.object({ kind: v.literal('own') }),
  v.object({ kind: v.literal('pack'), packId: nonEmpty(200, 'pack id'), packName: trimmed(200) }),
]);

export const SourceSchema = v.object({
  url: HttpUrlSchema,
  title: v.optional(trimmed(1000)),
  publisher: v.optional(trimmed(500)),
  author: v.optional(trimmed(500)),
  published: v.optional(IsoDateSchema),
  accessed: v.optional(IsoDateSchema),
  quote: v.optional(trimmed(5000)),
});

export const TextQuoteSelectorSchema = v.object({
  exact: v.string(),
  prefix: v.string(),
  suffix: v.string(),
});

export const EntitySchema = v.object({
  id: nonEmpty(200, 'id'),
  type: EntityTypeSchema,
  name: nonEmpty(300, 'name'),
  aliases: v.array(AliasSchema),
  description: trimmed(5000),
  links: v.array(LinkSchema),
  tags: v.array(nonEmpty(100, 'tag')),
  origin: OriginSchema,
  created: IsoDateSchema,
  modified: IsoDateSchema,
});

export const NoteSchema = v.object({
  id: nonEmpty(200, 'id'),
  entityId: nonEmpty(200, 'entity id'),
  text: nonEmpty(100_000, 'note'),
  sources: v.array(SourceSchema),
  author: trimmed(300),
  origin: OriginSchema,
  created: IsoDateSchema,
  modified: IsoDateSchema,
});

/** What the popup sends to create or change an entity: the background fills in the rest. */
export const EntityInputSchema = v.object({
  id: v.optional(nonEmpty(200, 'id')),
  type: EntityTypeSchema,
  name: nonEmpty(300, 'name'),
  aliases: v.array(AliasSchema),
  description: v.optional(trimmed(5000), ''),
  links: v.optional(v.array(LinkSchema), []),
  tags: v.optional(v.array(nonEmpty(100, 'tag')), []),
});
export type EntityInput = v.InferOutput<typeof EntityInputSchema>;

export const NoteInputSchema = v.object({
  id: v.optional(nonEmpty(200, 'id')),
  entityId: nonEmpty(200, 'entity id'),
  text: nonEmpty(100_000, 'note'),
  sources: v.array(SourceSchema),
  author: v.optional(trimmed(300), ''),
});
export type NoteInput = v.InferOutput<typeof NoteInputSchema>;

/** Formats a valibot failure as `path.to[3].field: message` lines. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 20): string[] {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = (issue.path ?? [])
      .map((item, index) =>
        typeof item.key === 'number' ? `[${item.key}]` : `${index === 0 ? '' : '.'}${String(item.key)}`,
      )
      .join('');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more problems`);
  return lines;
}

export const NoteVersionSchema = v.object({
  id: nonEmpty(200, 'id'),
  noteId: nonEmpty(200, 'note id'),
  text: nonEmpty(100_000, 'note'),
  sources: v.array(SourceSchema),
  author: trimmed(300),
  replaced: IsoDateSchema,
  modified: IsoDateSchema,
});

export const MentionSchema = v.object({
  id: nonEmpty(200, 'id'),
  entityId: nonEmpty(200, 'entity id'),
  url: HttpUrlSchema,
  title: v.pipe(v.string(), v.maxLength(10_000)),
  seen: IsoDateSchema,
  selector: TextQuoteSelectorSchema,
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const RejectedSuggestionSchema = v.object({
  key: nonEmpty(300, 'key'),
  name: nonEmpty(300, 'name'),
  type: EntityTypeSchema,
  rejected: IsoDateSchema,
});

export const PackSubscriptionSchema = v.object({
  id: nonEmpty(200, 'id'),
  url: HttpUrlSchema,
  name: trimmed(200),
  etag: v.optional(v.string()),
  lastModified: v.optional(v.string()),
  lastFetched: v.optional(IsoDateSchema),
});
