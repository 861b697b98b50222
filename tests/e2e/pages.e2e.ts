// Backstory on real pages: every saved news page and the seed article, with the test knowledge
// base (tests/fixtures/e2e-pack.json) loaded. Each page is opened twice, in Chromium with the
// extension and in a plain Chromium without it, from the same defused HTML, and must
//   - throw and log nothing the plain run does not,
//   - keep its DOM (outside our host element) and every element's box exactly as in the plain run,
//     before and after a popover was opened and closed,
//   - highlight only names of the pack, and every pack name its story text uses,
//   - open the named entity's popover when the pointer rests on the first mention,
//   - answer the `mention.step` keyboard command with the focus ring, a focused popover that Tab
//     moves through, and Escape giving focus back to where it was.
//
// The popover lives in a closed shadow root, which neither the page nor Playwright's locators can
// enter. The browser's accessibility tree can: the popover is read through CDP
// (`Accessibility.queryAXTree` under our host element), as a screen reader would find it.
//
// The helpers are exported for reading.e2e.ts. No named helper is declared inside a function
// given to `page.evaluate` (see harness.ts: tsx would wrap it in a `__name` call the page lacks).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromiumArgs, findChromium, repoRoot } from '../../scripts/start-chromium.mjs';
import { isAmbiguousWord } from '../../utils/match/ambiguity';
import type { EntityType } from '../../utils/model';
import { parsePack } from '../../utils/pack-format';
import { assert, highlightCenter, launchExtension, tabIdOf, test, waitForHighlights } from './harness.ts';
import type { ExtensionBrowser } from './harness.ts';
import { startFixtureServer } from './server.ts';
import type { FixtureServer } from './server.ts';

// ── The test knowledge base ──────────────────────────────────────────────────────────────────

export const PACK_FILE = path.join(repoRoot, 'tests', 'fixtures', 'e2e-pack.json');

export interface PackEntity {
  name: string;
  type: EntityType;
  /** The name and every alias, as written. */
  names: string[];
}

export interface TestPack {
  entities: PackEntity[];
  noteCount: number;
}

export function readTestPack(): TestPack {
  const parsed = parsePack(readFileSync(PACK_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`${PACK_FILE} is not a valid pack:\n${parsed.errors.join('\n')}`);
  if (parsed.records.kind !== 'minimal') throw new Error(`${PACK_FILE} should be a minimal pack`);
  const { entities } = parsed.records;
  return {
    entities: entities.map((entity) => ({
      name: entity.name,
      type: entity.type,
      names: [entity.name, ...entity.aliases.map((alias) => alias.text)],
    })),
    noteCount: entities.reduce((sum, entity) => sum + entity.notes.length, 0),
  };
}

/** The parts of the `chrome` API an extension page is asked to call. */
interface ChromeInPage {
  chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };
}

/**
 * Starts Chromium with the extension and imports the test pack the way a user does: the options
 * page's "Import a pack" file input, then its status line. `enabledSites` switches sites on
 * (for pages that are not articles) by writing the setting from the options page.
 */
export async function launchWithPack(options: { enabledSites?: string[] } = {}): Promise<ExtensionBrowser> {
  const browser = await launchExtension();
  const pack = readTestPack();
  const optionsPage = await browser.openOptions();
  await optionsPage.getByLabel('Import a pack').setInputFiles(PACK_FILE);
  const status = optionsPage
    .getByRole('status')
    .filter({ hasText: /Imported|not imported/ })
    .first();
  await status.waitFor({ timeout: 15_000 });
  const said = (await status.innerText()).trim();
  const expected = `Imported ${pack.entities.length} entities and ${pack.noteCount} notes.`;
  assert(said === expected, `the options page says "${said}", expected "${expected}"`);
  if (options.enabledSites) {
    await optionsPage.evaluate(
      (sites) => (globalThis as unknown as ChromeInPage).chrome.storage.sync.set({ enabledSites: sites }),
      options.enabledSites,
    );
  }
  const errors = browser.pageErrors(optionsPage);
  assert(errors.length === 0, `the options page logged errors:\n${errors.join('\n')}`);
  await optionsPage.close();
  return browser;
}

