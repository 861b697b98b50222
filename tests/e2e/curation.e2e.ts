// Curating while reading, in Chromium with the built extension: select a name on the seed
// article, add it through the popup with a note citing the page and the selection, see it
// highlighted at once in that tab and in a second one, edit the note and restore the earlier
// version. Then the context menu's action and delete with undo.
//
// Playwright cannot open or click the browser's native context menu, and `contextMenus.onClicked`
// cannot be fired from outside the extension. The menu's click handler therefore calls the same
// `selection.add` request an extension page may send; the test sends it from the popup page.
import type { Page } from 'playwright-core';
import { assert, highlightTexts, launchExtension, test, assertNoPageErrors } from './harness.ts';
import { startFixtureServer } from './server.ts';

/** Selects the first occurrence of `text` in the page's article, as a reader's drag would. */
async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    }
    return false;
  }, text);
  assert(found, `“${text}” is on the page`);
}

/** Waits until a highlight of `name` has a range reading `text` (or, with `gone`, none). */
async function waitForHighlight(
  page: Page,
  name: string,
  text: string,
  options: { gone?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 5_000);
  for (;;) {
    const present = ((await highlightTexts(page))[name] ?? []).includes(text);
    if (present !== Boolean(options.gone)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `“${text}” ${options.gone ? 'is still' : 'is not'} highlighted as ${name} in ${page.url()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('a name selected on the page is added in the popup, highlighted in every tab; a note edit is undone from its history', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    const article = await browser.openPage(`${server.seedArticleUrl}?tab=first`);
    const second = await browser.openPage(`${server.seedArticleUrl}?tab=second`);
    await selectText(article, 'Masha Moskaleva');

    const popup = await browser.openPopup(article);
    await popup.getByRole('button', { name: 'Add entity' }).click();
    const name = popup.getByRole('textbox', { name: 'Name', exact: true });
    assert((await name.inputValue()) === 'Masha Moskaleva', 'the selection is the new entity’s name');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByRole('heading', { name: 'Masha Moskaleva' }).waitFor();

    // Highlighted at once, in the tab it was added from and in another, without reloading.
    await waitForHighlight(article, 'backstory-person', 'Masha Moskaleva');
    await waitForHighlight(second, 'backstory-person', 'Masha Moskaleva');

    // A note whose first source is the page, with the selection as the quote.
    await popup.getByRole('button', { name: 'Add note' }).click();
    const source = popup.getByRole('group', { name: 'Source 1' });
    assert(
      (await source.getByLabel('URL').inputValue()) === `${server.seedArticleUrl}?tab=first`,
      'the page is the first source',
    );
    assert(
      (await source.getByLabel('Quote').inputValue()) === 'Masha Moskaleva',
      'the selection is the quote',
    );
    await popup
      .getByRole('textbox', { name: 'Note', exact: true })
      .fill('Student who drew an anti-war picture.');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByText('Student who drew an anti-war picture.').waitFor();

    // Edit it, then bring the first version back from its history.
    await popup.getByRole('button', { name: 'Edit', exact: true }).click();
    await popup.getByRole('textbox', { name: 'Note', exact: true }).fill('A schoolgirl from Yefremov.');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByText('A schoolgirl from Yefremov.').waitFor();
    await popup.getByRole('button', { name: 'History' }).click();
    const history = popup.getByRole('region', { name: 'Earlier versions' });
    await history.getByText('Student who drew an anti-war picture.').waitFor();
    await history.getByRole('button', { name: /Restore the version/ }).click();
    await popup.getByRole('article', { name: /Note: Student who drew/ }).waitFor();
    assert((await popup.getByText('A schoolgirl from Yefremov.').count()) === 0, 'the edit was replaced');

    for (const page of [article, second, popup]) {
      assertNoPageErrors(page);
    }
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the context menu’s action adds an organisation citing the page; delete hides it at once and Undo brings it back', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    const article = await browser.openPage(server.seedArticleUrl);
    const popup = await browser.openPopup(article);

    // What "Add “…” to Backstory as an organisation" sends (see the comment at the top).
    const reply = await popup.evaluate(
      (url) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({
          to: 'background',
          type: 'selection.add',
          payload: {
            action: 'entity',
            type: 'organization',
            name: 'Freedom of Russia Legion',
            source: { url, title: 'Seed article', quote: 'Freedom of Russia Legion' },
          },
        }) as Promise<{ ok: boolean; value?: { entityId: string }; error?: string }>,
      server.seedArticleUrl,
    );
    assert(reply.ok && reply.value, `selection.add: ${reply.error ?? ''}`);
    await waitForHighlight(article, 'backstory-organization', 'Freedom of Russia Legion');

    // Its first note cites the page with the selection as quote.
    const address = new URL(popup.url());
    address.searchParams.set('entity', reply.value.entityId);
    await popup.goto(address.href);
    await popup.getByRole('heading', { name: 'Freedom of Russia Legion' }).waitFor();
    await popup.getByText('Named in “Seed article”.').waitFor();

    await popup.getByRole('button', { name: 'Edit entity' }).click();
    await popup.getByRole('button', { name: 'Delete Freedom of Russia Legion' }).click();
    await popup
      .getByRole('status')
      .getByText(/Deleted Freedom of Russia Legion/)
      .waitFor();
    await waitForHighlight(article, 'backstory-organization', 'Freedom of Russia Legion', { gone: true });

    await popup.getByRole('button', { name: 'Undo' }).click();
    await waitForHighlight(article, 'backstory-organization', 'Freedom of Russia Legion');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('two popups editing the same note: the second save is told, and can keep its version', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    const article = await browser.openPage(server.seedArticleUrl);
    await selectText(article, 'Meduza');
    const first = await browser.openPopup(article);
    await first.getByRole('button', { name: 'Add entity' }).click();
    // This test is about concurrent edits; the selection prefill is the first test's subject.
    await first.getByRole('textbox', { name: 'Name', exact: true }).fill('Meduza');
    await first.getByRole('radio', { name: 'Organisation' }).check();
    await first.getByRole('button', { name: 'Save', exact: true }).click();
    await first.getByRole('heading', { name: 'Meduza' }).waitFor();
    await first.getByRole('button', { name: 'Add note' }).click();
    await first.getByRole('textbox', { name: 'Note', exact: true }).fill('News outlet.');
    await first.getByRole('button', { name: 'Save note' }).click();
    await first.getByText('News outlet.').waitFor();

    const second = await browser.openPopup(article);
    await second
      .getByRole('button', { name: /Meduza/ })
      .first()
      .click();
    // Both start editing the same state of the note.
    for (const popup of [first, second])
      await popup.getByRole('button', { name: 'Edit', exact: true }).click();
    await first.getByRole('textbox', { name: 'Note', exact: true }).fill('Independent news outlet in Riga.');
    await first.getByRole('button', { name: 'Save note' }).click();
    await first.getByText('Independent news outlet in Riga.').waitFor();

    await second.getByRole('textbox', { name: 'Note', exact: true }).fill('Russian-language news outlet.');
    await second.getByRole('button', { name: 'Save note' }).click();
    const dialog = second.getByRole('alertdialog', { name: 'This note was changed elsewhere' });
    await dialog.getByText('Independent news outlet in Riga.').waitFor();
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await second.getByText('Russian-language news outlet.').waitFor();
    // The first popup follows without a reload.
    await first.getByText('Russian-language news outlet.').waitFor({ timeout: 2_000 });
  } finally {
    await browser.close();
    await server.close();
  }
});
