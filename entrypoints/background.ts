// Background: owns the knowledge base (IndexedDB) and the compiled matcher, and answers the
// typed requests of content scripts, the popup and the options page.
//
// Matching runs here, not in the tab: a content script cannot open our IndexedDB, and copying
// the compiled dictionary into every tab would cost memory per tab, while a page's visible text
// is small (median about 8 KB in our fixture pages) and one message round trip is cheap.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listEntities, openBackstoryDb } from '../utils/db';
import { createHandlers } from '../utils/handlers';
import { Dictionary } from '../utils/match';
import type { BackgroundReplies, Broadcast, TabMessage } from '../utils/protocol';
import { pendingEntity } from '../utils/settings';

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

  const handlers = (async () => {
    const db = await openBackstoryDb();
    const dictionary = Dictionary.fromEntities(await listEntities(db));
    return createHandlers({
      db,
      dictionary,
      broadcast: () => void broadcast(),
      extensionOrigin: browser.runtime.getURL('/'),
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
      openEntity: async (id, sender) => {
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

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!message || typeof message !== 'object' || (message as { to?: unknown }).to !== 'background') {
      return undefined;
    }
    return handlers.then(async (handler) => {
      const reply = await handler.handle(message, sender, browser.runtime.id);
      const tabId = sender.tab?.id;
      if (reply.ok && tabId !== undefined && (message as { type?: unknown }).type === 'page.scan') {
        await showEntityCount(tabId, reply.value as BackgroundReplies['page.scan']);
      }
      return reply;
    });
  });

  // The toolbar badge: how many known entities the tab mentions.
  const showEntityCount = async (tabId: number, scan: BackgroundReplies['page.scan']) => {
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
});
