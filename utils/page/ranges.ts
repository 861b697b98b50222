// Turns offsets into the extracted text back into DOM Ranges over the page's Text nodes.
import { segmentAt, type TextSegment } from './extract';

/** A Range covering text offsets [start, end), or null if they fall outside any segment. */
export function rangeFor(
  document: Document,
  segments: readonly TextSegment[],
  start: number,
  end: number,
): Range | null {
  if (end <= start) return null;
  const first = segments[segmentAt(segments, start)];
  const last = segments[segmentAt(segments, end, true)];
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

/** Maps a (Text node, offset) caret position back to an offset into the extracted text. */
export function textOffsetOf(
  segmentIndex: ReadonlyMap<Text, number>,
  segments: readonly TextSegment[],
  node: Node,
  offset: number,
): number | null {
  if (node.nodeType !== 3) return null;
  const index = segmentIndex.get(node as Text);
  if (index === undefined) return null;
  const segment = segments[index];
  return segment ? segment.start + offset : null;
}

export function indexSegments(segments: readonly TextSegment[]): Map<Text, number> {
  const index = new Map<Text, number>();
  segments.forEach((segment, position) => index.set(segment.node, position));
  return index;
}
