// One page's highlighting: extract the visible text, ask the background for the mentions in
// it, turn them into Ranges and paint them. Keeps what the hover test and popup need.
import type { EntitySummary, EntityType } from '../model';
import type { PageEntity, PageMention } from '../protocol';
import type { Suggestion } from '../suggest/index';
import { changedWindow, keepOutside, mergeSuggestions } from './changes';
import { extractText, extractTextInSlices, type ExtractedText, type ExtractOptions } from './extract';
import { HighlightPainter, supportsHighlights, type HighlightStyle, type Painter } from './highlights';
import { WrapPainter } from './wrap-painter';
import type { HitTestState, PlacedMention } from './hit-test';
import { indexSegments, rangeFor } from './ranges';
import { sentenceAround } from '../sentence';

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
  /** The entity types the reader wants highlighted (default: all). */
  types?: () => ReadonlySet<EntityType>;
  /** Waits for idle time between slices of a long page's extraction (default: no pauses). */
  pause?: () => Promise<void>;
  /** Names worth adding that the knowledge base does not know, given the known mentions. */
  suggest?: (text: string, known: readonly PageMention[]) => Promise<Suggestion[]>;
}

/** A mention before it has a Range. */
type Placement = Omit<PlacedMention, 'range'>;

const ALL_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization']);

/** Known mentions and suggestions' occurrences, in text order, ready to place. */
function withSuggestions(known: readonly PageMention[], suggestions: readonly Suggestion[]): Placement[] {
  const placed: Placement[] = known.map((mention) => ({ ...mention }));
  for (const suggestion of suggestions) {
    for (const occurrence of suggestion.occurrences) {
      placed.push({
        entityId: suggestionId(suggestion),
        start: occurrence.start,
        end: occurrence.end,
        suggestion,
      });
    }
  }
  return placed.sort((a, b) => a.start - b.start);
}

/** The stand-in id of a suggestion's mentions (suggestions have no entity yet). */
export function suggestionId(suggestion: Pick<Suggestion, 'name' | 'type'>): string {
  return `suggestion:${suggestion.type}:${suggestion.name}`;
}

const EMPTY_STATE: HitTestState = { segments: [], segmentIndex: new Map(), mentions: [] };

export class PageSession {
  readonly painter: Painter;
  private state: HitTestState = EMPTY_STATE;
  private entities = new Map<string, EntitySummary>();
  private generation = 0;
  private scannedText = '';
  private lastSuggestions: Suggestion[] = [];

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

