// One page's highlighting: extract the visible text, ask the background for the mentions in
// it, turn them into Ranges and paint them. Keeps what the hover test and popup need.
import type { EntitySummary, EntityType } from '../model';
import type { PageEntity, PageMention } from '../protocol';
import { extractText, type ExtractOptions } from './extract';
import { HighlightPainter, supportsHighlights, type HighlightStyle, type Painter } from './highlights';
import { WrapPainter } from './wrap-painter';
import type { HitTestState, PlacedMention } from './hit-test';
import { indexSegments, rangeFor } from './ranges';
import { sentenceAround } from './sentence';

export type ScanFunction = (
  text: string,
  url: string,
  title: string,
) => Promise<{ mentions: PageMention[]; entities: EntitySummary[] }>;

export interface PageSessionOptions {
  document: Document;
  scan: ScanFunction;
  extract?: ExtractOptions;
  /** The region to scan (the article's element, or the whole body); defaults to the body. */
  root?: () => Node;
  /** Defaults to CSS highlights where the browser has them, else wrapping elements. */
  painter?: Painter;
  /** Entities the reader hid on this site: their mentions are left alone. */
  hidden?: () => ReadonlySet<string>;
}

const EMPTY_STATE: HitTestState = { segments: [], segmentIndex: new Map(), mentions: [] };

export class PageSession {
  readonly painter: Painter;
  private state: HitTestState = EMPTY_STATE;
  private entities = new Map<string, EntitySummary>();
  private generation = 0;
  private scannedText = '';

  constructor(private readonly options: PageSessionOptions) {
    const view = options.document.defaultView;
    this.painter =
      options.painter ??
      (view && supportsHighlights(view)
        ? new HighlightPainter(options.document)
        : new WrapPainter(options.document));
  }

  get hitTestState(): HitTestState {
    return this.state;
  }

  get mentions(): readonly PlacedMention[] {
    return this.state.mentions;
  }

  entity(id: string): EntitySummary | undefined {
    return this.entities.get(id);
  }

  /** Scans the page again and repaints. A refresh overtaken by a newer one changes nothing. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const { document } = this.options;
    const extract = () =>
      extractText(this.options.root?.() ?? document.body ?? document.documentElement, this.options.extract);
    let extracted = extract();
    const result = await this.options.scan(extracted.text, document.location.href, document.title);
    if (generation !== this.generation) return;
    if (this.painter.mutatesDom) {
      // Put the page back as it was before wrapping anew; the offsets are into the same text.
      this.painter.clear();
      const fresh = extract();
      if (fresh.text !== extracted.text) return;
      extracted = fresh;
    }

    const hidden = this.options.hidden?.() ?? new Set<string>();
    const entities = new Map(
      result.entities.filter((entity) => !hidden.has(entity.id)).map((entity) => [entity.id, entity]),
    );
    const mentions: PlacedMention[] = [];
    const byStyle = new Map<HighlightStyle, Range[]>();
    for (const mention of [...result.mentions].sort((a, b) => a.start - b.start)) {
      const entity = entities.get(mention.entityId);
      const range = entity && rangeFor(document, extracted.segments, mention.start, mention.end);
      if (!entity || !range) continue;
      mentions.push({ ...mention, range });
      const style: EntityType = entity.type;
      const list = byStyle.get(style) ?? [];
      list.push(range);
      byStyle.set(style, list);
    }
    this.entities = entities;
    this.painter.paint(byStyle);
    if (this.painter.mutatesDom) {
      // Wrapping replaced Text nodes: rebuild the ranges over the new ones (same offsets).
      extracted = extract();
      for (const mention of mentions) {
        mention.range = rangeFor(document, extracted.segments, mention.start, mention.end) ?? mention.range;
      }
    }
    this.scannedText = extracted.text;
    this.state = { segments: extracted.segments, segmentIndex: indexSegments(extracted.segments), mentions };
  }

  /** The sentence a mention stands in, as a source's quote. */
  sentenceOf(mention: PlacedMention): string {
    return sentenceAround(this.scannedText, mention.start, mention.end);
  }

  /** Draws the keyboard focus ring on one mention, or removes it. */
  setFocus(mention: PlacedMention | null): void {
    this.painter.paintFocus(mention?.range ?? null);
  }

  /**
   * The mention after (`step` 1) or before (-1) `current`; without one, the first mention
   * below the top of the viewport (or the last above it, going back). Wraps around.
   */
  step(current: PlacedMention | null, step: 1 | -1, viewportTop = 0): PlacedMention | null {
    const list = this.state.mentions;
    if (list.length === 0) return null;
    let index = current ? list.indexOf(current) : -1;
    if (index === -1) {
      const below = list.findIndex((mention) => mention.range.getBoundingClientRect().bottom >= viewportTop);
      index = step === 1 ? (below === -1 ? 0 : below) : (below === -1 ? list.length : below) - 1;
    } else index += step;
    const wrapped = ((index % list.length) + list.length) % list.length;
    return list[wrapped] ?? null;
  }

  /** Removes every highlight; the page is as it was. */
  clear(): void {
    this.generation++;
    this.state = EMPTY_STATE;
    this.scannedText = '';
    this.entities = new Map();
    this.painter.clear();
  }

  countOf(entityId: string): number {
    return this.state.mentions.filter((mention) => mention.entityId === entityId).length;
  }

  /** The entities this page mentions, most mentioned first. */
  summary(): PageEntity[] {
    const counts = new Map<string, number>();
    for (const mention of this.state.mentions)
      counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
    return [...counts]
      .map(([id, count]) => {
        const entity = this.entities.get(id);
        return entity ? { ...entity, count } : null;
      })
      .filter((entry): entry is PageEntity => entry !== null)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
}
