// Sending side of the protocol: typed requests that resolve to the reply's value or throw
// an Error carrying the receiver's message.
import { browser } from 'wxt/browser';
import type {
  BackgroundPayload,
  BackgroundReplies,
  BackgroundRequestType,
  Reply,
  TabPayload,
  TabReplies,
  TabRequestType,
} from './protocol';

export class RequestError extends Error {
  override name = 'RequestError';
}

function unwrap<T>(reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new RequestError('Backstory did not answer. Reload the extension or the page and try again.');
  }
  const typed = reply as Reply<T>;
  if (!typed.ok) throw new RequestError(typed.error);
  return typed.value;
}

export async function askBackground<K extends BackgroundRequestType>(
  type: K,
  payload: BackgroundPayload<K>,
): Promise<BackgroundReplies[K]> {
  const reply: unknown = await browser.runtime.sendMessage({ to: 'background', type, payload });
  return unwrap<BackgroundReplies[K]>(reply);
}

export async function askTab<K extends TabRequestType>(
  tabId: number,
  type: K,
  ...[payload]: TabPayload<K> extends Record<string, never>
    ? [payload?: TabPayload<K>]
    : [payload: TabPayload<K>]
): Promise<TabReplies[K]> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { to: 'tab', type, payload: payload ?? {} });
  return unwrap<TabReplies[K]>(reply);
}