/** A page of the extension browser, opened in front, with its tab id and its errors as they come. */
export async function openInFront(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; tabId: number; errors: PageError[] }> {
  const { page, errors } = await openRecorded(browser.context, url);
  await page.bringToFront();
  return { page, tabId: await tabIdOf(page), errors };
}

// ── Names and text ───────────────────────────────────────────────────────────────────────────

/** Apostrophes and hyphens as the matcher compares them, white space runs as one space. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/[\u2010\u2011]/gu, '-')
    .replace(/\s+/gu, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whether `phrase` occurs in `text` as whole words (not inside a longer word). */
export function containsWords(text: string, phrase: string): boolean {
  const pattern = escapeRegExp(normaliseText(phrase)).replace(/ /gu, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${pattern}(?![\\p{L}\\p{N}\\p{M}])`, 'u').test(
    normaliseText(text),
  );
}

/** A mention's text as a name: no possessive ending, folded for comparison. */
export function nameKey(text: string): string {
  return normaliseText(text).trim().replace(/'s?$/u, '').toLocaleLowerCase('en');
}

/**
 * The entities a highlighted text can stand for: one of their names or aliases, or a word of
 * a name of more than one word (a surname the page defined as a short form, `Mugabe` after
 * `Grace Mugabe`).
 */
export function entitiesNamed(pack: TestPack, text: string): PackEntity[] {
  const key = nameKey(text);
  const exact = pack.entities.filter((entity) => entity.names.some((name) => nameKey(name) === key));
  if (exact.length > 0) return exact;
  return pack.entities.filter((entity) =>
    entity.names.some((name) => name.includes(' ') && name.split(' ').some((word) => nameKey(word) === key)),
  );
}

// ── The popover, through the accessibility tree ─────────────────────────────────────────────

async function queryAX(cdp: CDPSession, objectId: string, role?: string) {
  return (await cdp.send('Accessibility.queryAXTree', { objectId, ...(role ? { role } : {}) })).nodes;
}
type AXNode = Awaited<ReturnType<typeof queryAX>>[number];

export interface PopoverState {
  /** The dialog's accessible name (the entity's name). */
  name: string;
  /** The dialog's DOM node, for its box. */
  backendNodeId: number | undefined;
  /** The focused node inside our host, if focus is there. */
  focused: { role: string; name: string } | null;
  /** Whether the dialog node itself has focus. */
  dialogFocused: boolean;
}

function isFocused(node: AXNode): boolean {
  return (
    node.properties?.some((property) => property.name === 'focused' && property.value.value === true) ?? false
  );
}

/** Reads our popover from the accessibility tree: null when none is open. */
export class PopoverProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<PopoverProbe> {
    return new PopoverProbe(page, await page.context().newCDPSession(page));
  }

  async state(): Promise<PopoverState | null> {
    const { result } = await this.cdp.send('Runtime.evaluate', {
      expression: 'document.querySelector("backstory-ui")',
      objectGroup: 'popover-probe',
    });
    try {
      if (!result.objectId) return null;
      const nodes = await queryAX(this.cdp, result.objectId);
      const dialog = nodes.find((node) => node.role?.value === 'dialog' && !node.ignored);
      if (!dialog) return null;
      const focused = nodes.find(isFocused);
      return {
        name: String(dialog.name?.value ?? ''),
        backendNodeId: dialog.backendDOMNodeId,
        focused: focused
          ? { role: String(focused.role?.value ?? ''), name: String(focused.name?.value ?? '') }
          : null,
        dialogFocused: focused === dialog,
      };
    } finally {
      await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'popover-probe' });
    }
  }

  /** Polls until the popover is open (and `accept`s it), or throws after `timeoutMs`. */
  async waitOpen(
    accept: (state: PopoverState) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<PopoverState> {
    const until = Date.now() + timeoutMs;
    let last: PopoverState | null = null;
    while (Date.now() < until) {
      last = await this.state();
      if (last && accept(last)) return last;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`No popover opened within ${timeoutMs} ms (last seen: ${JSON.stringify(last)})`);
  }

  /** Polls until no popover is open, or throws after `timeoutMs`. */
  async waitClosed(timeoutMs = 3_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (!(await this.state())) return;
      await this.page.waitForTimeout(50);
    }
    throw new Error(
      `The popover was still open after ${timeoutMs} ms: ${JSON.stringify(await this.state())}`,
    );
  }

  /** The open dialog's border box in viewport coordinates. */
  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    const state = await this.state();
    assert(state?.backendNodeId !== undefined, 'a popover is open');
    const { model } = await this.cdp.send('DOM.getBoxModel', { backendNodeId: state.backendNodeId });
    const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.border;
    return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

/** Sends `mention.step` to a tab exactly as the background's keyboard command handler does. */
export async function stepMention(
  browser: ExtensionBrowser,
  tabId: number,
  direction: 1 | -1,
): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    ({ tabId, direction }) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(tabId, { to: 'tab', type: 'mention.step', payload: { direction } }),
    { tabId, direction },
  );
}

// ── Highlights, as the page sees them ───────────────────────────────────────────────────────

export interface PaintedRange {
  style: string;
  text: string;
  /** Whether it lies in the page's story body. */
  inBody: boolean;
}

/** Every range of our highlights, in order, with whether it lies inside `bodySelector`. */
export async function paintedRanges(page: Page, bodySelector: string): Promise<PaintedRange[]> {
  return page.evaluate((selector) => {
    const bodies = [...document.querySelectorAll(selector)];
    const result: { style: string; text: string; inBody: boolean }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight) {
        result.push({
          style: name.slice('backstory-'.length),
          text: range instanceof Range ? range.toString() : '',
          inBody: bodies.some((body) => body.contains(range.startContainer)),
        });
      }
    }
    return result;
  }, bodySelector);
}

/** Elements whose text is never read as story text (as the extension's extractor skips them). */
const NOT_TEXT =
  'script, style, noscript, template, textarea, input, select, option, button, svg, math, canvas, ' +
  'iframe, object, embed, video, audio, head, title, [contenteditable]:not([contenteditable="false"]), ' +
  'backstory-ui';
/** Elements that end a run of text: a name never runs across their edges. */
const BLOCKS =
  'address, article, aside, blockquote, br, caption, dd, details, dialog, div, dl, dt, fieldset, ' +
  'figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hgroup, hr, li, main, nav, ol, ' +
  'p, pre, section, summary, table, tbody, td, tfoot, th, thead, tr, ul';

/** The visible text of the elements matching `bodySelector`, with a line break between blocks. */
export async function storyText(page: Page, bodySelector: string): Promise<string> {
  return page.evaluate(
    ({ selector, skipped, blocks }) => {
      const parts: string[] = [];
      const bodies = [...document.querySelectorAll(selector)].filter(
        (body, index, all) => !all.some((other, otherIndex) => otherIndex < index && other.contains(body)),
      );
      for (const body of bodies) {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let block: Element | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest(skipped) || !parent.checkVisibility({ visibilityProperty: true }))
            continue;
          const nextBlock = parent.closest(blocks);
          if (nextBlock !== block) parts.push('\n');
          block = nextBlock;
          parts.push((node as Text).data);
        }
        parts.push('\n');
      }
      return parts.join('');
    },
    { selector: bodySelector, skipped: NOT_TEXT, blocks: BLOCKS },
  );
}

// ── A plain Chromium, for comparison ───────────────────────────────────────────────────────

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium started exactly as the extension's, minus the extension: same flags and viewport. */
export async function launchPlainChromium(): Promise<PlainBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'backstory-plain-'));
  const args = chromiumArgs('/nonexistent', { headless: true }).filter(
    (arg) => !arg.startsWith('--load-extension=') && !arg.startsWith('--disable-extensions-except='),
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
  });
  let closed = false;
  return {
    context,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageError {
  text: string;
  /** Where it came from: a resource that failed to load, a page script, a `chrome-extension://` script. */
  url: string;
}

/** Records a page's console errors and uncaught exceptions. */
export function recordErrors(page: Page): PageError[] {
  const errors: PageError[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push({ text: `console.error: ${message.text()}`, url: message.location().url });
  });
  page.on('pageerror', (error) =>
    errors.push({ text: `uncaught: ${error.stack ?? error.message}`, url: '' }),
  );
  return errors;
}

