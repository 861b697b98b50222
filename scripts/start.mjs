// `npm start`: builds the extension, serves a demo article from 127.0.0.1, opens Debian's
// Chromium with the extension loaded, loads the demo pack and opens the article.
// With a display ($DISPLAY) the browser stays open until you close it; without one it runs
// headless, hovers the first highlighted name, saves a screenshot and exits.
//   npm start [-- --no-build]   (--no-build: use the extension already in .output/chrome-mv3)
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  chromeExtensionDir,
  findChromium,
  launchChromiumWithExtension,
  repoRoot,
} from './start-chromium.mjs';
import { startStaticServer } from './start-server.mjs';

const HIGHLIGHT_WAIT_MS = 15_000;
const DEMO_PACK_WAIT_MS = 10_000;

function step(message) {
  console.log(`\n▶ ${message}`);
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

async function main() {
  const headed = Boolean(process.env.DISPLAY);

  step('Looking for Chromium');
  try {
    console.log(`  ${findChromium()}`);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  if (process.argv.includes('--no-build')) {
    step('Using the extension already built in .output/chrome-mv3 (--no-build)');
  } else {
    step('Building the extension (npx wxt build)');
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) fail('The build failed; see the output above.');
  }

  step('Serving the demo article on 127.0.0.1');
  const article = await readFile(path.join(repoRoot, 'scripts', 'demo', 'article.html'), 'utf8');
  const server = await startStaticServer({ '/': article });
  const articleUrl = server.url('/');
  console.log(`  ${articleUrl}`);

  step(
    `Starting Chromium ${headed ? 'with a window' : 'headless'} with the extension from ${chromeExtensionDir}`,
  );
  const browser = await launchChromiumWithExtension({ headless: !headed });
  const { context, extensionId } = browser;
  console.log(`  Extension id: ${extensionId}`);
  const shutDown = async () => {
    await browser.close();
    await server.close();
  };

  try {
    await loadDemoPack(context, extensionId);

    step('Opening the demo article');
    const page = await context.newPage();
    await page.goto(articleUrl, { waitUntil: 'load' });

    if (headed) {
      console.log(`\n  The demo article is open at ${articleUrl}`);
      console.log('  Hover a highlighted name to see its notes. Close the browser window to stop.');
      await new Promise((resolve) => context.once('close', resolve));
      await server.close();
      return;
    }

    await hoverFirstMention(page);
    const file = path.join(tmpdir(), `backstory-demo-${Date.now()}.png`);
    await page.screenshot({ path: file });
    console.log(`\nScreenshot: ${file}`);
  } finally {
    await shutDown();
  }
}

/** Clicks "Load demo pack" on the options page; a failure is reported, not fatal. */
async function loadDemoPack(context, extensionId) {
  step('Loading the demo pack from the options page');
  const worker = context
    .serviceWorkers()
    .find((sw) => sw.url().startsWith(`chrome-extension://${extensionId}/`));
  const manifest = worker ? await worker.evaluate(() => globalThis.chrome.runtime.getManifest()) : {};
  const optionsPath = manifest.options_ui?.page ?? manifest.options_page ?? 'options.html';
  const options = await context.newPage();
  try {
    await options.goto(`chrome-extension://${extensionId}/${optionsPath}`, { waitUntil: 'load' });
    await options.getByRole('button', { name: 'Load demo pack' }).click({ timeout: DEMO_PACK_WAIT_MS });
    const status = options.getByRole('status').filter({ hasText: /loaded|failed|error/i });
    await status.first().waitFor({ timeout: DEMO_PACK_WAIT_MS });
    const text = (await status.first().innerText()).trim();
    if (/not loaded|failed|error/i.test(text)) console.log(`  ! The options page says: ${text}`);
    else console.log(`  ${text}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`  ! Could not load the demo pack (${reason}).`);
    console.log('    Going on: the article opens, but there may be nothing to highlight.');
  } finally {
    await options.close();
  }
}

/** Waits for highlights on the page and hovers the first person named, to open its popover. */
async function hoverFirstMention(page) {
  step('Waiting for highlights on the article');
  try {
    await page.waitForFunction(
      () => [...globalThis.CSS.highlights.values()].some((highlight) => highlight.size > 0),
      null,
      {
        timeout: HIGHLIGHT_WAIT_MS,
        polling: 100,
      },
    );
  } catch {
    console.log(`  ! No highlights after ${HIGHLIGHT_WAIT_MS / 1000} s; taking the screenshot anyway.`);
    return;
  }
  const found = await page.evaluate(() => {
    // The page's highlight registry is the one the content script fills.
    const { CSS } = globalThis;
    const counts = Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, highlight.size]));
    const highlight = CSS.highlights.get('backstory-person') ?? [...CSS.highlights.values()][0];
    const [range] = highlight ? [...highlight] : [];
    if (!range) return { counts, target: null };
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return {
      counts,
      target: { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 },
    };
  });
  console.log(
    `  Highlights: ${Object.entries(found.counts)
      .map(([name, size]) => `${name} ${size}`)
      .join(', ')}`,
  );
  if (!found.target) return;
  step(`Hovering "${found.target.text}"`);
  await page.mouse.move(found.target.x, found.target.y);
  await sleep(1000);
}

main().catch((error) => {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
