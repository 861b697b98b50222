// Settings apply to open tabs at once, without a reload: a site switched off in the popup loses
// its highlights, a highlight style changed in the options page is the page's new style sheet,
// a type switched off leaves the page, and a broken stored value is reset with a notice.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { sharedFixturesDir } from './fixtures.ts';
import {
  assert,
  highlightTexts,
  launchExtension,
  test,
  waitForHighlights,
  assertNoPageErrors,
} from './harness.ts';
import { startFixtureServer } from './server.ts';

async function importMinimalPack(options: Page): Promise<void> {
  await options.getByLabel('Import a pack').setInputFiles(path.join(sharedFixturesDir, 'minimal-pack.json'));
  await options
    .getByRole('status')
    .filter({ hasText: /Imported/ })
    .waitFor({ timeout: 10_000 });
}

/** The text of every rule of the page's adopted style sheets (where the highlights' look is). */
function adoptedRules(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
  );
}

async function personRule(page: Page): Promise<string> {
  const rules = await adoptedRules(page);
  return rules.find((rule) => rule.includes('::highlight(backstory-person)')) ?? '';
}

/** Total number of ranges in the page's highlights whose name includes `part`. */
function rangeCount(page: Page, part = 'backstory-'): Promise<number> {
  return page.evaluate(
    (part) => [...CSS.highlights].reduce((sum, [name, h]) => (name.includes(part) ? sum + h.size : sum), 0),
    part,
  );
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('a site switched off in the popup loses its highlights in the open tab', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    await importMinimalPack(await browser.openOptions());
    const article = await browser.openPage(server.seedArticleUrl);
    await waitForHighlights(article, { name: 'backstory-person' });

    const popup = await browser.openPopup(article);
    const toggle = popup.getByRole('switch', { name: 'Highlight on this site' });
    assert(await toggle.isChecked(), 'the switch is on for an article');
    await toggle.click();
    await waitUntil(async () => (await rangeCount(article)) === 0, 'the highlights are gone');

    // And back on, still without a reload.
    await toggle.click();
    await waitForHighlights(article, { name: 'backstory-person' });
    assertNoPageErrors(article);
    assertNoPageErrors(popup);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a highlight style and a shown type changed in the options apply to the open page', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    const options = await browser.openOptions();
    await importMinimalPack(options);
    const article = await browser.openPage(server.seedArticleUrl);
    await waitForHighlights(article, { name: 'backstory-organization' });
    const before = await personRule(article);
    assert(before.includes('background-color') && before.includes('text-decoration'), `default: ${before}`);

    // The options page previews with the Highlight API and the same style sheet.
    await options.bringToFront();
    assert(
      (await options.locator('[data-preview]').getAttribute('data-preview')) === 'highlights',
      'the preview uses CSS highlights',
    );
    const people = options.getByRole('group', { name: 'People', exact: true });
    await people.getByRole('radio', { name: 'Underline' }).check();
    await waitUntil(
      async () => !(await personRule(options)).includes('background-color'),
      'the preview follows',
    );

    await waitUntil(async () => {
      const rule = await personRule(article);
      return rule.includes('text-decoration') && !rule.includes('background-color');
    }, 'the page’s person rule is an underline only');
    const texts = await highlightTexts(article);
    assert((texts['backstory-person'] ?? []).length > 0, 'the names are still highlighted');

    await options.getByRole('checkbox', { name: 'Organisations' }).uncheck();
    await waitUntil(
      async () => (await rangeCount(article, 'organization')) === 0,
      'organisations are no longer highlighted',
    );
    assert((await rangeCount(article, 'person')) > 0, 'people still are');
    assertNoPageErrors(options);
    assertNoPageErrors(article);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('an invalid stored setting is reset with a notice on the options page', async () => {
  const browser = await launchExtension();
  try {
    // Written before the options page opens: its own check on opening would race the write.
    await browser.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ popoverTheme: 'purple', popoverWidth: 'wide' }),
    );
    const options = await browser.openOptions();
    const notice = options.getByRole('status').filter({ hasText: 'reset to their defaults' });
    await notice.waitFor({ timeout: 5000 });
    const text = await notice.innerText();
    assert(text.includes('Popover colours') && text.includes('Popover width'), text);
    assert(await options.getByRole('radio', { name: 'Follow the page' }).isChecked(), 'theme is the default');
    await options.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached', timeout: 2000 }).catch(() => undefined);
    assert((await options.getByText('reset to their defaults').count()) === 0, 'the notice is gone');
  } finally {
    await browser.close();
  }
});
