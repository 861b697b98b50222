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
import type { Broadcast } from '../utils/protocol';

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
    return createHandlers({ db, dictionary, broadcast: () => void broadcast() });
  })();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!message || typeof message !== 'object' || (message as { to?: unknown }).to !== 'background') {
      return undefined;
    }
    return handlers.then((handler) => handler.handle(message, sender, browser.runtime.id));
  });
});
