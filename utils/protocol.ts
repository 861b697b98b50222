// The one message protocol between Backstory's contexts. Each direction has one typed map;
// every request is validated by the receiver (valibot) and every reply is a Reply.
import * as v from 'valibot';
import type { Entity, EntitySummary, EntityType, Mention, Note, NoteVersion, Source } from './model';
import { EntityInputSchema, EntityTypeSchema, IsoDateSchema, NoteInputSchema, SourceSchema } from './schemas';
import type { SearchResults } from './db-search';
import type { SubscriptionSummary } from './subscriptions';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** A known entity's mention on a page, as offsets into the text the content script sent. */
export interface PageMention {
  entityId: string;
  start: number;
  end: number;
}

/** An entity with its notes: what a popover and the popup's editor show. */
export interface EntityCard {
  entity: Entity;
  notes: Note[];
  /** On how many other pages the entity was seen (the popup lists them). */
  otherPages?: number;
}

export interface ImportReport {
  entities: number;
  notes: number;
}

/** An entity the current page mentions, with how often. */
export interface PageEntity extends EntitySummary {
  count: number;
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));

/**
 * Requests to the background, from content scripts, the popup and the options page.
 * Each entry: payload schema (checked on arrival) and the reply's value type.
 */
export const BackgroundRequests = {
  /** Content script: find known entities in the page's extracted text. */
  'page.scan': v.object({ text: text(20_000_000), url: text(10_000), title: text(10_000) }),
  /** Content script or popup: an entity and its notes, for the popover or the editor. */
  'entity.card': v.object({ id }),
  /** Popup: entities whose name or alias contains the query (all when empty). */
  'entity.list': v.object({
    query: text(300),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  /** Popup: create (no id) or change an entity. */
  'entity.save': v.object({ entity: EntityInputSchema }),
  /** Popup: delete an entity and its notes. */
  'entity.delete': v.object({ id }),
  /**
   * Popup: create (no id) or change a note. With `expectedModified` (the note's `modified` when
   * the editor opened it) a note changed elsewhere meanwhile is not overwritten: the reply is
   * the error NOTE_CONFLICT_ERROR, and `note.get` gives the stored note.
   */
  'note.save': v.object({ note: NoteInputSchema, expectedModified: v.optional(IsoDateSchema) }),
  /** Popup: delete a note. */
  'note.delete': v.object({ id }),
  /** Options: import a pack file's text (our pack or the minimal hand-written form). */
  'pack.import': v.object({ text: text(500_000_000) }),
  /** Options: the same, for a file the page put in the `transfers` store (import/transfer.ts). */
  'pack.importStaged': v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
  /** Options: every record as a pack (JSON text). */
  'pack.export': v.object({}),
  /** Content script: inject the suggestion engine into this frame (suggestions are on). */
  'suggest.load': v.object({}),
  /** Content script: which of these names may be suggested (not known, not rejected). */
  'suggest.filter': v.object({
    names: v.pipe(v.array(v.object({ name: v.pipe(v.string(), v.maxLength(300)) })), v.maxLength(2000)),
  }),
  /** Suggestion popover: never suggest this name again. */
  'suggest.reject': v.object({
    name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(300)),
    type: EntityTypeSchema,
  }),
  /** Suggestion popover: add the name as an entity, with a first note citing the page. */
  'suggest.accept': v.object({
    entity: EntityInputSchema,
    note: v.optional(
      v.object({
        text: v.pipe(v.string(), v.trim(), v.nonEmpty('note is empty'), v.maxLength(100_000)),
        sources: v.array(SourceSchema),
        author: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300)), ''),
      }),
    ),
  }),
  /** Page popover: show this entity in the popup (or a popup window where that cannot open). */
  'entity.open': v.object({ id }),
  /** Options: load the demo pack, or remove it. */
  'demo.load': v.object({}),
  'demo.remove': v.object({}),
  /** Options: pack subscriptions, with how many entities and notes each brings. */
  'subscription.list': v.object({}),
  /**
   * Options: subscribe to a shared pack by URL (https), fetched at once. The page asks for the
   * host permission (`permissions.request`, on the user's click) before sending this.
   */
  'subscription.add': v.object({ url: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(2000)) }),
  /** Options or the daily alarm: fetch one subscription (or all) again, if the pack changed. */
  'subscription.refresh': v.object({ id: v.optional(id) }),
  /** Options: unsubscribe; the pack's records go (entities holding the user's notes stay). */
  'subscription.remove': v.object({ id }),
  /** Background (after the import port wrote) or options: recompile the dictionary, tell everyone. */
  'data.reload': v.object({}),
  /** Options: delete every record of the knowledge base (one transaction); settings stay. */
  'data.deleteAll': v.object({}),
  /** Popup: entities whose names, and notes whose text, have words starting with the query's. */
  'kb.search': v.object({
    query: text(300),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
    noteLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  }),
  /** Popup: entities of the same type already known by one of these names (before saving). */
  'entity.duplicates': v.object({ entity: EntityInputSchema }),
  /** Popup: merge one entity into another; names, notes and mentions move to the one kept. */
  'entity.merge': v.object({ keepId: id, mergeId: id }),
  /** Popup: delete an entity with undo: hidden at once, purged after TRASH_UNDO_MS. */
  'entity.trash': v.object({ id }),
  /** Popup: undo `entity.trash` (null when the undo window had passed). */
  'entity.restore': v.object({ id }),
  /** Popup: one note as stored now (after a conflict). */
  'note.get': v.object({ id }),
  /** Popup: a note's earlier versions, oldest first. */
  'note.versions': v.object({ id }),
  /** Popup: make an earlier version current (the current state is kept as a version). */
  'note.restore': v.object({ noteId: id, versionId: id }),
  /** Popup: the pages an entity was seen on, most recent first. */
  'mention.list': v.object({ entityId: id }),
  /** Popup: forget one page an entity was seen on. */
  'mention.delete': v.object({ id }),
  /**
   * Context menu (and extension pages, which is how end-to-end tests drive it): add the
   * selected text as a new entity with a first note citing the page, or start a note on a known
   * entity with the page and selection as its source; then show it in the popup.
   */
  'selection.add': v.variant('action', [
    v.object({
      action: v.literal('entity'),
      type: EntityTypeSchema,
      name: v.pipe(v.string(), v.trim(), v.nonEmpty('the selection is empty'), v.maxLength(300)),
      source: SourceSchema,
    }),
    v.object({ action: v.literal('note'), entityId: id, source: SourceSchema }),
  ]),
} as const;

