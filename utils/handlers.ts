// The background's request handlers: who may ask (our own contexts only; content scripts only
// what a page needs), what they may send (validated), and what each request does. Replies are
// always a Reply, never a thrown exception. background.ts wires this to runtime.onMessage.
import * as v from 'valibot';
import type { Entity, EntitySummary, Source } from './model';
import type { BackgroundReplies, BackgroundRequestType, PageMention, Reply } from './protocol';
import {
  BackgroundRequests,
  CONTENT_SCRIPT_REQUESTS,
  MessageEnvelopeSchema,
  NOTE_CONFLICT_ERROR,
  TRASH_UNDO_MS,
} from './protocol';
import { describeIssues } from './schemas';
import { HttpUrlSchema } from './schemas';
import type { BackstoryDb } from './db-schema';
import {
  deleteEntity,
  deleteNote,
  getEntity,
  listEntities,
  notesForEntity,
  saveEntity,
  saveNote,
  searchEntities,
} from './db';
import type { MentionInput } from './db-records';
import { recordMentions, rejectSuggestion } from './db-records';
import { exportPack, importPack } from './pack';
import { loadDemoPack, removeDemoPack } from './demo-pack';
import { Dictionary, findMentions } from './match';
import type { PackWrite } from './import/subscription-records';
import {
  addSubscription,
  isSubscribed,
  listSubscriptions,
  refreshSubscriptions,
  removeSubscription,
} from './subscriptions';
import { acceptSuggestion, suggestable } from './db-suggestions';
import { getNote, NoteConflictError, noteVersions } from './db';
import { mentionsForEntity } from './db-records';
import { indexSearchWords, searchKnowledgeBase } from './db-search';
import { takeStagedFile } from './import/transfer';
import {
  deleteMention,
  findDuplicates,
  mergeEntities,
  purgeMentions,
  purgeTrash,
  restoreEntity,
  restoreNoteVersion,
  trashEntity,
} from './db-curation';

export interface HandlerDeps {
  db: BackstoryDb;
  dictionary: Dictionary;
  /** Tells every context the knowledge base changed (after a write has committed). */
  broadcast: () => void;
  /**
   * The extension's own origin (`browser.runtime.getURL('')`). An extension page opened in a
   * tab has `sender.tab` like a content script; its URL on this origin tells them apart.
   */
  extensionOrigin?: string;
  /** Injects the suggestion engine into the sender's frame (browser API: the entrypoint's). */
  loadSuggester?: (sender: RequestSender) => Promise<void>;
  /** The reader's setting: an ambiguous one-word alias needs the full name on the page. */
  singleWordNeedsFullName?: () => boolean | Promise<boolean>;
  /**
   * Shows an entity in the popup; the browser part lives in the background entrypoint. With
   * `prefill`, the popup starts a new note on it with that source.
   */
  openEntity?: (id: string, sender: RequestSender, prefill?: Source) => Promise<void>;
  /** Whether to record where known entities were seen (the `recordMentions` setting). */
  recordMentions?: () => Promise<boolean>;
  /**
   * Remembers, across restarts of the background, that search words are being added (see
   * indexWords); a run that was cut short is finished when the handlers are next created.
   */
  searchIndexPending?: { getValue(): Promise<boolean>; setValue(pending: boolean): Promise<void> };
  /** Called after an entity went to the trash, so the purge after the undo window is planned. */
  trashed?: () => void;
}

/** The parts of runtime.MessageSender the handlers look at. */
export interface RequestSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; incognito?: boolean };
  frameId?: number;
}

type PayloadOf<K extends BackgroundRequestType> = v.InferOutput<(typeof BackgroundRequests)[K]>;
type Handler<K extends BackgroundRequestType> = (
  payload: PayloadOf<K>,
  sender: RequestSender,
) => Promise<BackgroundReplies[K]>;
type HandlerTable = { [K in BackgroundRequestType]: Handler<K> };

