// The settings a pack may carry, read from and written to the extension's settings storage
// (only the options page does this: the background has no copy of the settings).
import * as v from 'valibot';
import type { PackSettings } from '../pack-format';
import { PackSettingsSchema } from '../pack-format';
import { authorName, autoArticles, disabledSites, enabledSites, popoverDelay } from '../settings';

export async function readPackSettings(): Promise<PackSettings> {
  const [disabled, enabled, auto, delay, author] = await Promise.all([
    disabledSites.getValue(),
    enabledSites.getValue(),
    autoArticles.getValue(),
    popoverDelay.getValue(),
    authorName.getValue(),
  ]);
  return v.parse(PackSettingsSchema, {
    disabledSites: disabled,
    enabledSites: enabled,
    autoArticles: auto,
    popoverDelay: delay,
    authorName: author,
  });
}

/** Applies a pack's settings (checked again: they came from a file). */
export async function applyPackSettings(settings: unknown): Promise<void> {
  const checked = v.parse(PackSettingsSchema, settings);
  const writes: Promise<void>[] = [];
  if (checked.disabledSites) writes.push(disabledSites.setValue(checked.disabledSites));
  if (checked.enabledSites) writes.push(enabledSites.setValue(checked.enabledSites));
  if (checked.autoArticles !== undefined) writes.push(autoArticles.setValue(checked.autoArticles));
  if (checked.popoverDelay !== undefined) writes.push(popoverDelay.setValue(checked.popoverDelay));
  if (checked.authorName !== undefined) writes.push(authorName.setValue(checked.authorName));
  await Promise.all(writes);
}
