// How highlights look: per entity type a style (underline, tint or both) and a colour, and the
// popover's width. Turned into the CSS for `::highlight(backstory-…)` (and for the fallback's
// own elements) by highlightCss, which the options page also uses for its live preview.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

export type MarkStyle = 'underline' | 'tint' | 'both';
export type StyledKind = 'person' | 'organization' | 'suggestion';

export interface KindAppearance {
  style: MarkStyle;
  /** `#rrggbb` */
  color: string;
}

export type Appearance = Record<StyledKind, KindAppearance>;

/** Colours that stay apart for the common colour-vision deficiencies (amber, blue, grey). */
export const DEFAULT_APPEARANCE: Appearance = {
  person: { style: 'both', color: '#d68c00' },
  organization: { style: 'both', color: '#006edc' },
  suggestion: { style: 'underline', color: '#808080' },
};

const KindSchema = v.object({
  style: v.picklist(['underline', 'tint', 'both']),
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/iu)),
});
export const AppearanceSchema = v.object({
  person: KindSchema,
  organization: KindSchema,
  suggestion: KindSchema,
});

export const appearance = storage.defineItem<Appearance>('sync:appearance', {
  fallback: DEFAULT_APPEARANCE,
  version: 1,
});

/** Popover width in `em` (it shrinks on narrow windows all the same). */
export const popoverWidth = storage.defineItem<number>('sync:popoverWidth', { fallback: 26, version: 1 });

export const POPOVER_WIDTH_RANGE = { min: 18, max: 40 } as const;

/** A stored appearance, or the default for anything that is not one (hand-edited storage). */
export function readAppearance(value: unknown): Appearance {
  const result = v.safeParse(AppearanceSchema, value);
  return result.success ? result.output : DEFAULT_APPEARANCE;
}

export function readPopoverWidth(value: unknown): number {
  return typeof value === 'number' && value >= POPOVER_WIDTH_RANGE.min && value <= POPOVER_WIDTH_RANGE.max
    ? value
    : 26;
}

function hexToRgb(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** CSS declarations for one kind: a translucent tint and/or an underline in its colour. */
export function declarations(kind: StyledKind, look: KindAppearance): string {
  const [r, g, b] = hexToRgb(look.color);
  const parts: string[] = [];
  if (look.style !== 'underline')
    parts.push(`background-color: rgb(${r} ${g} ${b} / ${kind === 'suggestion' ? 0.12 : 0.2});`);
  if (look.style !== 'tint') {
    const line = kind === 'suggestion' ? 'dotted' : kind === 'organization' ? 'dashed' : 'solid';
    parts.push(`text-decoration: underline ${kind === 'suggestion' ? 1 : 2}px ${line} ${look.color};`);
    parts.push('text-underline-offset: 3px;');
  }
  return parts.join(' ');
}

const FOCUS =
  'background-color: rgb(120 80 255 / 0.3); text-decoration: underline 3px solid rgb(120 80 255); text-underline-offset: 3px;';

/** The style sheet for the Highlight API's highlights. */
export function highlightCss(look: Appearance): string {
  const kinds: StyledKind[] = ['person', 'organization', 'suggestion'];
  return [
    ...kinds.map((kind) => `::highlight(backstory-${kind}) { ${declarations(kind, look[kind])} }`),
    `::highlight(backstory-focus) { ${FOCUS} }`,
  ].join('\n');
}

/** Inline style of the fallback's own elements. */
export function markStyle(kind: StyledKind | 'focus', look: Appearance): string {
  return kind === 'focus' ? FOCUS : declarations(kind, look[kind]);
}
