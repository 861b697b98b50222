// Background: owns the knowledge base (IndexedDB) and the compiled matcher, and answers the
// typed requests of content scripts, the popup and the options page.
//
// Matching runs here, not in the tab, for every knowledge-base size. Measured by `npm run
// bench` (2 cores): sending a page's text here and the mentions back costs 0.3 ms for 8 KB
// (the median fixture page) and 6 ms for 100 KB, while copying 500,000 entities' aliases into a
// tab and compiling them there costs about 2 s and 80 MB per tab. A content script also cannot
// open our IndexedDB.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listEntities, openBackstoryDb } from '../utils/db';
import { createHandlers } from '../utils/handlers';
import { Dictionary } from '../utils/match';
import type { BackgroundReplies, Broadcast, TabMessage } from '../utils/protocol';
import { TRASH_UNDO_MS } from '../utils/protocol';
import { EXPORT_PORT, serveExportPort } from '../utils/export/port';
import { IMPORT_PORT, serveImportPort } from '../utils/import/port';
import { clearStagedFiles } from '../utils/import/transfer';
import { scheduleSubscriptionRefresh } from '../utils/subscriptions';
import {
  mentionRetentionDays,
  pendingEntity,
  pendingNote,
  recordMentions,
  retentionDays,
  searchIndexPending,
  singleWordNeedsFullName,
} from '../utils/settings';
import type { EntitySummary } from '../utils/model';
import { askTab } from '../utils/messaging';
import type { MenuItem } from '../utils/context-menu';
import {
  fixedMenuItems,
  MENU_ADD_NOTE,
  menuAction,
  noteSubmenu,
  selectionRequest,
} from '../utils/context-menu';

const TRASH_ALARM = 'backstory-trash-purge';

/** A request the background makes of its own handlers (data reloads, subscription refreshes). */
type SelfRequest = 'data.reload' | 'subscription.refresh';
const MENTIONS_ALARM = 'backstory-mentions-purge';

