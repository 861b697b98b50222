// The part of a runtime.Port that the export and import ports use, and who may open one:
// only Backstory's own extension pages (never a content script, whatever it sends).

export interface PortSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface DataPort {
  name: string;
  sender?: PortSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Where the background runs: its id and origin (`browser.runtime.getURL('/')`). */
export interface PortOwner {
  ownId: string;
  extensionOrigin: string;
}

/** Whether a port comes from one of our own pages (options, popup), not a web page. */
export function isOwnPage(sender: PortSender | undefined, owner: PortOwner): boolean {
  if (sender?.id !== owner.ownId) return false;
  return sender.url?.startsWith(owner.extensionOrigin) === true;
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
