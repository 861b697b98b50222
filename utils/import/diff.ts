// What an import would do to each entity and note: new, changed (theirs is a later state of
// mine), unchanged, or conflicting (both differ and neither is a later state of the other).
// Pure: the stored records are passed in, so preview and apply classify the same way.
import type { Entity, Note, NoteVersion } from '../model';

export type ImportStatus = 'new' | 'changed' | 'unchanged' | 'conflict';
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** Sorted keys, no undefined: two records with the same content give the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const sameRecord = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** An entity's status; without a history of entity edits, the later `modified` wins. */
export function entityStatus(stored: Entity | undefined, incoming: Entity): ImportStatus {
  if (!stored) return 'new';
  if (sameRecord(stored, incoming)) return 'unchanged';
  return incoming.modified > stored.modified ? 'changed' : 'conflict';
}

type NoteState = Pick<Note, 'text' | 'sources' | 'author' | 'modified'>;
const sameState = (a: NoteState, b: NoteState) =>
  a.modified === b.modified && a.text === b.text && a.author === b.author && sameRecord(a.sources, b.sources);

/**
 * A note's status, using both histories: theirs is a later state of mine when their earlier
 * versions include my current state; mine is a later state of theirs (nothing to take: an old
 * backup) when my earlier versions include theirs.
 */
export function noteStatus(
  stored: Note | undefined,
  incoming: Note,
  storedHistory: readonly NoteVersion[],
  incomingHistory: readonly NoteVersion[],
): ImportStatus {
  if (!stored) return 'new';
  if (sameRecord(stored, incoming)) return 'unchanged';
  if (stored.entityId === incoming.entityId) {
    if (incomingHistory.some((version) => sameState(version, stored))) return 'changed';
    if (storedHistory.some((version) => sameState(version, incoming))) return 'unchanged';
  }
  return 'conflict';
}

export const recordKey = (kind: 'entity' | 'note', id: string) => `${kind}:${id}`;

/** The user's answers: one per conflict (by recordKey), and one for every other conflict. */
export interface Resolution {
  all: ConflictChoice;
  byKey: Record<string, ConflictChoice>;
}

export const choiceFor = (resolution: Resolution, key: string): ConflictChoice =>
  resolution.byKey[key] ?? resolution.all;

/** Groups versions by the note they belong to. */
export function historyByNote(versions: readonly NoteVersion[]): Map<string, NoteVersion[]> {
  const map = new Map<string, NoteVersion[]>();
  for (const version of versions) {
    const list = map.get(version.noteId);
    if (list) list.push(version);
    else map.set(version.noteId, [version]);
  }
  return map;
}
