// What an end-to-end test needs: `test()` to register it, Chromium with the built extension
// loaded, the extension's pages, and a look at the CSS highlights on a page.
//
// The popup is opened as an ordinary tab (`chrome-extension://ID/popup.html`), so "the active
// tab" would be the popup itself. The popup therefore accepts `?tab=<tabId>` and, when it is
// there, shows that tab instead of the active one; `openPopup(context, id, page)` uses it.
//
// A function given to `page.evaluate` must not declare a named helper inside it (`const f =
// () => …`): tsx rewrites such functions to call a `__name` helper that the page does not have.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromiumWithExtension } from '../../scripts/start-chromium.mjs';

// ── Registering tests ────────────────────────────────────────────────────────────────────────

export type TestFn = () => Promise<void> | void;

export interface RegisteredTest {
  name: string;
  fn: TestFn;
  /** The `*.e2e.ts` file that registered it. */
  file: string;
}

const tests: RegisteredTest[] = [];
let currentFile = '';

/** Registers an end-to-end test; the runner runs them one after another, in file order. */
export function test(name: string, fn: TestFn): void {
  if (tests.some((existing) => existing.name === name)) throw new Error(`Duplicate test name: ${name}`);
  tests.push({ name, fn, file: currentFile });
}

/** For the runner: which file is being loaded, and what was registered. */
export function setLoadingFile(file: string): void {
  currentFile = file;
}
export function registeredTests(): readonly RegisteredTest[] {
  return tests;
}

/** Thrown by `skip()`: the runner reports the test as skipped, with the reason. */
export class SkipTest extends Error {
  override name = 'SkipTest';
}

/** Ends the current test as skipped, for what this build does not have yet. */
export function skip(reason: string): never {
  throw new SkipTest(reason);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

// ── The browser with the extension ───────────────────────────────────────────────────────────

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker (evaluate `chrome.*` calls in it). */
  serviceWorker: Worker;
  /** Absolute directory of the extension that was loaded. */
  extensionDir: string;
  /** `chrome-extension://ID/` + path. */
  extensionUrl(path: string): string;
  /** Console errors and uncaught exceptions of a page of this context, in order. */
  pageErrors(page: Page): string[];
  /** Opens a new tab at `url` and waits for its load event. */
  openPage(url: string): Promise<Page>;
  openOptions(): Promise<Page>;
  openPopup(target?: Page | string | number): Promise<Page>;
  /** Closes the browser and deletes its profile; safe to call twice. */
  close(): Promise<void>;
}

const open = new Set<ExtensionBrowser>();
const errorsByPage = new WeakMap<Page, string[]>();

function watchErrors(page: Page): void {
  if (errorsByPage.has(page)) return;
  const errors: string[] = [];
  errorsByPage.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
}

/** Console errors and uncaught exceptions seen on a page opened in a harness browser. */
export function pageErrors(page: Page): string[] {
  return errorsByPage.get(page) ?? [];
}

/** Fails, listing them, if a page opened in a harness browser logged errors or threw. */
export function assertNoPageErrors(page: Page): void {
  const errors = pageErrors(page);
  assert(errors.length === 0, `page errors: ${errors.join('\n')}`);
}

/**
 * Starts Debian's Chromium (or $CHROMIUM_PATH) headless with `.output/chrome-mv3` loaded in a
 * fresh profile. Needs `npm run build` first. The runner closes it after each test anyway.
 */
