// "Delete everything" from the options page: every store emptied in one write, the dictionary
// rebuilt (nothing is found on a page any more), other contexts told; content scripts refused.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { BackstoryDb } from '../../utils/db';
import type { Reply } from '../../utils/protocol';
import { freshDb } from '../db/helpers';
import type { MessageSender } from './runtime';
import { listenWithHandlers, sendMessage } from './runtime';

const PAGE_URL = 'https://news.example/story';
const options = (): MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});
const contentScript = (): MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: PAGE_URL,
  tab: { id: 1, url: PAGE_URL, incognito: false, index: 0, highlighted: false, active: true, pinned: false },
});

let db: BackstoryDb;
let broadcast: ReturnType<typeof vi.fn<() => void>>;

async function ask(
  type: string,
  payload: unknown,
  sender: MessageSender = options(),
): Promise<Reply<unknown>> {
  return sendMessage({ to: 'background', type, payload }, sender);
}

beforeEach(async () => {
  db = await freshDb();
  broadcast = vi.fn<() => void>();
  listenWithHandlers(db, broadcast);
});

describe('data.deleteAll', () => {
  it('empties every store and the dictionary, and tells the other contexts', async () => {
    const pack = {
      entities: [
        {
          name: 'Vladimir Putin',
          type: 'person',
          aliases: ['Putin'],
          notes: [
            { text: 'President of Russia.', sources: [{ url: 'https://en.wikipedia.org/wiki/Putin' }] },
          ],
        },
      ],
    };
    expect((await ask('pack.import', { text: JSON.stringify(pack) })).ok).toBe(true);
    const before = await ask(
      'page.scan',
      { text: 'Vladimir Putin spoke.', url: PAGE_URL, title: 'A' },
      contentScript(),
    );
    expect(before.ok && (before.value as { mentions: unknown[] }).mentions).toHaveLength(1);
    broadcast.mockClear();

    expect(await ask('data.deleteAll', {})).toEqual({ ok: true, value: null });

    for (const name of db.objectStoreNames) expect(await db.count(name), name).toBe(0);
    const after = await ask(
      'page.scan',
      { text: 'Vladimir Putin spoke.', url: PAGE_URL, title: 'A' },
      contentScript(),
    );
    expect(after.ok && (after.value as { mentions: unknown[] }).mentions).toHaveLength(0);
    expect(broadcast).toHaveBeenCalled();
  });

  it('is refused to a content script', async () => {
    const reply = await ask('data.deleteAll', {}, contentScript());
    expect(reply.ok).toBe(false);
  });
});
