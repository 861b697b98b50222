// User settings: small values in sync storage (they follow the user to another browser);
// the knowledge base itself stays local in IndexedDB.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { ENTITY_TYPES, type EntityType, type Source } from './model';

// Version 2 of the site lists, the popover delay and the shown types: values that version 1
// let through (lists typed as one comma-separated line, a delay saved as text, shown types as a
// list of names) are turned into today's shape. A value already in that shape passes unchanged,
// since a value written without its version (by hand, or by a test) is migrated again. Anything
// else is left for validateSettings (utils/settings-validate.ts) to reset, with a message.

/** `"a.com, *.b.org"` (commas, spaces or new lines) → `["a.com", "*.b.org"]`, lower-cased. */
export function sitesFromText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const sites = value
    .split(/[\s,;]+/u)
    .map((site) => site.trim().toLowerCase())
    .filter((site) => site !== '');
  return [...new Set(sites)];
}

/** `"300"` → `300`. */
export function numberFromText(value: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

/** `["person"]` → `{ person: true, organization: false }`. */
export function shownTypesFromList(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return { person: value.includes('person'), organization: value.includes('organization') };
}

/** Site patterns (`example.com`, `*.example.com`) where Backstory never runs. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: [],
  version: 2,
  migrations: { 2: sitesFromText },
});

/** Site patterns where Backstory runs on every page, article or not. */
export const enabledSites = storage.defineItem<string[]>('sync:enabledSites', {
  fallback: [],
  version: 2,
  migrations: { 2: sitesFromText },
});

/** Whether Backstory runs by itself on pages that look like news articles. */
export const autoArticles = storage.defineItem<boolean>('sync:autoArticles', {
  fallback: true,
  version: 1,
});

/** Milliseconds the pointer rests on a mention before its popover opens. */
export const popoverDelay = storage.defineItem<number>('sync:popoverDelay', {
  fallback: 300,
  version: 2,
  migrations: { 2: numberFromText },
});

/** The popover's colour scheme: the page's own, or always light or dark. */
export const popoverTheme = storage.defineItem<'page' | 'light' | 'dark'>('sync:popoverTheme', {
  fallback: 'page',
  version: 1,
});

/** Whether names the knowledge base does not know are suggested on pages. */
export const showSuggestions = storage.defineItem<boolean>('sync:showSuggestions', {
  fallback: true,
  version: 1,
});

/**
 * Whether a one-word alias (a surname, say) is highlighted only after the entity's full name
 * appeared on the page, so that a common word is not taken for a person.
 */
export const singleWordNeedsFullName = storage.defineItem<boolean>('sync:singleWordNeedsFullName', {
  fallback: true,
  version: 1,
});

/** Which entity types are highlighted. */
export const shownTypes = storage.defineItem<{ person: boolean; organization: boolean }>('sync:shownTypes', {
  fallback: { person: true, organization: true },
  version: 2,
  migrations: { 2: shownTypesFromList },
});

export const ShownTypesSchema = v.object({ person: v.boolean(), organization: v.boolean() });

/** The set of shown types, from a stored value (all of them when the value is malformed). */
export function shownTypeSet(value: unknown): Set<EntityType> {
  const result = v.safeParse(ShownTypesSchema, value);
  const types = result.success ? result.output : { person: true, organization: true };
  return new Set(ENTITY_TYPES.filter((type) => types[type]));
}

/** Entities the reader hid on a site: site → entity ids. */
export const hiddenEntities = storage.defineItem<Record<string, string[]>>('sync:hiddenEntities', {
  fallback: {},
  version: 1,
});

export const HiddenEntitiesSchema = v.record(v.string(), v.array(v.string()));

/** The hidden-entity map as stored, ignoring a value of the wrong shape. */
export function hiddenMap(value: unknown): Record<string, string[]> {
  const result = v.safeParse(HiddenEntitiesSchema, value);
  return result.success ? result.output : {};
}

export async function setEntityHidden(site: string, entityId: string, hidden: boolean): Promise<void> {
  const map = hiddenMap(await hiddenEntities.getValue());
  const list = (map[site] ?? []).filter((id) => id !== entityId);
  if (hidden) list.push(entityId);
  if (list.length > 0) map[site] = list;
  else delete map[site];
  await hiddenEntities.setValue(map);
}

/** An entity to open when the popup next opens (set by the page popover), with when. */
export const pendingEntity = storage.defineItem<{ id: string; at: number } | null>('local:pendingEntity', {
  fallback: null,
  version: 1,
});

/**
 * Whether records written without search words (by an import) may still lack them: set while
 * the background adds them, so a worker stopped half-way finishes the job when it next starts.
 */
export const searchIndexPending = storage.defineItem<boolean>('local:searchIndexPending', {
  fallback: false,
  version: 1,
});

/** Name shown as the author of new notes. */
export const authorName = storage.defineItem<string>('sync:authorName', {
  fallback: '',
  version: 1,
});

export const HostnameListSchema = v.array(v.pipe(v.string(), v.maxLength(253)));

/** The site key of a page URL: its hostname without a leading `www.`, or null for non-http(s). */
export { siteOf } from './site';

/** A site list as stored, ignoring a value that is not a list of names (hand-edited storage). */
export function siteList(value: unknown): string[] {
  const result = v.safeParse(HostnameListSchema, value);
  return result.success ? result.output : [];
}

/** Reads the disabled-site list. */
export async function readDisabledSites(): Promise<string[]> {
  return siteList(await disabledSites.getValue());
}

/**
 * Whether a site matches a pattern: `example.com` matches it and `www.example.com`;
 * `*.example.com` matches `example.com` and every subdomain.
 */
export function matchesSitePattern(site: string, pattern: string): boolean {
  const clean = pattern.trim().toLowerCase();
  if (clean.startsWith('*.')) {
    const base = clean.slice(2);
    return site === base || site.endsWith(`.${base}`);
  }
  return site === clean.replace(/^www\./u, '');
}

export function isSiteDisabled(list: readonly string[], site: string | null): boolean {
  return site !== null && list.some((pattern) => matchesSitePattern(site, pattern));
}

export type RunDecision = 'off' | 'site-off' | 'run';

/** Whether Backstory runs on a page: never on a site switched off, always on one switched on. */
export function decideRun(options: {
  site: string | null;
  isArticle: boolean;
  disabled: readonly string[];
  enabled: readonly string[];
  autoArticles: boolean;
}): RunDecision {
  const { site } = options;
  if (site === null) return 'off';
  if (options.disabled.some((pattern) => matchesSitePattern(site, pattern))) return 'site-off';
  if (options.enabled.some((pattern) => matchesSitePattern(site, pattern))) return 'run';
  return options.autoArticles && options.isArticle ? 'run' : 'off';
}

/**
 * Switches a site on (runs on all its pages) or off (never runs there). Switching on lifts
 * every off pattern covering the site, since off wins; switching off leaves wider on patterns.
 */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const disabled = siteList(await disabledSites.getValue()).filter((pattern) =>
    enabled ? !matchesSitePattern(site, pattern) : pattern !== site,
  );
  const on = siteList(await enabledSites.getValue()).filter((pattern) => pattern !== site);
  if (enabled) on.push(site);
  else disabled.push(site);
  await disabledSites.setValue([...new Set(disabled)].sort());
  await enabledSites.setValue([...new Set(on)].sort());
}

/** Whether the background records the pages each known entity was seen on. */
export const recordMentions = storage.defineItem<boolean>('sync:recordMentions', {
  fallback: true,
  version: 1,
});

/** How many days a recorded sighting is kept before the daily purge forgets it. */
export const mentionRetentionDays = storage.defineItem<number>('sync:mentionRetentionDays', {
  fallback: 365,
  version: 1,
});

/** The retention in whole days, from a stored value (the default when it is not a positive number). */
export function retentionDays(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 365;
}

/**
 * A note to start when the popup next opens (set by the context menu's "Add note to …"): the
 * entity, the page and selection as its first source, and when it was asked for.
 */
export const pendingNote = storage.defineItem<{ entityId: string; source: Source; at: number } | null>(
  'local:pendingNote',
  { fallback: null, version: 1 },
);