export async function launchExtension(options: { extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const launched = await launchChromiumWithExtension({ headless: true, extensionDir: options.extensionDir });
  const { context, extensionId } = launched;
  for (const page of context.pages()) watchErrors(page);
  context.on('page', watchErrors);

  const browser: ExtensionBrowser = {
    context,
    extensionId,
    serviceWorker: launched.serviceWorker,
    extensionDir: launched.extensionDir,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    pageErrors,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openOptions: () => openOptions(context, extensionId),
    openPopup: (target) => openPopup(context, extensionId, target),
    async close() {
      open.delete(browser);
      await launched.close();
    },
  };
  open.add(browser);
  return browser;
}

/** For the runner: closes every browser a test left open. */
export async function closeAllBrowsers(): Promise<void> {
  await Promise.all([...open].map((browser) => browser.close()));
}

// ── Extension pages and tabs ─────────────────────────────────────────────────────────────────

/** The parts of the `chrome` API the tests call inside the service worker. */
interface ChromeInWorker {
  chrome: {
    runtime: { getManifest(): ExtensionManifest };
    tabs: { query(query: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> };
  };
}

export interface ExtensionManifest {
  manifest_version: number;
  name: string;
  version: string;
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  content_scripts?: { matches?: string[]; js?: string[] }[];
  permissions?: string[];
  host_permissions?: string[];
}

function extensionWorker(context: BrowserContext, extensionId: string): Worker {
  const worker = context
    .serviceWorkers()
    .find((sw) => sw.url().startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error(`The service worker of extension ${extensionId} is not running`);
  return worker;
}

/** The manifest of the loaded extension, as Chromium read it. */
export async function extensionManifest(
  context: BrowserContext,
  extensionId: string,
): Promise<ExtensionManifest> {
  return extensionWorker(context, extensionId).evaluate(() =>
    (globalThis as unknown as ChromeInWorker).chrome.runtime.getManifest(),
  );
}

async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  watchErrors(page);
  await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
  return page;
}

/** Opens the options page (the manifest's, else `options.html`) in a new tab. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const manifest = await extensionManifest(context, extensionId);
  return openExtensionPage(
    context,
    extensionId,
    manifest.options_ui?.page ?? manifest.options_page ?? 'options.html',
  );
}

/**
 * Opens the popup (the manifest's, else `popup.html`) in a new tab. With a target (a page, a
 * page URL or a tab id) it adds `?tab=<tabId>` so the popup shows that tab.
 */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  target?: Page | string | number,
): Promise<Page> {
  const manifest = await extensionManifest(context, extensionId);
  let path = manifest.action?.default_popup ?? 'popup.html';
  if (target !== undefined) {
    const tabId =
      typeof target === 'number'
        ? target
        : typeof target === 'string'
          ? await tabIdOfUrl(context, target)
          : await tabIdOf(target);
    path += `${path.includes('?') ? '&' : '?'}tab=${tabId}`;
  }
  return openExtensionPage(context, extensionId, path);
}

async function tabIdOfUrl(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('No extension service worker to ask for tab ids');
  const tabs = await worker.evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.tabs.query({}));
  const matching = tabs.filter((tab) => (tab.url ?? tab.pendingUrl) === url);
  const [only] = matching;
  if (matching.length !== 1 || only?.id === undefined) {
    throw new Error(`Expected one tab at ${url}, found ${matching.length}`);
  }
  return only.id;
}

/** The Chromium tab id of a page, found through the extension's service worker by the page's URL. */
export async function tabIdOf(page: Page): Promise<number> {
  return tabIdOfUrl(page.context(), page.url());
}

// ── Highlights on a page ─────────────────────────────────────────────────────────────────────
// The page's `CSS.highlights` is the same registry the content script fills (one per document),
// so it can be read from the page's main world.

/** Highlight name → the text of each of its ranges, in registry order. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      result[name] = [...highlight].map((range) => range.toString());
    }
    return result;
  });
}

/** Waits until some highlight has at least `minRanges` ranges (default 1). */
export async function waitForHighlights(
  page: Page,
  options: { name?: string; minRanges?: number; timeoutMs?: number } = {},
) {
  await page.waitForFunction(
    ({ name, minRanges }) => {
      const highlights = name === undefined ? [...CSS.highlights.values()] : [CSS.highlights.get(name)];
      return highlights.reduce((sum, highlight) => sum + (highlight?.size ?? 0), 0) >= minRanges;
    },
    { name: options.name, minRanges: options.minRanges ?? 1 },
    { timeout: options.timeoutMs ?? 10_000, polling: 100 },
  );
}

/** The viewport centre of the first range of a highlight whose text is `text` (or of any). */
export async function highlightCenter(
  page: Page,
  name: string,
  text?: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ name, text }) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return null;
      for (const abstractRange of highlight) {
        if (!(abstractRange instanceof Range)) continue;
        if (text !== undefined && abstractRange.toString() !== text) continue;
        abstractRange.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = abstractRange.getClientRects()[0] ?? abstractRange.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    { name, text },
  );
}
