// Which records an export includes: by entity, tag, site, date range, or one page's own
// annotations. Pure predicates, so the same filter holds for pack, CSV and W3C exports.
import * as v from 'valibot';
import { siteOf } from '../site';
import type { Entity, Mention, Note } from '../model';
import { IsoDateSchema } from '../schemas';

export const ExportFilterSchema = v.object({
  /** Only these entities (and their notes and mentions). */
  entityIds: v.optional(v.array(v.pipe(v.string(), v.maxLength(200))), []),
  /** Only entities with at least one of these tags. */
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(100))), []),
  /** Only notes citing, and mentions on, these sites (`example.com` also matches `www.` and subdomains). */
  sites: v.optional(v.array(v.pipe(v.string(), v.maxLength(253))), []),
  /** Notes created and mentions seen on or after this date. */
  from: v.optional(IsoDateSchema),
  /** …and on or before this date (a date alone means the whole day). */
  to: v.optional(IsoDateSchema),
  /** Only this page's own annotations: its mentions, notes citing it, the entities it names. */
  pageUrl: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
});
export type ExportFilter = v.InferInput<typeof ExportFilterSchema>;
export type CheckedFilter = v.InferOutput<typeof ExportFilterSchema>;

/** A page URL without its fragment: `#section` links point at the same page. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function siteMatches(site: string | null, patterns: readonly string[]): boolean {
  if (site === null) return false;
  return patterns.some((pattern) => {
    const base = pattern
      .trim()
      .toLowerCase()
      .replace(/^\*\./u, '')
      .replace(/^www\./u, '');
    return site === base || site.endsWith(`.${base}`);
  });
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u;

/** The filter compiled into predicates; `allowedEntities` is filled in by the reader. */
export interface RecordFilter {
  /** Whether the filter narrows entities at all (otherwise every entity is in). */
  narrowsEntities: boolean;
  /** Whether anything is filtered (a whole export also carries rejected suggestions). */
  isEmpty: boolean;
  entity(entity: Entity, onPage: ReadonlySet<string>): boolean;
  note(note: Note): boolean;
  mention(mention: Mention): boolean;
  pageUrl: string | null;
}

export function compileFilter(filter: CheckedFilter): RecordFilter {
  const ids = new Set(filter.entityIds);
  const tags = new Set(filter.tags);
  const from = filter.from === undefined ? null : Date.parse(filter.from);
  const to =
    filter.to === undefined
      ? null
      : Date.parse(filter.to) + (DATE_ONLY.test(filter.to) ? 24 * 60 * 60 * 1000 - 1 : 0);
  const page = filter.pageUrl === undefined ? null : pageKey(filter.pageUrl);
  const inRange = (iso: string) => {
    const time = Date.parse(iso);
    return (from === null || time >= from) && (to === null || time <= to);
  };
  const sites = filter.sites;
  const narrowsEntities = ids.size > 0 || tags.size > 0 || page !== null;
  return {
    narrowsEntities,
    isEmpty: !narrowsEntities && sites.length === 0 && from === null && to === null,
    pageUrl: page,
    entity: (entity, onPage) =>
      (ids.size === 0 || ids.has(entity.id)) &&
      (tags.size === 0 || entity.tags.some((tag) => tags.has(tag))) &&
      (page === null || onPage.has(entity.id)),
    note: (note) =>
      inRange(note.created) &&
      (sites.length === 0 || note.sources.some((source) => siteMatches(siteOf(source.url), sites))) &&
      (page === null || note.sources.some((source) => pageKey(source.url) === page)),
    mention: (mention) =>
      inRange(mention.seen) &&
      (sites.length === 0 || siteMatches(siteOf(mention.url), sites)) &&
      (page === null || pageKey(mention.url) === page),
  };
}
