// Test helpers for exports and imports: a connected pair of fake ports (messages cross as JSON,
// as Chrome sends them, asynchronously), and a small knowledge base with every kind of record.
import type { DataPort, PortSender } from '../../utils/export/data-port';
import type { BackstoryDb } from '../../utils/db';
import { saveEntity, saveNote } from '../../utils/db';
import { recordMentions, rejectSuggestion } from '../../utils/db-records';
import { entityInput, freshDb, noteInput } from '../db/helpers';

export const OWNER = { ownId: 'backstory-id', extensionOrigin: 'chrome-extension://backstory-id/' };
export const OPTIONS_PAGE: PortSender = { id: OWNER.ownId, url: `${OWNER.extensionOrigin}options.html` };

class FakePort implements DataPort {
  peer: FakePort | null = null;
  closed = false;
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];
  constructor(
    readonly name: string,
    readonly sender?: PortSender,
  ) {}
  onMessage = {
    addListener: (listener: (message: unknown) => void) => void this.messageListeners.push(listener),
  };
  onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };
  postMessage(message: unknown): void {
    if (this.closed) throw new Error('Attempting to use a disconnected port object');
    const copy: unknown = JSON.parse(JSON.stringify(message));
    const peer = this.peer;
    setTimeout(() => {
      if (peer && !peer.closed) for (const listener of peer.messageListeners) listener(copy);
    }, 0);
  }
  disconnect(): void {
    if (this.closed) return;
    this.closed = true;
    const peer = this.peer;
    // The side that disconnects is not told; the other side is.
    setTimeout(() => {
      if (peer && !peer.closed) {
        peer.closed = true;
        for (const listener of peer.disconnectListeners) listener();
      }
    }, 0);
  }
}

/** [page side, background side]; the background side carries `sender`. */
export function portPair(name: string, sender: PortSender = OPTIONS_PAGE): [DataPort, DataPort] {
  const page = new FakePort(name);
  const background = new FakePort(name, sender);
  page.peer = background;
  background.peer = page;
  return [page, background];
}

/** A knowledge base with two entities, notes (one edited), a mention and a rejected name. */
export async function populatedDb(): Promise<BackstoryDb> {
  const db = await freshDb();
  const putin = await saveEntity(
    db,
    entityInput({
      aliases: [{ text: 'Putin' }, { text: 'Путин', foldDiacritics: true }],
      description: 'President of Russia',
      links: [{ url: 'https://www.wikidata.org/wiki/Q7747', label: 'Wikidata' }],
      tags: ['politics', 'russia'],
    }),
  );
  const mash = await saveEntity(
    db,
    entityInput({
      name: 'Mash',
      type: 'organization',
      aliases: [{ text: 'Mash', safe: true }],
      tags: ['media'],
    }),
  );
  const sources = [
    { url: 'https://news.example/a', title: 'A, "quoted"', publisher: 'P' },
    { url: 'https://www.other.example/b', quote: '+1 more' },
  ];
  const text = '=HYPERLINK("http://evil.example") "quoted", comma\nnew line';
  const note = await saveNote(db, noteInput(putin.id, { text, sources }));
  await saveNote(db, noteInput(putin.id, { id: note.id, text: text.replace('comma', 'Comma'), sources }));
  await saveNote(db, noteInput(mash.id, { text: 'Telegram channel.', sources: [], author: '' }));
  await recordMentions(db, [
    {
      entityId: putin.id,
      url: 'https://news.example/story',
      title: 'Story',
      selector: { exact: 'Putin', prefix: 'said ', suffix: ' on' },
      start: 10,
      end: 15,
    },
    {
      entityId: mash.id,
      url: 'https://other.example/x#top',
      title: '-Other',
      selector: { exact: 'Mash', prefix: '', suffix: '' },
      start: 0,
      end: 4,
    },
  ]);
  await rejectSuggestion(db, 'Red Square', 'organization');
  return db;
}
