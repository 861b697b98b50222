// Suggestions on the seed article: names the knowledge base does not know are highlighted in
// their own style; one is added from its popover and becomes a known name at once; one is
// rejected and stays gone, also after a reload.
import type { Page } from 'playwright-core';
import { accessibleNodes, waitForAccessible } from './accessibility.ts';
import { clickInPopover } from './closed-shadow.ts';
import {
  assert,
  highlightCenter,
  highlightTexts,
  launchExtension,
  test,
  waitForHighlights,
  assertNoPageErrors,
} from './harness.ts';
import { importPackFile } from './packs.ts';
import { startFixtureServer } from './server.ts';

async function hoverHighlight(page: Page, name: string, text: string): Promise<void> {
  await page.mouse.move(2, 2);
  const point = await highlightCenter(page, name, text);
  assert(point, `a ${name} highlight on “${text}”`);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await waitForAccessible(page, (node) => node.role === 'dialog' && node.name === text);
}

test('unknown names are suggested, can be added from the popover, or rejected for good', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    await importPackFile(browser);

    const article = await browser.openPage(server.seedArticleUrl);
    await waitForHighlights(article, { name: 'backstory-suggestion' });
    const before = await highlightTexts(article);
    const suggested = before['backstory-suggestion'] ?? [];
    assert(suggested.includes('Vyacheslav Gladkov'), `Gladkov is suggested: ${JSON.stringify(suggested)}`);
    assert(suggested.includes('Masha Moskaleva'), `Moskaleva is suggested: ${JSON.stringify(suggested)}`);
    for (const known of before['backstory-person'] ?? []) {
      assert(!suggested.includes(known), `a known name is not also suggested: ${known}`);
    }

    // Add one: it becomes a known person on the page without a reload.
    await hoverHighlight(article, 'backstory-suggestion', 'Vyacheslav Gladkov');
    const nodes = await accessibleNodes(article);
    assert(
      nodes.some((node) => node.name === 'Add to knowledge base'),
      'the popover offers to add it',
    );
    await clickInPopover(article, 'Add to knowledge base');
    await waitForAccessible(article, (node) => node.role === 'textbox' && node.name === 'Name');
    await clickInPopover(article, 'Add');
    await article.waitForFunction(
      () =>
        [...(CSS.highlights.get('backstory-person') ?? [])].some(
          (range) => range.toString() === 'Vyacheslav Gladkov',
        ),
      undefined,
      { timeout: 10_000 },
    );

    // Reject another: it disappears, and stays away after a reload.
    await hoverHighlight(article, 'backstory-suggestion', 'Masha Moskaleva');
    await clickInPopover(article, /Don.t suggest again/);
    await article.waitForFunction(
      () =>
        ![...(CSS.highlights.get('backstory-suggestion') ?? [])].some(
          (range) => range.toString() === 'Masha Moskaleva',
        ),
      undefined,
      { timeout: 10_000 },
    );
    await article.reload();
    await waitForHighlights(article, { name: 'backstory-suggestion' });
    const after = await highlightTexts(article);
    assert(
      !(after['backstory-suggestion'] ?? []).includes('Masha Moskaleva'),
      'a rejected name stays rejected',
    );
    assert(
      (after['backstory-person'] ?? []).includes('Vyacheslav Gladkov'),
      'the added name is known after a reload',
    );

    // The note that came with it cites the page.
    const popup = await browser.openPopup(article);
    await popup
      .getByRole('button', { name: /Vyacheslav Gladkov/ })
      .first()
      .click();
    await popup
      .getByRole('link', { name: /./ })
      .filter({ hasText: /Newsweek|seed|Russian/i })
      .first()
      .waitFor();
    assertNoPageErrors(article);
  } finally {
    await browser.close();
    await server.close();
  }
});
