// Reads the visible text of a page region into one string, with a map from string offsets
// back to the Text nodes they came from. The DOM is only read, never changed.

/** A run of the extracted text that comes from one Text node, `start` to `end` in the text. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface ExtractedText {
  text: string;
  /** In text order, not overlapping; gaps between them are separators we added. */
  segments: TextSegment[];
}

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Elements that start a new block: a name never runs across their edges. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export interface ExtractOptions {
  /** Elements to leave out with their subtree (our own UI host, say). */
  exclude?: (element: Element) => boolean;
  /** Whether an element is rendered; defaults to Element.checkVisibility where it exists. */
  isHidden?: (element: Element) => boolean;
}

function defaultIsHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (typeof element.checkVisibility === 'function') {
    // visibilityProperty: `visibility: hidden` counts as hidden too.
    return !element.checkVisibility({ visibilityProperty: true });
  }
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/**
 * The extraction as steps: an iterative walk that pauses (yields) every few hundred nodes, so a
 * long page can be read in slices between frames. Block edges become `\n` so names never join
 * across them.
 */
function* extractSteps(root: Node, options: ExtractOptions): Generator<void, ExtractedText> {
  const isHidden = options.isHidden ?? defaultIsHidden;
  const exclude = options.exclude;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let endsWithBreak = true;
  const addBreak = () => {
    if (endsWithBreak) return;
    parts.push('\n');
    length += 1;
    endsWithBreak = true;
  };

  // `null` marks the end of a block element whose children were pushed before it.
  const stack: (Node | null)[] = [root];
  let visited = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      addBreak();
      continue;
    }
    if (++visited % STEP_NODES === 0) yield;
    if (node.nodeType === 3) {
      const text = node as Text;
      const data = text.data;
      if (data.length === 0) continue;
      segments.push({ node: text, start: length, end: length + data.length });
      parts.push(data);
      length += data.length;
      endsWithBreak = false;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const element = node as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || exclude?.(element) || isEditable(element) || isHidden(element)) continue;
      if (BLOCK_TAGS.has(tag)) {
        addBreak();
        stack.push(null);
      }
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return { text: parts.join(''), segments };
}

/** Nodes visited between two chances to pause. */
const STEP_NODES = 256;

/** Extracts the visible text under `root` in one go. */
export function extractText(root: Node, options: ExtractOptions = {}): ExtractedText {
  const steps = extractSteps(root, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Extracts the visible text in slices of at most about `sliceMs`, pausing between them with
 * `pause` (idle time, in the page), so a very long page never holds the main thread for
 * more than a frame.
 */
export async function extractTextInSlices(
  root: Node,
  options: ExtractOptions = {},
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  sliceMs = 8,
): Promise<ExtractedText> {
  const steps = extractSteps(root, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** Index of the segment containing text offset `offset` (or, with `atEnd`, ending there). */
export function segmentAt(segments: readonly TextSegment[], offset: number, atEnd = false): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid];
    if (!segment) break;
    if (atEnd ? segment.end < offset : segment.end <= offset) low = mid + 1;
    else if (atEnd ? segment.start >= offset : segment.start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}
