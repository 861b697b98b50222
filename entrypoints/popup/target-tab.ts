// Which tab the popup is about: the one named by `?tab=<id>` (end-to-end tests open the
// popup as an ordinary tab), otherwise the active tab of the current window.
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** The tab's address, or '' when the browser does not say. */
  url: string;
  title: string;
}

export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/u.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url ?? '', title: tab?.title ?? '' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}