  /**
   * Scans the page again and repaints. A refresh overtaken by a newer one changes nothing.
   * With `changedOnly` (the page itself changed, not the knowledge base or the settings), a
   * page whose text did not change is left as it is, and suggestions are searched again only
   * in the blocks that changed; known names are matched in the whole text, which the
   * background does in about a millisecond per 100 KB, so that short forms a page defined
   * earlier still count.
   */
  async refresh(options: { changedOnly?: boolean } = {}): Promise<void> {
    const generation = ++this.generation;
    const { document } = this.options;
    let extracted = this.options.pause
      ? await extractTextInSlices(this.root(), this.options.extract, this.options.pause)
      : this.extract();
    if (generation !== this.generation) return;
    const window =
      options.changedOnly && this.scannedText ? changedWindow(this.scannedText, extracted.text) : undefined;
    if (window === null) return;
    const keptSuggestions = window ? keepOutside(this.lastSuggestions, window) : [];
    const result = await this.options.scan(extracted.text, document.location.href, document.title);
    if (generation !== this.generation) return;
    if (this.painter.mutatesDom) {
      // Put the page back as it was before wrapping anew; the offsets are into the same text.
      this.painter.clear();
      const fresh = this.extract();
      if (fresh.text !== extracted.text) return;
      extracted = fresh;
    }

    const hidden = this.options.hidden?.() ?? new Set<string>();
    const types = this.options.types?.() ?? ALL_TYPES;
    const entities = new Map(
      result.entities
        .filter((entity) => !hidden.has(entity.id) && types.has(entity.type))
        .map((entity) => [entity.id, entity]),
    );
    const known: PageMention[] = [...result.mentions]
      .filter((mention) => entities.has(mention.entityId))
      .sort((a, b) => a.start - b.start);
    this.entities = entities;
    this.scannedText = extracted.text;
    const overlapsKnown = (occurrence: { start: number; end: number }) =>
      known.some((mention) => occurrence.start < mention.end && mention.start < occurrence.end);
    const kept = keptSuggestions
      .map((suggestion) => ({
        ...suggestion,
        occurrences: suggestion.occurrences.filter((o) => !overlapsKnown(o)),
      }))
      .filter((suggestion) => suggestion.occurrences.length > 0 && types.has(suggestion.type));
    this.lastSuggestions = kept;
    this.place(extracted, withSuggestions(known, kept));

    // Suggestions come second, so known names show at once; a newer refresh wins here too.
    if (!this.options.suggest) return;
    const from = window?.start ?? 0;
    const to = window?.end ?? extracted.text.length;
    const inWindow = known
      .filter((mention) => mention.start >= from && mention.end <= to)
      .map((mention) => ({ ...mention, start: mention.start - from, end: mention.end - from }));
    const found = await this.options.suggest(extracted.text.slice(from, to), inWindow);
    const suggestions = mergeSuggestions(kept, found, from).filter((item) => types.has(item.type));
    if (generation !== this.generation) return;
    this.lastSuggestions = suggestions;
    if (found.length === 0) return;
    if (this.painter.mutatesDom) {
      this.painter.clear();
      extracted = this.extract();
      if (extracted.text !== this.scannedText) return;
    }
    this.place(extracted, withSuggestions(known, suggestions));
  }

  private root(): Node {
    const { document } = this.options;
    return this.options.root?.() ?? document.body ?? document.documentElement;
  }

  private extract(): ExtractedText {
    return extractText(this.root(), this.options.extract);
  }

  /** Turns offsets into ranges, paints them by style and keeps them for hit-testing. */
  private place(extracted: ExtractedText, placements: Placement[]): void {
    const { document } = this.options;
    const mentions: PlacedMention[] = [];
    const byStyle = new Map<HighlightStyle, Range[]>();
    for (const placement of placements) {
      const range = rangeFor(document, extracted.segments, placement.start, placement.end);
      if (!range) continue;
      mentions.push({ ...placement, range });
      const style: HighlightStyle = placement.suggestion
        ? 'suggestion'
        : (this.entities.get(placement.entityId)?.type ?? 'person');
      const list = byStyle.get(style) ?? [];
      list.push(range);
      byStyle.set(style, list);
    }
    this.painter.paint(byStyle);
    let segments = extracted.segments;
    if (this.painter.mutatesDom) {
      // Wrapping replaced Text nodes: rebuild the ranges over the new ones (same offsets).
      segments = this.extract().segments;
      for (const mention of mentions) {
        mention.range = rangeFor(document, segments, mention.start, mention.end) ?? mention.range;
      }
    }
    this.state = { segments, segmentIndex: indexSegments(segments), mentions };
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
    this.lastSuggestions = [];
    this.entities = new Map();
    this.painter.clear();
  }

  /** The suggestions painted on the page, most mentioned first. */
  suggestions(): Suggestion[] {
    const seen = new Map<string, Suggestion>();
    for (const mention of this.state.mentions) {
      if (mention.suggestion) seen.set(mention.entityId, mention.suggestion);
    }
    return [...seen.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  countOf(entityId: string): number {
    return this.state.mentions.filter((mention) => mention.entityId === entityId).length;
  }

  /** The entities this page mentions, most mentioned first. */
  summary(): PageEntity[] {
    const counts = new Map<string, number>();
    for (const mention of this.state.mentions) {
      if (!mention.suggestion) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
    }
    return [...counts]
      .map(([id, count]) => {
        const entity = this.entities.get(id);
        return entity ? { ...entity, count } : null;
      })
      .filter((entry): entry is PageEntity => entry !== null)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
}
