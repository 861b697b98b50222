// User settings: small values in sync storage (they follow the user to another browser);
// the knowledge base itself stays local in IndexedDB.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

/** Hostnames (lower-case, without `www.`) where Backstory does not highlight. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: [],
  version: 1,
});

/** Milliseconds the pointer rests on a mention before its popover opens. */
export const popoverDelay = storage.defineItem<number>('sync:popoverDelay', {
  fallback: 300,
  version: 1,
});

/** Name shown as the author of new notes. */
export const authorName = storage.defineItem<string>('sync:authorName', {
  fallback: '',
  version: 1,
});

const HostnameListSchema = v.array(v.pipe(v.string(), v.maxLength(253)));

/** The site key of a page URL: its hostname without a leading `www.`, or null for non-http(s). */
export function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return null;
  }
}

/** Reads the disabled-site list, ignoring a value that is not a list of names. */
export async function readDisabledSites(): Promise<string[]> {
  const result = v.safeParse(HostnameListSchema, await disabledSites.getValue());
  return result.success ? result.output : [];
}

export function isSiteDisabled(list: readonly string[], site: string | null): boolean {
  return site !== null && list.includes(site);
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const list = await readDisabledSites();
  const next = enabled ? list.filter((entry) => entry !== site) : [...new Set([...list, site])].sort();
  await disabledSites.setValue(next);
}
