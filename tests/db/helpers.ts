// Test helpers: a fresh, uniquely named knowledge base per test, and small inputs.
import type { BackstoryDb } from '../../utils/db';
import { openBackstoryDb } from '../../utils/db';
import type { EntityInput, NoteInput } from '../../utils/schemas';

let counter = 0;

export function freshDb(): Promise<BackstoryDb> {
  counter += 1;
  return openBackstoryDb(`backstory-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function entityInput(overrides: Partial<EntityInput> = {}): EntityInput {
  return {
    type: 'person',
    name: 'Vladimir Putin',
    aliases: [{ text: 'Putin' }],
    description: '',
    links: [],
    tags: [],
    ...overrides,
  };
}

export function noteInput(entityId: string, overrides: Partial<NoteInput> = {}): NoteInput {
  return {
    entityId,
    text: 'President of Russia.',
    sources: [{ url: 'https://en.wikipedia.org/wiki/Vladimir_Putin', title: 'Vladimir Putin' }],
    author: 'Tester',
    ...overrides,
  };
}