/** How long a deleted entity can be brought back (the popup's Undo shows this long). */
export const TRASH_UNDO_MS = 8_000;

/** The error of a `note.save` whose note was changed elsewhere since the editor loaded it. */
export const NOTE_CONFLICT_ERROR = 'This note was changed elsewhere since you opened it.';

/** What refreshing one subscription did. */
export interface SubscriptionRefresh {
  id: string;
  result: 'updated' | 'unchanged' | 'failed';
  error?: string;
}

export interface BackgroundReplies {
  'page.scan': { mentions: PageMention[]; entities: EntitySummary[] };
  'entity.card': EntityCard | null;
  'entity.list': EntitySummary[];
  'entity.save': Entity;
  'entity.delete': null;
  'note.save': Note;
  'note.delete': null;
  'pack.import': ImportReport;
  'pack.importStaged': ImportReport;
  'pack.export': string;
  'entity.open': null;
  'suggest.load': null;
  'suggest.filter': { keep: boolean[] };
  'suggest.reject': null;
  'suggest.accept': Entity;
  'demo.load': ImportReport;
  'demo.remove': null;
  'subscription.list': SubscriptionSummary[];
  'subscription.add': SubscriptionSummary;
  'subscription.refresh': SubscriptionRefresh[];
  'subscription.remove': null;
  'data.reload': null;
  'data.deleteAll': null;
  'kb.search': SearchResults;
  'entity.duplicates': EntitySummary[];
  'entity.merge': Entity;
  'entity.trash': EntitySummary;
  'entity.restore': Entity | null;
  'note.get': Note | null;
  'note.versions': NoteVersion[];
  'note.restore': Note;
  'mention.list': Mention[];
  'mention.delete': null;
  'selection.add': { entityId: string };
}

export type BackgroundRequestType = keyof typeof BackgroundRequests;
export type BackgroundPayload<K extends BackgroundRequestType> = v.InferInput<(typeof BackgroundRequests)[K]>;
export type BackgroundMessage = {
  [K in BackgroundRequestType]: { to: 'background'; type: K; payload: BackgroundPayload<K> };
}[BackgroundRequestType];

/** Types of request only a content script (a message with sender.tab) may send. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequestType> = new Set([
  'page.scan',
  'entity.card',
  // The popover's "Add note" and "Edit": the reader writes on the page they are reading.
  'note.save',
  'entity.open',
  // Suggestions live on the page: loading the engine, filtering, rejecting, accepting.
  'suggest.load',
  'suggest.filter',
  'suggest.reject',
  'suggest.accept',
]);

/** Requests to a tab's content script, from the popup. */
export const TabRequests = {
  /** Popup: which known entities this page mentions, with counts. */
  'page.summary': v.object({}),
  /** Background (keyboard command): move the focus ring to the next or previous mention and open it. */
  'mention.step': v.object({ direction: v.picklist([1, -1]) }),
  /** Popup: scan the whole page, not only its article region. */
  'page.scanAll': v.object({}),
  /** Background (context menu): the page as a source, and the selected text. */
  'page.selection': v.object({}),
} as const;

export interface TabReplies {
  'page.summary': {
    url: string;
    title: string;
    entities: PageEntity[];
    /** Whether Backstory runs on this page (site settings and article detection). */
    enabled: boolean;
    /** Whether the page looks like a news article. */
    isArticle: boolean;
    /** Whether the whole page was scanned, not only its article region. */
    wholePage: boolean;
    /** Names the page mentions that the knowledge base does not know, most mentioned first. */
    suggestions?: { name: string; type: EntityType; count: number }[];
    /** The page as a note's source (its metadata, accessed today). */
    source?: Source;
    /** The text selected on the page, if any. */
    selection?: string;
  };
  'page.selection': { source: Source; selection: string };
  'mention.step': { entityId: string } | null;
  'page.scanAll': null;
}

export type TabRequestType = keyof typeof TabRequests;
export type TabPayload<K extends TabRequestType> = v.InferInput<(typeof TabRequests)[K]>;
export type TabMessage = {
  [K in TabRequestType]: { to: 'tab'; type: K; payload: v.InferInput<(typeof TabRequests)[K]> };
}[TabRequestType];

/** Broadcasts from the background to every tab and extension page. */
export type Broadcast = { to: 'all'; type: 'kb.changed' };
export const BroadcastSchema = v.object({ to: v.literal('all'), type: v.literal('kb.changed') });

export const MessageEnvelopeSchema = v.object({
  to: v.picklist(['background', 'tab', 'all']),
  type: v.string(),
  payload: v.optional(v.unknown()),
});

export function typeLabel(type: EntityType): string {
  return type === 'person' ? 'Person' : 'Organisation';
}