/** Opens `url` in a new tab of `context`, recording its errors from the start. */
export async function openRecorded(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; errors: PageError[] }> {
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

// ── What the page looks like ────────────────────────────────────────────────────────────────

/** Scrolls through the page and back so lazy images load in both runs alike; waits for images. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo({ top: y, left: 0, behavior: 'instant' });
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    }
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  });
  await page
    .waitForFunction(() => [...document.images].every((image) => image.complete), null, { timeout: 5_000 })
    .catch(() => undefined);
  await page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))),
  );
}

export interface PageLook {
  /** `document.documentElement.outerHTML` with our host element taken out. */
  dom: string;
  /** One line per element in document order (at most 2,000), our host and its subtree left out. */
  boxes: string[];
  /** Adopted style sheets of the document, as CSS text. */
  adoptedSheets: string[];
}

/** The DOM, the element boxes (scrolled to the top) and the adopted sheets of a page. */
export async function lookOf(page: Page): Promise<PageLook> {
  return page.evaluate(() => {
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    const clone = document.documentElement.cloneNode(true) as Element;
    for (const host of clone.querySelectorAll('backstory-ui')) host.remove();
    const boxes: string[] = [];
    for (const element of [document.documentElement, ...document.documentElement.querySelectorAll('*')]) {
      if (boxes.length >= 2_000) break;
      if (element.closest('backstory-ui')) continue;
      const box = element.getBoundingClientRect();
      boxes.push(
        `${element.localName}${element.id ? `#${element.id}` : ''} ${Math.round(box.x)},${Math.round(box.y)} ` +
          `${Math.round(box.width)}×${Math.round(box.height)}`,
      );
    }
    const root = document.documentElement;
    boxes.push(`scroll size ${root.scrollWidth}×${root.scrollHeight}`);
    return {
      dom: clone.outerHTML,
      boxes,
      adoptedSheets: document.adoptedStyleSheets.map((sheet) =>
        [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
      ),
    };
  });
}

/** Where two serialisations first differ, with some context. */
function firstDifference(a: string, b: string): string {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  const from = Math.max(0, index - 120);
  return `at character ${index}:\n  plain:     …${a.slice(from, index + 120)}…\n  extension: …${b.slice(from, index + 120)}…`;
}

/** The box lines that differ, at most `limit` of them. */
function boxDifferences(plain: readonly string[], extension: readonly string[], limit = 8): string[] {
  const lines: string[] = [];
  const count = Math.max(plain.length, extension.length);
  for (let i = 0; i < count && lines.length < limit; i++) {
    if (plain[i] !== extension[i])
      lines.push(`  #${i}: ${plain[i] ?? '(none)'}  →  ${extension[i] ?? '(none)'}`);
  }
  return lines;
}

/** How the extension run's page differs from the plain run's: DOM, element boxes, adopted sheets. */
export function lookDifferences(plain: PageLook, extension: PageLook, when: string): string[] {
  const problems: string[] = [];
  if (plain.dom !== extension.dom) {
    problems.push(`${when}: the DOM differs from the plain run ${firstDifference(plain.dom, extension.dom)}`);
  }
  const boxes = boxDifferences(plain.boxes, extension.boxes);
  if (boxes.length > 0) {
    problems.push(
      `${when}: element boxes differ from the plain run (first ${boxes.length}):\n${boxes.join('\n')}`,
    );
  }
  if (plain.adoptedSheets.length > 0) problems.push(`${when}: the plain page adopts style sheets of its own`);
  for (const sheet of extension.adoptedSheets) {
    const rules = sheet.split('\n').filter((line) => /^\S.*\{/u.test(line));
    if (rules.length === 0 || !rules.every((rule) => rule.startsWith('::highlight(backstory-'))) {
      problems.push(`${when}: an adopted style sheet holds more than our ::highlight rules:\n${sheet}`);
    }
  }
  return problems;
}

/**
 * Errors of the extension run that the plain run did not have. A failed load of a resource the
 * page's own HTML names is the page's (a lazy image may load in one run and not the other,
 * depending on scrolling); anything else new counts, an error from our scripts above all.
 */
function newErrors(plain: readonly PageError[], extension: readonly PageError[], html: string): string[] {
  const seen = new Set(plain.map((error) => `${error.text} ${error.url}`));
  return extension
    .filter((error) => !seen.has(`${error.text} ${error.url}`))
    .filter((error) => {
      if (!error.text.startsWith('console.error: Failed to load resource') || !/^https?:/u.test(error.url))
        return true;
      const { pathname } = new URL(error.url);
      return !html.includes(pathname) && !html.includes(decodeURI(pathname));
    })
    .map((error) => `${error.text} (${error.url || 'no source'})`);
}

// ── The pages ───────────────────────────────────────────────────────────────────────────────

interface PageCase {
  /** A file of the shared saved pages, or the seed article. */
  file: string | 'seed';
  /** The story's text (one selector, possibly several elements): every pack name there is highlighted. */
  body: string;
  /** Sites to switch on first: for a page that does not look like an article. */
  enabledSites?: (server: FixtureServer) => string[];
}

const PAGE_CASES: readonly PageCase[] = [
  { file: 'seed', body: 'article' },
  { file: 'bbc-1.html', body: '.story-body' },
  { file: 'buzzfeed-1.html', body: '#buzz_sub_buzz' },
  { file: 'cnn.html', body: '#storycontent' },
  { file: 'guardian-1.html', body: '[itemprop="articleBody"]' },
  { file: 'heise.html', body: '.meldung_wrapper' },
  { file: 'herald-sun-1.html', body: '.story-body' },
  { file: 'lemonde-1.html', body: '[itemprop="articleBody"]' },
  { file: 'nytimes-1.html', body: '.story-body-text' },
  { file: 'nytimes-2.html', body: '.story-body-text' },
  { file: 'seattletimes-1.html', body: '#article-content' },
  { file: 'telegraph.html', body: '[itemprop="articleBody"]' },
  { file: 'theverge.html', body: '.duet--article--article-body-component' },
  { file: 'wapo-1.html', body: '#article-body' },
  // Wikipedia's article is no news article: no Article JSON-LD, og:type or <article>, so
  // Backstory stays off until the site is switched on, as a user would from the popup.
  { file: 'wikipedia.html', body: '#mw-content-text', enabledSites: () => ['127.0.0.1'] },
  { file: 'yahoo-1.html', body: 'article' },
];

/**
 * Runs every check on one page. A failed check is noted and the others still run (a missed
 * name should not hide a broken popover); the test fails at the end with all of them.
 */
async function checkPage(entry: PageCase): Promise<void> {
  const pack = readTestPack();
  const problems: string[] = [];
  const check = (condition: boolean, message: string) => {
    if (!condition) problems.push(message);
  };
  const server = await startFixtureServer();
  const plain = await launchPlainChromium();
  try {
    const url = entry.file === 'seed' ? server.seedArticleUrl : server.pageUrl(entry.file);
    const browser = await launchWithPack({ enabledSites: entry.enabledSites?.(server) });

    // The plain run: the same page without the extension.
    const plainRun = await openRecorded(plain.context, url);
    await settle(plainRun.page);
    const plainLook = await lookOf(plainRun.page);

    // 2, 3. The extension run, once the highlights are painted: same DOM, same boxes.
    const { page, tabId, errors } = await openInFront(browser, url);
    await waitForHighlights(page, { timeoutMs: 15_000 });
    await settle(page);
    problems.push(...lookDifferences(plainLook, await lookOf(page), 'with highlights painted'));

    // 4. Highlights match the knowledge base.
    const painted = await paintedRanges(page, entry.body);
    const text = await storyText(page, entry.body);
    assert(
      text.trim().length > 300,
      `the story body ${entry.body} holds the story (${text.trim().length} characters)`,
    );
    // Known names are painted by type; a suggestion is a name the pack does not have.
    const unknown = painted.filter(
      (range) =>
        (range.style === 'person' || range.style === 'organization') &&
        !entitiesNamed(pack, range.text).some((entity) => entity.type === range.style),
    );
    check(
      unknown.length === 0,
      `highlights that are no name of the pack (of their type): ${unknown.map((range) => `${range.style} "${range.text}"`).join(', ')}`,
    );
    const knownNames = new Set(pack.entities.flatMap((entity) => entity.names.map(nameKey)));
    const suggestedKnown = painted.filter(
      (range) => range.style === 'suggestion' && knownNames.has(nameKey(range.text)),
    );
    check(
      suggestedKnown.length === 0,
      `names of the pack painted as suggestions: ${suggestedKnown.map((range) => `"${range.text}"`).join(', ')}`,
    );
    const inBody = painted.filter(
      (range) => range.inBody && (range.style === 'person' || range.style === 'organization'),
    );
    const missed: string[] = [];
    for (const entity of pack.entities) {
      const longNameUsed = entity.names.some((name) => name.includes(' ') && containsWords(text, name));
      for (const name of entity.names) {
        if (!containsWords(text, name)) continue;
        // A one-word alias that is an ordinary word counts only beside the entity's full name.
        if (!name.includes(' ') && isAmbiguousWord(name, false) && !longNameUsed) continue;
        if (!inBody.some((range) => containsWords(range.text, name))) missed.push(`${name} (${entity.name})`);
      }
    }
    check(missed.length === 0, `names in the story that are not highlighted: ${missed.join(', ')}`);
    assert(painted.length > 0, 'something is highlighted');

    // 5. Resting the pointer on the first mention opens its entity's popover.
    const probe = await PopoverProbe.attach(page);
    const style = painted.some((range) => range.style === 'person') ? 'person' : 'organization';
    const first = painted.find((range) => range.style === style);
    assert(first, 'a first mention');
    const point = await highlightCenter(page, `backstory-${style}`, first.text);
    assert(point, `the first ${style} mention "${first.text}" has a box`);
    await page.mouse.move(point.x, point.y);
    const names = entitiesNamed(pack, first.text).map((entity) => entity.name);
    const opened = await probe.waitOpen();
    check(
      names.includes(opened.name),
      `hovering "${first.text}" opened "${opened.name}", expected ${names.join(' or ')}`,
    );
    problems.push(...lookDifferences(plainLook, await lookOf(page), 'with the popover open'));
    // Away from any text, the popover closes.
    await page.mouse.move(1, 1);
    await probe.waitClosed();
    await settle(page);
    problems.push(
      ...lookDifferences(plainLook, await lookOf(page), 'after the popover was opened and closed'),
    );

    // 6. The keyboard command: focus ring, focused popover, Tab inside it, Escape gives focus back.
    await checkKeyboard(page, browser, tabId, probe, pack);
    await probe.detach();

    // 1. Nothing in the console that the plain run did not have.
    const html = await (await fetch(url)).text();
    const added = newErrors(plainRun.errors, errors, html);
    check(added.length === 0, `errors the plain run did not have:\n${added.join('\n')}`);
  } catch (error) {
    problems.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    await plain.close();
    await server.close();
  }
  assert(problems.length === 0, `${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
}

async function checkKeyboard(
  page: Page,
  browser: ExtensionBrowser,
  tabId: number,
  probe: PopoverProbe,
  pack: TestPack,
): Promise<void> {
  // Focus a visible link of the page: Escape must bring focus back to it.
  const linkIndex = await page.evaluate(() => {
    const links = [...document.querySelectorAll('a[href]')];
    for (let index = 0; index < links.length; index++) {
      const link = links[index];
      if (!(link instanceof HTMLElement) || !link.checkVisibility({ visibilityProperty: true })) continue;
      if (link.getClientRects().length === 0) continue;
      link.focus();
      if (document.activeElement === link) return index;
    }
    return -1;
  });
  const focusOn = await page.evaluate(() => document.activeElement?.localName ?? null);

  const reply = await stepMention(browser, tabId, 1);
  assert(
    typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === true,
    `mention.step answered ${JSON.stringify(reply)}`,
  );
  const ring = await page.evaluate(() => {
    const focus = CSS.highlights.get('backstory-focus');
    const ranges = focus ? [...focus] : [];
    const [range] = ranges;
    if (!(range instanceof Range)) return { count: ranges.length, text: '', style: null };
    let style: string | null = null;
    for (const name of ['backstory-person', 'backstory-organization', 'backstory-suggestion']) {
      for (const mention of CSS.highlights.get(name) ?? []) {
        if (
          mention instanceof Range &&
          mention.compareBoundaryPoints(Range.START_TO_START, range) === 0 &&
          mention.compareBoundaryPoints(Range.END_TO_END, range) === 0
        )
          style = name;
      }
    }
    return { count: ranges.length, text: range.toString(), style };
  });
  assert(
    ring.count === 1 && ring.style !== null,
    `the focus ring holds one painted mention: ${JSON.stringify(ring)}`,
  );
  // A known mention's popover is named by its entity; a suggestion's by the suggested name, of
  // which the mention may be a part (`Zusatzfelder` of `Zahl der Zusatzfelder`).
  const names =
    ring.style === 'backstory-suggestion' ? [] : entitiesNamed(pack, ring.text).map((entity) => entity.name);
  const opened = await probe.waitOpen((state) => state.focused !== null);
  assert(
    ring.style === 'backstory-suggestion'
      ? containsWords(opened.name, ring.text.replace(/['\u2019]s?$/u, '')) ||
          containsWords(ring.text, opened.name)
      : names.includes(opened.name),
    `the keyboard opened "${opened.name}" for the ${ring.style} "${ring.text}"${names.length > 0 ? `, expected ${names.join(' or ')}` : ''}`,
  );
  assert(opened.dialogFocused, `focus is on the popover, not on ${JSON.stringify(opened.focused)}`);
  const active = await page.evaluate(() => document.activeElement?.localName ?? null);
  assert(active === 'backstory-ui', `the page sees focus on our host, not on ${active}`);

  // Tab moves through the popover's controls, Shift+Tab back.
  await page.keyboard.press('Tab');
  const firstControl = await probe.waitOpen((state) => state.focused !== null && !state.dialogFocused);
  // The accessibility tree follows focus a moment later: wait for the change.
  const focusKey = (state: PopoverState) => JSON.stringify(state.focused);
  await page.keyboard.press('Tab');
  const secondControl = await probe
    .waitOpen((state) => state.focused !== null && focusKey(state) !== focusKey(firstControl), 2_000)
    .catch(() => firstControl);
  for (const control of [firstControl, secondControl]) {
    assert(
      control.focused && ['button', 'link'].includes(control.focused.role),
      `Tab reached a control of the popover, not ${JSON.stringify(control.focused)}`,
    );
  }
  assert(
    JSON.stringify(firstControl.focused) !== JSON.stringify(secondControl.focused),
    `a second Tab moved on from ${JSON.stringify(firstControl.focused)}`,
  );
  await page.keyboard.press('Shift+Tab');
  const back = await probe
    .waitOpen((state) => focusKey(state) === focusKey(firstControl), 2_000)
    .catch(() => secondControl);
  assert(
    JSON.stringify(back.focused) === JSON.stringify(firstControl.focused),
    `Shift+Tab went back to ${JSON.stringify(firstControl.focused)}, not ${JSON.stringify(back.focused)}`,
  );

  // Escape closes it, clears the ring and gives focus back.
  await page.keyboard.press('Escape');
  await probe.waitClosed();
  const after = await page.evaluate(
    (index) => ({
      restored: index === -1 ? null : document.activeElement === document.querySelectorAll('a[href]')[index],
      active: document.activeElement?.localName ?? null,
      ring: CSS.highlights.get('backstory-focus')?.size ?? 0,
    }),
    linkIndex,
  );
  if (linkIndex === -1) {
    assert(after.active === focusOn, `focus went back to ${focusOn}, not ${after.active}`);
  } else {
    assert(after.restored === true, `Escape gave focus back to the page's link, not to ${after.active}`);
  }
  assert(after.ring === 0, 'Escape removed the focus ring');
}

for (const entry of PAGE_CASES) {
  const label = entry.file === 'seed' ? 'the seed article' : entry.file;
  test(`on ${label}: same DOM, layout and errors as without Backstory; the pack's names highlighted; popover by pointer and keyboard`, () =>
    checkPage(entry));
}
