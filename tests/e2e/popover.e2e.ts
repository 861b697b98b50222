// The popover's pin: pinned, it stays open when the pointer leaves, the page scrolls or the
// reader clicks elsewhere; unpinned, scrolling its name out of view closes it.
import type { Page } from 'playwright-core';
import { waitForAccessible } from './accessibility.ts';
import { clickInPopover } from './closed-shadow.ts';
import { assert, highlightCenter, launchExtension, test, waitForHighlights } from './harness.ts';
import { importPackFile } from './packs.ts';
import { startFixtureServer } from './server.ts';

const isDialog = (name: string) => (node: { role: string; name: string }) =>
  node.role === 'dialog' && node.name === name;

async function hoverPutin(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  const point = await highlightCenter(page, 'backstory-person', 'Vladimir Putin');
  assert(point, 'a highlighted Vladimir Putin');
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await waitForAccessible(page, isDialog('Vladimir Putin'));
}

test('a pinned popover stays open; an unpinned one closes when its name scrolls away', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    await importPackFile(browser);
    const page = await browser.openPage(server.seedArticleUrl);
    await page.setViewportSize({ width: 900, height: 500 });
    await waitForHighlights(page);

    await hoverPutin(page);
    await clickInPopover(page, '◇');
    await waitForAccessible(page, (node) => node.role === 'button' && node.name === 'Unpin');
    await page.mouse.move(5, 480, { steps: 3 });
    await page.mouse.click(5, 480);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(800);
    await waitForAccessible(page, isDialog('Vladimir Putin'), { timeoutMs: 500 });

    await page.mouse.wheel(0, -4000);
    await page.waitForTimeout(300);
    await clickInPopover(page, '◆');
    await waitForAccessible(page, (node) => node.role === 'button' && node.name === 'Pin open');
    await page.mouse.move(5, 480, { steps: 3 });
    await waitForAccessible(page, isDialog('Vladimir Putin'), { gone: true });

    // Unpinned: scrolling the name out of view closes it.
    await hoverPutin(page);
    await page.evaluate(() => window.scrollBy(0, 3000));
    await waitForAccessible(page, isDialog('Vladimir Putin'), { gone: true });
  } finally {
    await browser.close();
    await server.close();
  }
});
