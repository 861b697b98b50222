// Test helpers: a stand-in for the background that answers askBackground from a table of
// handlers, and records that read like a real knowledge base.
import type { askBackground } from '../../utils/messaging';
import type { Entity, Note } from '../../utils/model';
import type { BackgroundPayload, BackgroundReplies, BackgroundRequestType } from '../../utils/protocol';

export type BackgroundHandlers = {
  [K in BackgroundRequestType]?: (
    payload: BackgroundPayload<K>,
  ) => BackgroundReplies[K] | Promise<BackgroundReplies[K]>;
};

/** An askBackground that answers from `handlers` and fails, as the real one would, otherwise. */
export function fakeBackground(handlers: BackgroundHandlers): typeof askBackground {
  const fake = async (type: BackgroundRequestType, payload: unknown): Promise<unknown> => {
    const handler = handlers[type] as ((payload: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`No handler for ${type}`);
    return handler(payload);
  };
  // The table's types guarantee each handler's reply matches its request type.
  return fake as typeof askBackground;
}

export function makeEntity(overrides: Partial<Entity> = {}): Entity {
  return {
    id: 'e-ada',
    type: 'person',
    name: 'Ada Lovelace',
    aliases: [{ text: 'Countess of Lovelace', caseInsensitive: true }],
    description: 'Mathematician who wrote the first published program.',
    links: [{ url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', label: 'Wikipedia' }],
    tags: ['computing'],
    origin: { kind: 'own' },
    created: '2024-03-01T10:00:00.000Z',
    modified: '2024-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n-1',
    entityId: 'e-ada',
    text: 'Published notes on the Analytical Engine in 1843.',
    sources: [
      {
        url: 'https://www.britannica.com/biography/Ada-Lovelace',
        title: 'Ada Lovelace | Biography',
        publisher: 'Britannica',
        accessed: '2024-03-01',
      },
    ],
    author: 'Sam Reporter',
    origin: { kind: 'own' },
    created: '2024-03-01T10:00:00.000Z',
    modified: '2024-03-01T10:00:00.000Z',
    ...overrides,
  };
}
