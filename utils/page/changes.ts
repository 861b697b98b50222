// What changed between two readings of a page's text: the one span that differs, widened to
// whole blocks (a name never crosses a block edge), so only that part is searched again.
import type { Suggestion } from '../suggest/index';

export interface ChangedWindow {
  /** The changed span in the new text, [start, end), on block edges. */
  start: number;
  end: number;
  /** Where that span ended in the old text. */
  oldEnd: number;
  /** New length minus old length: the shift of everything after the span. */
  delta: number;
}

export function changedWindow(before: string, after: string): ChangedWindow | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const start = after.lastIndexOf('\n', prefix - 1) + 1;
  const changedEnd = after.length - suffix;
  const edge = after.indexOf('\n', Math.max(changedEnd, start));
  const end = edge === -1 ? after.length : edge;
  const delta = after.length - before.length;
  return { start, end, oldEnd: end - delta, delta };
}

/**
 * The suggestions of the old text that lie outside the changed span, moved to their places
 * in the new text; occurrences inside it are dropped (that span is searched again).
 */
export function keepOutside(suggestions: readonly Suggestion[], window: ChangedWindow): Suggestion[] {
  const kept: Suggestion[] = [];
  for (const suggestion of suggestions) {
    const occurrences = suggestion.occurrences
      .filter((occurrence) => occurrence.end <= window.start || occurrence.start >= window.oldEnd)
      .map((occurrence) =>
        occurrence.start >= window.oldEnd
          ? { start: occurrence.start + window.delta, end: occurrence.end + window.delta }
          : occurrence,
      );
    if (occurrences.length > 0) kept.push({ ...suggestion, occurrences, count: occurrences.length });
  }
  return kept;
}

/** Suggestions found in the window (offsets into the window's text) added to the kept ones. */
export function mergeSuggestions(
  kept: readonly Suggestion[],
  found: readonly Suggestion[],
  offset: number,
): Suggestion[] {
  const byName = new Map(
    kept.map((suggestion) => [`${suggestion.type}:${suggestion.name}`, { ...suggestion }]),
  );
  for (const suggestion of found) {
    const occurrences = suggestion.occurrences.map((o) => ({ start: o.start + offset, end: o.end + offset }));
    const key = `${suggestion.type}:${suggestion.name}`;
    const existing = byName.get(key);
    if (existing) {
      existing.occurrences = [...existing.occurrences, ...occurrences].sort((a, b) => a.start - b.start);
      existing.count = existing.occurrences.length;
    } else byName.set(key, { ...suggestion, occurrences, count: occurrences.length });
  }
  return [...byName.values()];
}
