// Screenshots for the docs, from the extension already built in .output/chrome-mv3 (this script
// builds nothing: run `npm run build` first). Serves the demo article from 127.0.0.1 as
// `npm start` does, loads the demo pack from the options page, rests the pointer on a person's
// name and photographs the popover on a light and on a dark page, then the popup (as a tab, on the
// article's tab) and the options page. Writes docs/screenshots/*.png.
//   node scripts/screenshots.mjs [--extension-dir DIR]   (default .output/chrome-mv3)
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromiumWithExtension, repoRoot } from './start-chromium.mjs';
import { startStaticServer } from './start-server.mjs';

const outDir = path.join(repoRoot, 'docs', 'screenshots');
const dirFlag = process.argv.indexOf('--extension-dir');
const extensionDir = dirFlag === -1 ? undefined : process.argv[dirFlag + 1];
const WAIT_MS = 15_000;

/**
 * The demo article has no dark style of its own. The popover follows the page's colours, so for
 * the dark picture the article is served with this small `prefers-color-scheme: dark` rule and
 * the browser asked for dark: the page turns dark, and the popover with it.
 */
const DARK_ARTICLE_CSS = `<style>
  @media (prefers-color-scheme: dark) {
    body { background: #16181c; color: #e3e3de; }
    header.site, footer.site, .byline { border-color: #3a3d44; }
    .standfirst, .byline, figure, footer.site { color: #b4b4ad; }
    .demo-note { background: #1f2733; border-left-color: #6b8bb3; }
    a { color: #8ab4f8; }
  }
</style>`;

/** @param {string} message */
function step(message) {
  console.log(`▶ ${message}`);
}

/**
 * Polls the accessibility tree, which sees into the popover's closed shadow root, for our dialog.
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<{ name: string, box: { x: number, y: number, width: number, height: number } } | null>}
 */
async function popover(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: 'document.querySelector("backstory-ui")',
    objectGroup: 'screenshots',
  });
  try {
    if (!result.objectId) return null;
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      objectId: result.objectId,
      role: 'dialog',
    });
    const dialog = nodes.find((node) => !node.ignored);
    if (!dialog?.backendDOMNodeId) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: dialog.backendDOMNodeId });
    const [x1, y1, x2, , , y3] = model.border;
    return { name: String(dialog.name?.value ?? ''), box: { x: x1, y: y1, width: x2 - x1, height: y3 - y1 } };
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'screenshots' });
  }
}

/**
 * Waits for the popover to open and returns its name and box.
 * @param {import('playwright-core').CDPSession} cdp
 */
async function waitForPopover(cdp) {
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    const found = await popover(cdp);
    if (found) return found;
    await sleep(100);
  }
  throw new Error(`The popover did not open within ${WAIT_MS / 1000} s`);
}

/**
 * The first person the page highlights: its text and box (scrolled to the upper third).
 * @param {import('playwright-core').Page} page
 */
async function firstPerson(page) {
  await page.waitForFunction(() => (globalThis.CSS.highlights.get('backstory-person')?.size ?? 0) > 0, null, {
    timeout: WAIT_MS,
    polling: 100,
  });
  return page.evaluate(() => {
    const highlight = globalThis.CSS.highlights.get('backstory-person');
    const [range] = highlight ? [...highlight] : [];
    if (!range) throw new Error('No person is highlighted');
    const top = range.getBoundingClientRect().top + globalThis.scrollY;
    globalThis.scrollTo({ top: Math.max(0, top - globalThis.innerHeight / 4), behavior: 'instant' });
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { text: range.toString(), x: box.left, y: box.top, width: box.width, height: box.height };
  });
}

/**
 * Moves the pointer off the text until the popover closes. (A rescan of the page inside the
 * close delay can keep it open until the pointer moves again, so it moves more than once.)
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 */
async function closePopover(page, cdp) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.mouse.move(2 + (attempt % 2) * 2, 2);
    await sleep(400);
    if (!(await popover(cdp))) return;
  }
  throw new Error('The popover did not close');
}

/**
 * Hovers the first person and saves a picture cropped around the name and its popover.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} file
 */
