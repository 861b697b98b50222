// Smoke tests: the built extension loads, its pages open cleanly, and every test page is served
// from 127.0.0.1 and renders without a single request leaving the machine.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { assert, extensionManifest, launchExtension, skip, test } from './harness.ts';
import type { ExtensionBrowser } from './harness.ts';
import { fixturePagesDir, listFixturePages } from './fixtures.ts';
import { startFixtureServer } from './server.ts';
import type { FixtureServer } from './server.ts';

/** Records every request of the context whose URL is neither the test server nor the extension. */
function recordOutsideRequests(context: BrowserContext, server: FixtureServer): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    const allowed =
      url.startsWith(`${server.origin}/`) ||
      /^(chrome-extension|data|blob|about):/.test(url) ||
      url === 'chrome://new-tab-page/';
    if (!allowed) outside.push(url);
  });
  return outside;
}

test('the extension loads and its service worker runs', async () => {
  const browser = await launchExtension();
  assert(/^[a-p]{32}$/.test(browser.extensionId), `extension id looks wrong: ${browser.extensionId}`);
  const manifest = await extensionManifest(browser.context, browser.extensionId);
  assert(manifest.manifest_version === 3, 'manifest version 3');
  assert(manifest.name === 'Backstory', `extension name is ${manifest.name}`);
  const worker = manifest.background?.service_worker;
  assert(
    worker && browser.serviceWorker.url().endsWith(`/${worker}`),
    'the running worker is the manifest’s',
  );
});

async function assertOpensCleanly(browser: ExtensionBrowser, which: 'options' | 'popup'): Promise<void> {
  const page = which === 'options' ? await browser.openOptions() : await browser.openPopup();
  // Give Preact a moment to render and any failing start-up request a moment to fail.
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  assert(text.trim().length > 0, `the ${which} page shows something`);
  const errors = browser.pageErrors(page);
  assert(errors.length === 0, `the ${which} page logged errors:\n${errors.join('\n')}`);
}

test('the options page opens without console errors', async () => {
  const browser = await launchExtension();
  const manifest = await extensionManifest(browser.context, browser.extensionId);
  if (!manifest.options_ui?.page && !manifest.options_page) skip('this build has no options page yet');
  await assertOpensCleanly(browser, 'options');
});

test('the popup page opens without console errors', async () => {
  const browser = await launchExtension();
  const manifest = await extensionManifest(browser.context, browser.extensionId);
  if (!manifest.action?.default_popup) skip('this build has no popup yet');
  await assertOpensCleanly(browser, 'popup');
});

async function assertServedOffline(pathOrName: { seed: true } | { page: string }): Promise<void> {
  const server = await startFixtureServer();
  try {
    const browser = await launchExtension();
    const outside = recordOutsideRequests(browser.context, server);
    const url = 'seed' in pathOrName ? server.seedArticleUrl : server.pageUrl(pathOrName.page);
    const page = await browser.openPage(url);
    await page.waitForLoadState('networkidle');
    const title = await page.title();
    assert(title.trim() !== '', `${url} has a title`);
    const scripts = await page.locator('script:not([type="application/ld+json"])').count();
    assert(scripts === 0, `${url} still has ${scripts} scripts`);
    const text = await page.locator('body').innerText();
    assert(text.trim().length > 200, `${url} renders its text`);
    assert(outside.length === 0, `requests left 127.0.0.1:\n${outside.join('\n')}`);
    if ('page' in pathOrName) {
      // Defusing must not lose text: compare with the original as Chromium's own parser reads it.
      const original = await readFile(path.join(fixturePagesDir, pathOrName.page), 'utf8');
      // (No named helper inside evaluate: tsx would wrap it in a `__name` call the page lacks.)
      const [before = 0, after = 0] = await page.evaluate(
        (html) =>
          [new DOMParser().parseFromString(html, 'text/html'), document.cloneNode(true) as Document].map(
            (doc) => {
              for (const element of doc.querySelectorAll('script, style, noscript, template, iframe'))
                element.remove();
              return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
            },
          ),
        original,
      );
      assert(after >= before * 0.98, `defusing lost text: ${before} characters before, ${after} after`);
    }
  } finally {
    await server.close();
  }
}

test('the seed article is served as a news page and renders offline', () =>
  assertServedOffline({ seed: true }));

for (const name of listFixturePages()) {
  test(`saved page ${name} is served defused and renders offline`, () => assertServedOffline({ page: name }));
}
