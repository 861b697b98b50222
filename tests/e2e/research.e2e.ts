// Research data across profiles: export everything from one browser profile through the
// options page (as a pack and as W3C Web Annotations), import the pack into a fresh profile
// with its preview, and read the seed article there with the same highlights and popovers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { accessibleNodes, waitForAccessible } from './accessibility.ts';
import { sharedFixturesDir } from './fixtures.ts';
import {
  assert,
  highlightCenter,
  highlightTexts,
  launchExtension,
  test,
  waitForHighlights,
  type ExtensionBrowser,
} from './harness.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';

async function readArticle(browser: ExtensionBrowser, server: FixtureServer) {
  const page = await browser.openPage(server.seedArticleUrl);
  await waitForHighlights(page);
  await page.waitForTimeout(500);
  const highlights = await highlightTexts(page);
  return {
    page,
    persons: highlights['backstory-person'],
    organisations: highlights['backstory-organization'],
  };
}

async function popoverText(page: Page, name: string): Promise<string[]> {
  await page.mouse.move(2, 2);
  const point = await highlightCenter(page, 'backstory-person', name);
  assert(point, `a highlighted ${name}`);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await waitForAccessible(page, (node) => node.role === 'dialog' && node.name === name);
  return (await accessibleNodes(page))
    .map((node) => `${node.role}:${node.name}`)
    .filter((line) => !line.endsWith(':'));
}

async function exportAs(options: Page, format: string): Promise<string> {
  await options.getByLabel('Format').selectOption(format);
  const download = options.waitForEvent('download');
  await options.getByRole('group', { name: 'Export' }).getByRole('button').last().click();
  const file = await (await download).path();
  return readFile(file, 'utf8');
}

test('export from one profile, import into a fresh one: the same highlights and popovers', async () => {
  const server = await startFixtureServer();
  const first = await launchExtension();
  let second: ExtensionBrowser | null = null;
  try {
    const options = await first.openOptions();
    await options
      .getByLabel('Pack or annotation file')
      .setInputFiles(path.join(sharedFixturesDir, 'minimal-pack.json'));
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(/Imported minimal-pack\.json/).waitFor();
    const before = await readArticle(first, server);
    const popoverBefore = await popoverText(before.page, 'Vladimir Putin');

    const pack = await exportAs(options, 'pack');
    const parsed = JSON.parse(pack) as {
      format: string;
      entities: unknown[];
      notes: unknown[];
      mentions: unknown[];
    };
    assert(parsed.format === 'backstory-pack', 'a Backstory pack');
    assert(parsed.entities.length === 3 && parsed.notes.length === 2, 'all entities and notes');
    assert(parsed.mentions.length >= 3, `the recorded mentions too (${parsed.mentions.length})`);
    const w3c = JSON.parse(await exportAs(options, 'w3c')) as { type: string; total: number };
    assert(
      w3c.type === 'AnnotationCollection' && w3c.total >= 5,
      `a W3C collection (${w3c.total} annotations)`,
    );

    second = await launchExtension();
    const fresh = await second.openOptions();
    await fresh.getByLabel('Pack or annotation file').setInputFiles({
      name: 'backstory-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(pack),
    });
    await fresh.getByRole('region', { name: 'Import preview' }).waitFor();
    await fresh.getByRole('button', { name: 'Import', exact: true }).click();
    await fresh.getByText(/Imported backstory-pack\.json/).waitFor();

    const after = await readArticle(second, server);
    assert(
      JSON.stringify(after.persons) === JSON.stringify(before.persons),
      `persons ${JSON.stringify(after.persons)}`,
    );
    assert(
      JSON.stringify(after.organisations) === JSON.stringify(before.organisations),
      `organisations ${JSON.stringify(after.organisations)}`,
    );
    const popoverAfter = await popoverText(after.page, 'Vladimir Putin');
    const keep = (lines: string[]) => lines.filter((line) => /^(dialog|StaticText|link):/.test(line));
    assert(
      JSON.stringify(keep(popoverAfter)) === JSON.stringify(keep(popoverBefore)),
      `the popover reads the same:\n${keep(popoverBefore).join('\n')}\n---\n${keep(popoverAfter).join('\n')}`,
    );
  } finally {
    await first.close();
    await second?.close();
    await server.close();
  }
});