async function photographPopover(page, cdp, file) {
  await closePopover(page, cdp);
  const mention = await firstPerson(page);
  await page.mouse.move(mention.x + mention.width / 2, mention.y + mention.height / 2, { steps: 5 });
  const { name, box } = await waitForPopover(cdp);
  // Let the card's notes arrive and the popover settle in its place.
  await page.waitForLoadState('networkidle');
  await sleep(500);
  const { box: settled } = (await popover(cdp)) ?? { box };
  const viewport = page.viewportSize() ?? { width: 1200, height: 800 };
  const margin = 48;
  const left = Math.max(0, Math.min(mention.x, settled.x) - margin);
  const top = Math.max(0, Math.min(mention.y, settled.y) - margin);
  const right = Math.min(
    viewport.width,
    Math.max(mention.x + mention.width, settled.x + settled.width) + margin,
  );
  const bottom = Math.min(
    viewport.height,
    Math.max(mention.y + mention.height, settled.y + settled.height) + margin,
  );
  await page.screenshot({
    path: path.join(outDir, file),
    clip: { x: left, y: top, width: right - left, height: bottom - top },
  });
  console.log(`  ${file}: "${mention.text}" → popover "${name}"`);
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  step('Serving the demo article on 127.0.0.1');
  const article = await readFile(path.join(repoRoot, 'scripts', 'demo', 'article.html'), 'utf8');
  const server = await startStaticServer({ '/': article.replace('</head>', `${DARK_ARTICLE_CSS}\n</head>`) });
  const articleUrl = server.url('/');

  step('Starting Chromium (headless) with the built extension');
  const browser = await launchChromiumWithExtension({ headless: true, extensionDir });
  const { context, extensionId, serviceWorker } = browser;
  try {
    const manifest = await serviceWorker.evaluate(() => globalThis.chrome.runtime.getManifest());
    const optionsPath = manifest.options_ui?.page ?? manifest.options_page ?? 'options.html';
    const popupPath = manifest.action?.default_popup ?? 'popup.html';

    step('Loading the demo pack from the options page');
    const options = await context.newPage();
    await options.setViewportSize({ width: 1000, height: 800 });
    await options.emulateMedia({ colorScheme: 'light' });
    await options.goto(`chrome-extension://${extensionId}/${optionsPath}`, { waitUntil: 'load' });
    await options.getByRole('button', { name: 'Load demo pack' }).click({ timeout: WAIT_MS });
    const status = options
      .getByRole('status')
      .filter({ hasText: /Loaded the demo pack|not loaded/ })
      .first();
    await status.waitFor({ timeout: WAIT_MS });
    const said = (await status.innerText()).trim();
    if (!said.startsWith('Loaded')) throw new Error(`The options page says: ${said}`);
    console.log(`  ${said}`);

    step('Photographing the popover');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(articleUrl, { waitUntil: 'load' });
    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    await photographPopover(page, cdp, 'popover-light.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    await photographPopover(page, cdp, 'popover-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });
    await closePopover(page, cdp);

    step('Photographing the popup, showing the article’s tab');
    const [tab] = await serviceWorker.evaluate((url) => globalThis.chrome.tabs.query({ url }), articleUrl);
    if (tab?.id === undefined) throw new Error(`No tab found at ${articleUrl}`);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.goto(`chrome-extension://${extensionId}/${popupPath}?tab=${tab.id}`, { waitUntil: 'load' });
    await popup.waitForLoadState('networkidle');
    await sleep(500);
    await popup.screenshot({ path: path.join(outDir, 'popup.png') });
    console.log('  popup.png');

    step('Photographing the options page');
    await options.bringToFront();
    const height = await options.evaluate(() => {
      globalThis.scrollTo({ top: 0, behavior: 'instant' });
      const { body } = globalThis.document;
      return Math.ceil(body.getBoundingClientRect().bottom) + 24;
    });
    const size = options.viewportSize() ?? { width: 1000, height: 800 };
    await options.screenshot({
      path: path.join(outDir, 'options.png'),
      clip: { x: 0, y: 0, width: size.width, height: Math.min(size.height, height) },
    });
    console.log('  options.png');
    console.log(`\nScreenshots in ${path.relative(repoRoot, outDir)}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\n✗ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
