// Loading a knowledge base the way a user does: the options page's "Import a pack" input.
import path from 'node:path';
import { sharedFixturesDir } from './fixtures.ts';
import type { ExtensionBrowser } from './harness.ts';

/** Imports a pack file through the options page and returns its status sentence. */
export async function importPackFile(
  browser: ExtensionBrowser,
  file = path.join(sharedFixturesDir, 'minimal-pack.json'),
): Promise<string> {
  const options = await browser.openOptions();
  await options.getByLabel('Import a pack').setInputFiles(file);
  const status = options.getByRole('status').filter({ hasText: /Imported/ });
  await status.waitFor({ timeout: 10_000 });
  return (await status.innerText()).trim();
}
