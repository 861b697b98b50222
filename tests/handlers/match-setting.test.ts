// page.scan follows the reader's one-word-name setting.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveEntity } from '../../utils/db';
import { createHandlers } from '../../utils/handlers';
import { Dictionary } from '../../utils/match';
import type { Reply } from '../../utils/protocol';
import { freshDb } from '../db/helpers';

const PAGE = 'https://news.example/story';
const sender = {
  id: fakeBrowser.runtime.id,
  url: PAGE,
  tab: { id: 3, url: PAGE, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

describe('page.scan and the one-word-name setting', () => {
  it.each([
    [true, []],
    [false, ['Mash']],
  ])('with the rule %s finds %j', async (rule, expected) => {
    const db = await freshDb();
    const entity = await saveEntity(db, {
      type: 'organization',
      name: 'Mash Telegram channel',
      aliases: [{ text: 'Mash' }],
      description: '',
      links: [],
      tags: [],
    });
    const handlers = createHandlers({
      db,
      dictionary: Dictionary.fromEntities([entity]),
      broadcast: () => undefined,
      singleWordNeedsFullName: () => rule,
    });
    const text = 'The channels of Mash and Baza reported it.';
    const reply = (await handlers.handle(
      { to: 'background', type: 'page.scan', payload: { text, url: PAGE, title: 'T' } },
      sender,
      fakeBrowser.runtime.id,
    )) as Reply<{ mentions: { start: number; end: number }[] }>;
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.mentions.map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });
});
