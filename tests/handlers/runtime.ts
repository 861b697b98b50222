// The background's handlers wired to WXT's fake runtime as background.ts wires them, for tests
// that send requests the way the other contexts do.
import { fakeBrowser } from 'wxt/testing';
import type { BackstoryDb } from '../../utils/db';
import type { HandlerDeps } from '../../utils/handlers';
import { createHandlers } from '../../utils/handlers';
import { Dictionary } from '../../utils/match';
import type { Reply } from '../../utils/protocol';

export type MessageSender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** Handlers over `db` (with any further `deps`), answering the fake runtime's onMessage. */
export function listenWithHandlers(
  db: BackstoryDb,
  broadcast: () => void,
  deps: Partial<HandlerDeps> = {},
): ReturnType<typeof createHandlers> {
  const handlers = createHandlers({
    db,
    dictionary: Dictionary.fromEntities([]),
    broadcast,
    extensionOrigin: fakeBrowser.runtime.getURL(''),
    ...deps,
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) =>
    handlers.handle(message, sender, fakeBrowser.runtime.id),
  );
  return handlers;
}

/** Sends a message through the fake runtime; resolves with the handlers' reply. */
export async function sendMessage(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
  const [first] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  const reply: unknown = await first;
  if (!reply) throw new Error('no reply');
  return reply as Reply<unknown>;
}
