// Finds the mention under the pointer: caret position from point, then the mention whose
// range contains that caret and whose boxes contain the point (a caret snaps to the nearest
// character even beside a line's end, so the boxes decide).
import { textOffsetOf } from './ranges';
import type { TextSegment } from './extract';
import type { Suggestion } from '../suggest/index';

export interface PlacedMention {
  /** The entity's id, or for a suggestion a stand-in (see suggestionId). */
  entityId: string;
  start: number;
  end: number;
  range: Range;
  /** Set on the mentions of a name the knowledge base does not know yet. */
  suggestion?: Suggestion;
}

export interface HitTestState {
  segments: readonly TextSegment[];
  segmentIndex: ReadonlyMap<Text, number>;
  /** Sorted by start, not overlapping. */
  mentions: readonly PlacedMention[];
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(document: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof document.caretRangeFromPoint === 'function') {
    const range = document.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The last mention starting at or before `offset`, by binary search. */
export function mentionIndexAt(mentions: readonly PlacedMention[], offset: number): number {
  let low = 0;
  let high = mentions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const mention = mentions[mid];
    if (!mention) break;
    if (mention.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

export function pointInRange(range: Range, x: number, y: number, slop = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) {
      return true;
    }
  }
  return false;
}

export function mentionAtPoint(
  document: Document,
  state: HitTestState,
  x: number,
  y: number,
): PlacedMention | null {
  const caret = caretAt(document as CaretDocument, x, y);
  if (!caret) return null;
  const offset = textOffsetOf(state.segmentIndex, state.segments, caret.node, caret.offset);
  if (offset === null) return null;
  // The caret may sit just after the mention's last character: look at the one before too.
  const index = mentionIndexAt(state.mentions, offset);
  for (const candidate of [state.mentions[index], state.mentions[index - 1]]) {
    if (
      candidate &&
      offset >= candidate.start &&
      offset <= candidate.end &&
      pointInRange(candidate.range, x, y)
    ) {
      return candidate;
    }
  }
  return null;
}