const summary = (entity: Entity): EntitySummary => ({ id: entity.id, type: entity.type, name: entity.name });
const isHttpUrl = (url: string) => v.is(HttpUrlSchema, url);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createHandlers(deps: HandlerDeps) {
  const { db } = deps;

  // Records of a subscribed pack are read-only: the pack's next refresh would overwrite an
  // edit. A note of one's own on a subscribed entity is allowed, and is the user's.
  const readOnly = (what: string, packName: string) =>
    new Error(
      `${what} comes from the subscribed pack “${packName}” and cannot be changed here; add a note of your own instead.`,
    );
  const ownEntity = async (id: string) => {
    const entity = await getEntity(db, id);
    if (entity && isSubscribed(entity.origin) && entity.origin.kind === 'pack') {
      throw readOnly(`“${entity.name}”`, entity.origin.packName);
    }
  };
  const ownNote = async (id: string) => {
    const note = await getNote(db, id);
    if (note && isSubscribed(note.origin) && note.origin.kind === 'pack')
      throw readOnly('This note', note.origin.packName);
  };
  let dictionary = deps.dictionary;

  const changed = () => {
    try {
      deps.broadcast();
    } catch (error) {
      console.warn('Backstory: could not tell other contexts about a change:', error);
    }
  };

  /**
   * Entities and notes written by an import lack search words until this has run: in the
   * background, a chunk at a time, so the import is done (highlights, popovers) before its
   * records can be searched for in the popup. One run at a time; a request during a run
   * makes it go round once more.
   */
  let indexing: Promise<void> | null = null;
  let indexAgain = false;
  /** The latest run's mark in storage that it has work to finish. */
  let marked: Promise<void> = Promise.resolve();
  const indexWords = (): Promise<void> => {
    if (indexing) {
      indexAgain = true;
      return indexing;
    }
    marked = Promise.resolve(deps.searchIndexPending?.setValue(true));
    const marking = marked;
    indexing = (async () => {
      await marking;
      do {
        indexAgain = false;
        await indexSearchWords(db);
      } while (indexAgain);
      await deps.searchIndexPending?.setValue(false);
    })()
      .catch((error: unknown) => {
        console.warn('Backstory: could not index records for search:', error);
      })
      .finally(() => {
        indexing = null;
      });
    return indexing;
  };

  void deps.searchIndexPending?.getValue().then(
    (pending) => {
      if (pending) void indexWords();
    },
    () => undefined,
  );

  /** After an import many entities may have changed: compile the dictionary anew. */
  const rebuild = async () => {
    dictionary = Dictionary.fromEntities(await listEntities(db));
    void indexWords();
    // Marked before this resolves, so whoever waits for the reload sees the work to come.
    await marked;
  };

  /** A pack file's text imported in one step (no preview), then every context told. */
  const importPackText = async (text: string) => {
    const report = await importPack(db, text);
    await rebuild();
    changed();
    return report;
  };

  /** Keeps the dictionary in step with what a subscription wrote. */
  const followPack = (write: PackWrite | undefined) => {
    if (!write) return;
    for (const id of write.removedEntityIds) dictionary.remove(id);
    for (const entity of [...write.keptEntities, ...write.changedEntities]) dictionary.upsert(entity);
  };

  const table: HandlerTable = {
    'page.scan': async ({ text, url, title }, sender) => {
      const found = findMentions(text, dictionary, {
        requireFullName: (await deps.singleWordNeedsFullName?.()) !== false,
      });
      const entities: EntitySummary[] = [];
      const firstSeen = new Map<string, MentionInput>();
      for (const mention of found) {
        if (firstSeen.has(mention.entityId)) continue;
        const entity = await getEntity(db, mention.entityId);
        if (!entity) continue;
        entities.push(summary(entity));
        const { entityId, selector, start, end } = mention;
        firstSeen.set(entityId, { entityId, url, title, selector, start, end });
      }
      const known = new Set(entities.map((entity) => entity.id));
      const mentions: PageMention[] = found
        .filter((mention) => known.has(mention.entityId))
        .map(({ entityId, start, end }) => ({ entityId, start, end }));
      // Where an entity was seen is history: never kept for private windows or non-web pages.
      const record = deps.recordMentions ? await deps.recordMentions().catch(() => true) : true;
      if (record && !sender.tab?.incognito && isHttpUrl(url) && firstSeen.size > 0) {
        await recordMentions(db, [...firstSeen.values()]).catch((error: unknown) => {
          console.warn('Backstory: could not record mentions:', error);
        });
      }
      return { mentions, entities };
    },
    'entity.card': async ({ id }, sender) => {
      const entity = await getEntity(db, id);
      if (!entity) return null;
      // Only how many other pages: the list itself is for the popup, not for a web page's tab.
      const here = sender.tab?.url ?? sender.url;
      const otherPages = (await mentionsForEntity(db, id)).filter((mention) => mention.url !== here).length;
      return { entity, notes: await notesForEntity(db, id), otherPages };
    },
    'entity.list': async ({ query, limit }) =>
      (await searchEntities(db, query, limit ?? Number.POSITIVE_INFINITY)).map(summary),
    'entity.save': async ({ entity: input }) => {
      if (input.id !== undefined) await ownEntity(input.id);
      const entity = await saveEntity(db, input);
      dictionary.upsert(entity);
      changed();
      return entity;
    },
    'entity.delete': async ({ id }) => {
      await ownEntity(id);
      await deleteEntity(db, id);
      dictionary.remove(id);
      changed();
      return null;
    },
    'note.save': async ({ note: input, expectedModified }) => {
      if (input.id !== undefined) await ownNote(input.id);
      const note = await saveNote(db, input, undefined, { expectedModified }).catch((error: unknown) => {
        throw error instanceof NoteConflictError ? new Error(NOTE_CONFLICT_ERROR) : error;
      });
      changed();
      return note;
    },
    'note.delete': async ({ id }) => {
      await ownNote(id);
      await deleteNote(db, id);
      changed();
      return null;
    },
    'pack.import': ({ text }) => importPackText(text),
    'pack.importStaged': async ({ id }) => {
      const text = await takeStagedFile(db, id);
      if (text === null) throw new Error('The file to import was not found.');
      return importPackText(text);
    },
    'pack.export': () => exportPack(db),
    'suggest.load': async (_payload, sender) => {
      if (!deps.loadSuggester) throw new Error('Suggestions cannot be loaded here.');
      await deps.loadSuggester(sender);
      return null;
    },
    'suggest.filter': async ({ names }) => ({ keep: await suggestable(db, names) }),
    'suggest.reject': async ({ name, type }) => {
      await rejectSuggestion(db, name, type);
      changed();
      return null;
    },
    'suggest.accept': async ({ entity: input, note }) => {
      const { entity } = await acceptSuggestion(db, input, note ?? null);
      dictionary.upsert(entity);
      changed();
      return entity;
    },
    'entity.open': async ({ id }, sender) => {
      if (!(await getEntity(db, id))) throw new Error('This entity is no longer in the knowledge base.');
      if (!deps.openEntity) throw new Error('Entities cannot be opened from here.');
      await deps.openEntity(id, sender);
      return null;
    },
    'demo.load': async () => {
      const report = await loadDemoPack(db);
      await rebuild();
      changed();
      return report;
    },
    'demo.remove': async () => {
      const removal = await removeDemoPack(db);
      for (const id of removal.removedEntityIds) dictionary.remove(id);
      for (const entity of removal.keptEntities) dictionary.upsert(entity);
      changed();
      return null;
    },
    'subscription.list': () => listSubscriptions(db),
    'subscription.add': async ({ url }) => {
      const outcome = await addSubscription(db, url);
      followPack(outcome.write);
      changed();
      const listed = (await listSubscriptions(db)).find((row) => row.id === outcome.subscription.id);
      return listed ?? { ...outcome.subscription, entities: 0, notes: 0 };
    },
    'subscription.refresh': async ({ id }) => {
      const outcomes = await refreshSubscriptions(db, id);
      for (const outcome of outcomes) followPack(outcome.write);
      if (outcomes.some((outcome) => outcome.result === 'updated')) changed();
      return outcomes.map(({ id: subscriptionId, result, error }) => ({
        id: subscriptionId,
        result,
        ...(error === undefined ? {} : { error }),
      }));
    },
    'subscription.remove': async ({ id }) => {
      followPack(await removeSubscription(db, id));
      changed();
      return null;
    },
    'data.reload': async () => {
      await rebuild();
      changed();
      return null;
    },
    'data.deleteAll': async () => {
      // Every store, the matcher cache and the trash included, in one all-or-nothing write.
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readwrite');
      await Promise.all([...names.map((name) => tx.objectStore(name).clear()), tx.done]);
      await rebuild();
      changed();
      return null;
    },
    ...curationHandlers(),
  };

  /** Issue 5: search, duplicates, merge, delete with undo, note history, mentions, selection. */
  function curationHandlers() {
    return {
      'kb.search': async ({ query, limit, noteLimit }) => {
        const results = await searchKnowledgeBase(db, query, {
          entities: limit ?? 50,
          notes: noteLimit ?? 10,
        });
        return indexing ? { ...results, notesIndexing: true } : results;
      },
      'entity.duplicates': async ({ entity }) => (await findDuplicates(db, entity)).map(summary),
      'entity.merge': async ({ keepId, mergeId }) => {
        await ownEntity(keepId);
        await ownEntity(mergeId);
        const kept = await mergeEntities(db, keepId, mergeId);
        dictionary.remove(mergeId);
        dictionary.upsert(kept);
        changed();
        return kept;
      },
      'entity.trash': async ({ id }) => {
        await ownEntity(id);
        const entity = await trashEntity(db, id);
        // The matcher forgets it at once: open tabs stop highlighting it on the broadcast.
        dictionary.remove(id);
        changed();
        deps.trashed?.();
        return summary(entity);
      },
      'entity.restore': async ({ id }) => {
        const entity = await restoreEntity(db, id);
        if (entity) {
          dictionary.upsert(entity);
          changed();
        }
        return entity;
      },
      'note.get': ({ id }) => getNote(db, id),
      'note.versions': ({ id }) => noteVersions(db, id),
      'note.restore': async ({ noteId, versionId }) => {
        await ownNote(noteId);
        const note = await restoreNoteVersion(db, noteId, versionId);
        changed();
        return note;
      },
      'mention.list': ({ entityId }) => mentionsForEntity(db, entityId),
      'mention.delete': async ({ id }) => {
        await deleteMention(db, id);
        changed();
        return null;
      },
      'selection.add': async (payload, sender) => {
        if (payload.action === 'note') {
          if (!(await getEntity(db, payload.entityId))) {
            throw new Error('This entity is no longer in the knowledge base.');
          }
          await deps.openEntity?.(payload.entityId, sender, payload.source);
          return { entityId: payload.entityId };
        }
        const { source } = payload;
        const where = source.title ?? source.url;
        const { entity } = await acceptSuggestion(
          db,
          { type: payload.type, name: payload.name, aliases: [], description: '', links: [], tags: [] },
          {
            text: `Named in “${where}”${source.publisher ? ` (${source.publisher})` : ''}.`,
            sources: [source],
            author: '',
          },
        );
        dictionary.upsert(entity);
        changed();
        await deps.openEntity?.(entity.id, sender).catch((error: unknown) => {
          console.debug('Backstory could not open the popup:', error);
        });
        return { entityId: entity.id };
      },
    } satisfies Pick<
      HandlerTable,
      | 'kb.search'
      | 'entity.duplicates'
      | 'entity.merge'
      | 'entity.trash'
      | 'entity.restore'
      | 'note.get'
      | 'note.versions'
      | 'note.restore'
      | 'mention.list'
      | 'mention.delete'
      | 'selection.add'
    >;
  }

  async function run<K extends BackgroundRequestType>(
    type: K,
    payload: unknown,
    sender: RequestSender,
  ): Promise<Reply<BackgroundReplies[K]>> {
    const parsed = v.safeParse(BackgroundRequests[type], payload ?? {});
    if (!parsed.success) {
      return { ok: false, error: `Invalid ${type} request: ${describeIssues(parsed.issues).join('; ')}` };
    }
    const handler: Handler<K> = table[type];
    try {
      return { ok: true, value: await handler(parsed.output, sender) };
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  }

  const isRequestType = (type: string): type is BackgroundRequestType =>
    Object.hasOwn(BackgroundRequests, type);

  const fromContentScript = (sender: RequestSender) =>
    sender.tab !== undefined &&
    !(deps.extensionOrigin !== undefined && sender.url?.startsWith(deps.extensionOrigin) === true);

  /** Answers one message; `ownId` is `browser.runtime.id`. Never throws. */
  async function handle(message: unknown, sender: RequestSender, ownId: string): Promise<Reply<unknown>> {
    try {
      if (sender.id !== ownId)
        return { ok: false, error: 'Refused: the request does not come from Backstory.' };
      const envelope = v.safeParse(MessageEnvelopeSchema, message);
      if (!envelope.success) {
        return { ok: false, error: `Invalid request: ${describeIssues(envelope.issues).join('; ')}` };
      }
      const { to, type, payload } = envelope.output;
      if (to !== 'background') return { ok: false, error: `Not a request for the background (to: "${to}").` };
      if (!isRequestType(type)) return { ok: false, error: `Unknown request type "${type}".` };
      if (fromContentScript(sender) && !CONTENT_SCRIPT_REQUESTS.has(type)) {
        return { ok: false, error: `Refused: "${type}" cannot be requested from a web page.` };
      }
      return await run(type, payload, sender);
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  }

  /** Deletes for good what has been in the trash longer than the undo window. */
  const purgeExpiredTrash = (now = Date.now()) => purgeTrash(db, new Date(now - TRASH_UNDO_MS).toISOString());

  /** Forgets sightings older than `days` days. */
  const purgeOldMentions = async (days: number, now = Date.now()) => {
    const removed = await purgeMentions(db, new Date(now - days * 86_400_000).toISOString());
    if (removed > 0) changed();
    return removed;
  };

  return {
    handle,
    /** Runs a request from the background itself (context menu): trusted, still validated. */
    request: run,
    purgeExpiredTrash,
    purgeOldMentions,
    /** The current dictionary (replaced after imports). */
    dictionary: () => dictionary,
    /** Resolves once records written without search words have them (see indexWords). */
    indexed: () => indexing ?? Promise.resolve(),
  };
}