export default defineBackground(() => {
  const broadcast = async () => {
    const message: Broadcast = { to: 'all', type: 'kb.changed' };
    // Extension pages (popup, options) and then every tab; most tabs have no listener.
    await browser.runtime.sendMessage(message).catch(() => undefined);
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
      ),
    );
  };

  // One database for the handlers and the export and import ports (served while it opens).
  const dbReady = openBackstoryDb();
  // Import files a page staged and never handed over (closed half-way) are removed.
  void dbReady.then(clearStagedFiles).catch((error: unknown) => {
    console.warn('Backstory: could not clear staged import files:', error);
  });
  const handlers = (async () => {
    const db = await dbReady;
    const dictionary = Dictionary.fromEntities(await listEntities(db));
    return createHandlers({
      db,
      dictionary,
      broadcast: () => void broadcast(),
      extensionOrigin: browser.runtime.getURL('/'),
      singleWordNeedsFullName: () => singleWordNeedsFullName.getValue(),
      loadSuggester: async (sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('Suggestions load only into a tab.');
        const frameId = sender.frameId ?? 0;
        // Chrome (Manifest V3) has `scripting`; Firefox's Manifest V2 build has tabs.executeScript.
        if (browser.scripting) {
          await browser.scripting.executeScript({
            target: { tabId, frameIds: [frameId] },
            files: ['/suggest.js'],
          });
        } else {
          await browser.tabs.executeScript(tabId, { file: '/suggest.js', frameId });
        }
      },
      recordMentions: async () => (await recordMentions.getValue()) !== false,
      searchIndexPending,
      trashed: () => {
        // The worker may be stopped before the timer fires: the alarm (and start-up) catch up.
        setTimeout(() => void purgeTrash(), TRASH_UNDO_MS + 500);
        void browser.alarms?.create(TRASH_ALARM, { delayInMinutes: 1 });
      },
      openEntity: async (id, sender, prefill) => {
        if (prefill) await pendingNote.setValue({ entityId: id, source: prefill, at: Date.now() });
        await pendingEntity.setValue({ id, at: Date.now() });
        // Chrome opens the toolbar popup on request; elsewhere the popup opens as a small window.
        const action = browser.action ?? browser.browserAction;
        try {
          await action.openPopup();
          return;
        } catch {
          const tab = sender.tab?.id === undefined ? '' : `&tab=${sender.tab.id}`;
          await browser.windows.create({
            url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(id)}${tab}`),
            type: 'popup',
            width: 440,
            height: 640,
          });
        }
      },
    });
  })();

  // ── Deleting with undo, and how long sightings are kept ─────────────────────────────────────
  const purgeTrash = async () => {
    const handler = await handlers;
    await handler.purgeExpiredTrash().catch((error: unknown) => {
      console.warn('Backstory: could not empty the trash:', error);
    });
  };
  const purgeMentions = async () => {
    const handler = await handlers;
    const days = retentionDays(await mentionRetentionDays.getValue());
    await handler.purgeOldMentions(days).catch((error: unknown) => {
      console.warn('Backstory: could not forget old sightings:', error);
    });
  };
  void purgeTrash();
  void purgeMentions();
  if (browser.alarms) {
    void browser.alarms.get(MENTIONS_ALARM).then((alarm) => {
      if (!alarm) void browser.alarms.create(MENTIONS_ALARM, { periodInMinutes: 24 * 60 });
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === TRASH_ALARM) void purgeTrash();
      if (alarm.name === MENTIONS_ALARM) void purgeMentions();
    });
  }
  recordMentions.watch((on) => {
    if (on === false) void purgeMentions();
  });

  // ── Context menu on selected text ───────────────────────────────────────────────────────────
  // Items are created on install; the "Add note to …" submenu follows the tab in front: it is
  // rebuilt when that tab's page is scanned, when another tab comes to the front and, in
  // Firefox, when the menu is shown.
  const pageEntities = new Map<number, EntitySummary[]>();
  let submenuIds: string[] = [];
  let submenuTab: number | undefined;
  const menus = browser.contextMenus;

  const createItem = (item: MenuItem) =>
    new Promise<void>((resolve) => {
      menus.create({ ...item, contexts: ['selection'] }, () => {
        // Reading lastError marks it handled; an item that already exists gets the new title.
        if (browser.runtime.lastError)
          void menus.update(item.id, { title: item.title }).catch(() => undefined);
        resolve();
      });
    });

  // A worker that was stopped and started again does not know which submenu items exist, so
  // its first rebuild starts from an empty menu. Rebuilds run one after another.
  let built = false;
  let rebuilding = Promise.resolve();
  const rebuildSubmenu = async (tabId: number | undefined) => {
    submenuTab = tabId;
    if (!built) {
      built = true;
      await menus.removeAll();
      submenuIds = [];
      for (const item of fixedMenuItems()) await createItem(item);
    }
    const items = noteSubmenu(tabId === undefined ? [] : (pageEntities.get(tabId) ?? []));
    await Promise.all(submenuIds.map((id) => menus.remove(id).catch(() => undefined)));
    submenuIds = items.map((item) => item.id);
    for (const item of items) await createItem(item);
  };
  const showSubmenu = (tabId: number | undefined): Promise<void> => {
    if (!menus) return Promise.resolve();
    rebuilding = rebuilding
      .then(() => rebuildSubmenu(tabId))
      .catch((error: unknown) => {
        console.debug('Backstory could not update the context menu:', error);
      });
    return rebuilding;
  };

  if (menus) {
    browser.runtime.onInstalled.addListener(() => {
      built = false;
      void showSubmenu(undefined);
    });
    browser.tabs.onActivated.addListener(({ tabId }) => void showSubmenu(tabId));
    browser.tabs.onRemoved.addListener((tabId) => pageEntities.delete(tabId));
    // Firefox only: the menu is about to open; refresh() redraws it while open.
    const shown = (
      menus as { onShown?: { addListener(cb: (info: unknown, tab?: { id?: number }) => void): void } }
    ).onShown;
    shown?.addListener((_info, tab) => {
      void showSubmenu(tab?.id).then(() =>
        (menus as { refresh?: () => Promise<void> }).refresh?.().catch(() => undefined),
      );
    });
    menus.onClicked.addListener((info, tab) => {
      const action = menuAction(info.menuItemId);
      if (!action || info.menuItemId === MENU_ADD_NOTE) return;
      void addFromSelection(action, info.selectionText ?? '', tab);
    });
  }

  /** The context menu's action: the same `selection.add` request extension pages can send. */
  const addFromSelection = async (
    action: NonNullable<ReturnType<typeof menuAction>>,
    selectionText: string,
    tab: { id?: number; url?: string; title?: string } | undefined,
  ) => {
    // The content script knows the page's metadata and the selection as the reader sees it.
    const page = tab?.id === undefined ? null : await askTab(tab.id, 'page.selection').catch(() => null);
    const source = page?.source ?? { url: tab?.url ?? '', title: tab?.title };
    const selection = page?.selection || selectionText;
    const handler = await handlers;
    const reply = await handler.request('selection.add', selectionRequest(action, selection, source), {
      id: browser.runtime.id,
      tab: tab?.id === undefined ? undefined : { id: tab.id },
    });
    if (!reply.ok) console.warn('Backstory could not add the selection:', reply.error);
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!message || typeof message !== 'object' || (message as { to?: unknown }).to !== 'background') {
      return undefined;
    }
    return handlers.then(async (handler) => {
      const reply = await handler.handle(message, sender, browser.runtime.id);
      const tabId = sender.tab?.id;
      // The badge counts the top frame's entities; frames inside it report to their own popover.
      const topFrame = (sender.frameId ?? 0) === 0;
      if (
        reply.ok &&
        tabId !== undefined &&
        topFrame &&
        (message as { type?: unknown }).type === 'page.scan'
      ) {
        await showEntityCount(tabId, reply.value as BackgroundReplies['page.scan']);
      }
      return reply;
    });
  });

  // The toolbar badge: how many known entities the tab mentions.
  const showEntityCount = async (tabId: number, scan: BackgroundReplies['page.scan']) => {
    pageEntities.set(tabId, scan.entities);
    if (submenuTab === tabId || submenuTab === undefined) {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      if (active?.id === tabId) void showSubmenu(tabId);
    }
    const count = new Set(scan.mentions.map((mention) => mention.entityId)).size;
    // Firefox's build is Manifest V2, where the toolbar button is `browserAction`.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeBackgroundColor({ tabId, color: '#5b3fd6' }).catch(() => undefined);
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
  };

  // Keyboard commands (configurable in the browser's shortcut settings) go to the active tab.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'next-mention' && command !== 'previous-mention') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      const message: TabMessage = {
        to: 'tab',
        type: 'mention.step',
        payload: { direction: command === 'next-mention' ? 1 : -1 },
      };
      return browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    });
  });

  // The one-word-name rule changes what pages show: have every tab read itself again.
  singleWordNeedsFullName.watch(() => void broadcast());

  // Streamed exports and imports of the options page and popup (utils/export, utils/import).
  const owner = { ownId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const askSelf = (type: SelfRequest) =>
    handlers.then((handler) =>
      handler.handle({ to: 'background', type, payload: {} }, { id: browser.runtime.id }, browser.runtime.id),
    );
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === EXPORT_PORT) serveExportPort(port, dbReady, owner);
    else if (port.name === IMPORT_PORT) {
      // The import is reported done once the dictionary has its records (highlights work).
      serveImportPort(port, {
        db: dbReady,
        owner,
        onChanged: async () => {
          await askSelf('data.reload');
        },
      });
    }
  });
  // Subscribed packs are refreshed daily (and on demand from the options page).
  void scheduleSubscriptionRefresh(() => askSelf('subscription.refresh'));
});
