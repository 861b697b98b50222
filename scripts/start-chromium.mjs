// Finds Debian's Chromium and starts it with the built extension loaded, for `npm start` and the
// end-to-end tests alike, so both run the browser the same way.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const chromeExtensionDir = path.join(repoRoot, '.output', 'chrome-mv3');

export const installHint =
  "Chromium was not found. Install Debian's package with `apt-get install chromium` " +
  '(or set CHROMIUM_PATH to a Chromium binary).';

/** The Chromium binary: $CHROMIUM_PATH, /usr/bin/chromium, or `chromium` on the PATH. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${installHint}`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH: try the next name
    }
  }
  throw new Error(installHint);
}

/**
 * Command-line flags: the extension loaded, no first-run or background traffic, and every host
 * name but 127.0.0.1 unresolvable, so a page cannot reach the outside world.
 * @param {string} extensionDir
 * @param {{ headless: boolean }} options
 */
export function chromiumArgs(extensionDir, { headless }) {
  return [
    ...(headless ? ['--headless=new'] : []),
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

/**
 * Starts Chromium with the extension in a fresh profile and waits for the extension's service
 * worker, whose URL gives the extension id.
 * @param {{ extensionDir?: string, headless?: boolean, timeoutMs?: number }} [options]
 */
export async function launchChromiumWithExtension(options = {}) {
  const extensionDir = path.resolve(options.extensionDir ?? chromeExtensionDir);
  const headless = options.headless ?? true;
  const timeoutMs = options.timeoutMs ?? 15_000;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'backstory-chromium-'));
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true });
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      // Headless is asked for with --headless=new in the flags, the mode that runs extensions.
      headless: false,
      // Playwright disables extensions by default; this browser exists to run one.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(extensionDir, { headless }),
      viewport: headless ? { width: 1280, height: 900 } : null,
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  try {
    const isOurs = (/** @type {import('playwright-core').Worker} */ worker) =>
      worker.url().startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs }));
    const extensionId = new URL(serviceWorker.url()).host;
    let closed = false;
    return {
      context,
      serviceWorker,
      extensionId,
      extensionDir,
      userDataDir,
      async close() {
        if (closed) return;
        closed = true;
        await context.close().catch(() => undefined);
        removeProfile();
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    removeProfile();
    throw new Error(
      `The extension in ${extensionDir} did not start a service worker within ${timeoutMs} ms: ${String(error)}`,
    );
  }
}
