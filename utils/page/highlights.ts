// Paints mentions with the CSS Custom Highlight API: one Highlight per style, registered as
// `backstory-<style>`, and one constructed style sheet for their look. Neither touches the
// page's DOM tree, so the page's scripts, selection and copy-paste see the page as it was.
import { DEFAULT_APPEARANCE, highlightCss, type Appearance } from '../appearance';

export type HighlightStyle = 'person' | 'organization' | 'suggestion' | 'focus';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['person', 'organization', 'suggestion', 'focus'];

export function highlightName(style: HighlightStyle): string {
  return `backstory-${style}`;
}

export function supportsHighlights(view: Window & typeof globalThis): boolean {
  return typeof view.Highlight === 'function' && typeof view.CSS !== 'undefined' && 'highlights' in view.CSS;
}

/** Paints mentions on a page. Painters that change the DOM say so, and own their nodes. */
export interface Painter {
  readonly mutatesDom: boolean;
  paint(ranges: ReadonlyMap<HighlightStyle, readonly Range[]>): void;
  paintFocus(range: Range | null): void;
  clear(): void;
  /** Whether a node was made or moved by this painter (the page's observers ignore it). */
  owns(node: Node): boolean;
  /** The reader's colours and styles (options page), applied to what is painted now. */
  setAppearance(look: Appearance): void;
}

/** Owns the registered highlights and the style sheet of one document. */
export class HighlightPainter implements Painter {
  readonly mutatesDom = false;
  private readonly sheet: CSSStyleSheet;
  private attached = false;

  constructor(private readonly document: Document) {
    const view = document.defaultView;
    if (!view) throw new Error('The page has no window.');
    this.sheet = new view.CSSStyleSheet();
    this.sheet.replaceSync(highlightCss(DEFAULT_APPEARANCE));
  }

  setAppearance(look: Appearance): void {
    this.sheet.replaceSync(highlightCss(look));
  }

  /** Replaces what is painted with `ranges`, grouped by style. */
  paint(ranges: ReadonlyMap<HighlightStyle, readonly Range[]>): void {
    this.attach();
    const view = this.document.defaultView;
    if (!view) return;
    for (const style of HIGHLIGHT_STYLES) {
      if (style === 'focus') continue;
      const list = ranges.get(style);
      const name = highlightName(style);
      if (!list || list.length === 0) {
        view.CSS.highlights.delete(name);
        continue;
      }
      view.CSS.highlights.set(name, new view.Highlight(...list));
    }
  }

  /** Marks one range as the keyboard's current mention (a focus ring drawn as a highlight). */
  paintFocus(range: Range | null): void {
    const view = this.document.defaultView;
    if (!view) return;
    const name = highlightName('focus');
    if (!range) {
      view.CSS.highlights.delete(name);
      return;
    }
    this.attach();
    const highlight = new view.Highlight(range);
    highlight.priority = 1;
    view.CSS.highlights.set(name, highlight);
  }

  /** Removes every highlight and the style sheet: the page is as before. */
  clear(): void {
    const view = this.document.defaultView;
    if (view) for (const style of HIGHLIGHT_STYLES) view.CSS.highlights.delete(highlightName(style));
    if (this.attached) {
      this.document.adoptedStyleSheets = this.document.adoptedStyleSheets.filter(
        (sheet) => sheet !== this.sheet,
      );
      this.attached = false;
    }
  }

  owns(): boolean {
    return false;
  }

  private attach(): void {
    if (this.attached) return;
    this.document.adoptedStyleSheets = [...this.document.adoptedStyleSheets, this.sheet];
    this.attached = true;
  }
}
