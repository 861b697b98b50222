// The knowledge base's records, as stored in IndexedDB and exchanged in packs.
// Every record read from outside (packs, messages, older stored versions) is checked
// against the valibot schemas in schemas.ts before it becomes one of these types.

export type EntityType = 'person' | 'organization';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization'];

/** One way of writing an entity's name, with how it may be matched. */
export interface Alias {
  text: string;
  /** Match regardless of letter case (default: case as written). */
  caseInsensitive?: boolean;
  /** Match with or without diacritics (`Zelensky` for `Zelenskyy`-style variants). */
  foldDiacritics?: boolean;
  /** A single common word (`Mash`, `Apple`) that may be matched on its own anyway. */
  safe?: boolean;
}

export interface Link {
  url: string;
  label?: string;
}

/** Where a record came from: the user's own work, or a pack (the demo pack is one). */
export type Origin = { kind: 'own' } | { kind: 'pack'; packId: string; packName: string };

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Alias[];
  description: string;
  links: Link[];
  tags: string[];
  origin: Origin;
  /** ISO 8601 times. */
  created: string;
  modified: string;
}

/** Where a fact came from. */
export interface Source {
  url: string;
  title?: string;
  publisher?: string;
  author?: string;
  /** ISO date the source was published, where known. */
  published?: string;
  /** ISO date the source was read. */
  accessed?: string;
  /** The passage of the source that supports the note. */
  quote?: string;
}

export interface Note {
  id: string;
  entityId: string;
  /** Markdown subset: emphasis, links, lists. */
  text: string;
  sources: Source[];
  author: string;
  origin: Origin;
  created: string;
  modified: string;
}

/** An earlier state of a note, kept on every edit. */
export interface NoteVersion {
  id: string;
  noteId: string;
  text: string;
  sources: Source[];
  author: string;
  /** When this state was current until. */
  replaced: string;
  /** When this state had been written. */
  modified: string;
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where an entity was seen: once per entity and page. */
export interface Mention {
  id: string;
  entityId: string;
  url: string;
  title: string;
  seen: string;
  selector: TextQuoteSelector;
  /** Offsets into the page's extracted text (TextPositionSelector). */
  start: number;
  end: number;
}

export interface RejectedSuggestion {
  /** Normalised name (see normaliseKey). */
  key: string;
  name: string;
  type: EntityType;
  rejected: string;
}

/** A subscription to a shared pack. */
export interface PackSubscription {
  id: string;
  url: string;
  name: string;
  etag?: string;
  lastModified?: string;
  lastFetched?: string;
}

/** A short view of an entity, as the content script and popup lists need it. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
}

export const DEMO_PACK_ID = 'demo';

/** Ids of subscribed packs start with this (utils/subscriptions.ts makes them). */
export const SUBSCRIPTION_ID_PREFIX = 'sub-';

/** Whether a record comes from a subscribed pack, and so is read-only. */
export function isSubscribedOrigin(
  origin: Origin,
): origin is { kind: 'pack'; packId: string; packName: string } {
  return origin.kind === 'pack' && origin.packId.startsWith(SUBSCRIPTION_ID_PREFIX);
}

/** Lower-case, NFC, single spaces: the key for alias look-ups and rejected names. */
export function normaliseKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/gu, ' ').trim();
}

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
