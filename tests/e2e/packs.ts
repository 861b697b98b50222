// Loading a knowledge base the way a user does: the options page's "Import a pack" input.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { sharedFixturesDir } from './fixtures.ts';
import type { ExtensionBrowser } from './harness.ts';

export const minimalPackPath = path.join(sharedFixturesDir, 'minimal-pack.json');

/** Imports a pack file through an open options page and returns its status sentence. */
export async function importThroughOptions(options: Page, file = minimalPackPath): Promise<string> {
  await options.getByLabel('Import a pack').setInputFiles(file);
  const status = options.getByRole('status').filter({ hasText: /Imported/ });
  await status.waitFor({ timeout: 10_000 });
  return (await status.innerText()).trim();
}

/** Opens the options page, imports a pack file there and returns its status sentence. */
export async function importPackFile(browser: ExtensionBrowser, file = minimalPackPath): Promise<string> {
  return importThroughOptions(await browser.openOptions(), file);
}
