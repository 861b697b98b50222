// The fallback for browsers without the CSS Custom Highlight API: each mention's text is
// wrapped in <backstory-mark> elements of our own. The page's Text nodes are never edited:
// a wrapped node is taken out whole and replaced by new pieces, and put back as it was on
// clear(), so turning Backstory off leaves the DOM exactly as before.
import { DEFAULT_APPEARANCE, markStyle, type Appearance } from '../appearance';
import type { HighlightStyle, Painter } from './highlights';

export const MARK_TAG = 'backstory-mark';

interface Piece {
  start: number;
  end: number;
  style: HighlightStyle;
}

interface Replacement {
  original: Text;
  nodes: Node[];
}

/** The parts of `range` in each Text node it covers. */
function piecesOf(range: Range, style: HighlightStyle, into: Map<Text, Piece[]>): void {
  const document = range.startContainer.ownerDocument;
  if (!document) return;
  const root = range.commonAncestorContainer;
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start) return;
    const list = into.get(node) ?? [];
    list.push({ start, end, style });
    into.set(node, list);
  };
  if (root.nodeType === 3) {
    add(root as Text);
    return;
  }
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) add(node as Text);
  }
}

export class WrapPainter implements Painter {
  readonly mutatesDom = true;
  private replacements: Replacement[] = [];
  private readonly owned = new WeakSet<Node>();
  private focused: HTMLElement[] = [];
  private look: Appearance = DEFAULT_APPEARANCE;

  constructor(private readonly document: Document) {}

  paint(ranges: ReadonlyMap<HighlightStyle, readonly Range[]>): void {
    this.clear();
    const pieces = new Map<Text, Piece[]>();
    for (const [style, list] of ranges) {
      if (style === 'focus') continue;
      for (const range of list) piecesOf(range, style, pieces);
    }
    for (const [original, list] of pieces) {
      const parent = original.parentNode;
      if (!parent) continue;
      list.sort((a, b) => a.start - b.start);
      const nodes: Node[] = [];
      let at = 0;
      for (const piece of list) {
        if (piece.start < at) continue;
        if (piece.start > at) nodes.push(this.document.createTextNode(original.data.slice(at, piece.start)));
        const mark = this.document.createElement(MARK_TAG);
        mark.setAttribute('style', markStyle(piece.style, this.look));
        mark.dataset.backstoryStyle = piece.style;
        const text = this.document.createTextNode(original.data.slice(piece.start, piece.end));
        mark.append(text);
        this.owned.add(text);
        nodes.push(mark);
        at = piece.end;
      }
      if (at < original.data.length) nodes.push(this.document.createTextNode(original.data.slice(at)));
      for (const node of nodes) this.owned.add(node);
      this.owned.add(original);
      // replaceWith moves the page's own node out whole; its data is never edited.
      original.replaceWith(...nodes);
      this.replacements.push({ original, nodes });
    }
  }

  paintFocus(range: Range | null): void {
    for (const mark of this.focused) {
      mark.setAttribute('style', markStyle(this.styleOf(mark), this.look));
    }
    this.focused = [];
    if (!range) return;
    for (const mark of this.document.querySelectorAll<HTMLElement>(MARK_TAG)) {
      if (range.intersectsNode(mark)) {
        mark.setAttribute('style', markStyle('focus', this.look));
        this.focused.push(mark);
      }
    }
  }

  clear(): void {
    for (const { original, nodes } of this.replacements.reverse()) {
      const first = nodes[0];
      if (first?.parentNode) first.parentNode.insertBefore(original, first);
      for (const node of nodes) node.parentNode?.removeChild(node);
    }
    this.replacements = [];
    this.focused = [];
  }

  owns(node: Node): boolean {
    return this.owned.has(node);
  }

  setAppearance(look: Appearance): void {
    this.look = look;
    for (const { nodes } of this.replacements) {
      for (const node of nodes) {
        if (node instanceof HTMLElement && !this.focused.includes(node)) {
          node.setAttribute('style', markStyle(this.styleOf(node), look));
        }
      }
    }
  }

  private styleOf(mark: HTMLElement): Exclude<HighlightStyle, 'focus'> {
    const style = mark.dataset.backstoryStyle;
    return style === 'organization' || style === 'suggestion' ? style : 'person';
  }
}
