import { describe, expect, it } from 'vitest';
import {
  appearance,
  DEFAULT_APPEARANCE,
  declarations,
  highlightCss,
  readAppearance,
  readPopoverWidth,
} from '../utils/appearance';

describe('declarations', () => {
  it.each([
    ['both', 'person', ['background-color: rgb(214 140 0 / 0.2);', 'underline 2px solid #d68c00']],
    ['tint', 'person', ['background-color: rgb(214 140 0 / 0.2);']],
    ['underline', 'organization', ['underline 2px dashed #d68c00']],
    ['underline', 'suggestion', ['underline 1px dotted #d68c00']],
  ] as const)('%s for a %s', (style, kind, fragments) => {
    const css = declarations(kind, { style, color: '#d68c00' });
    for (const fragment of fragments) expect(css).toContain(fragment);
    if (style === 'tint') expect(css).not.toContain('text-decoration');
    if (style === 'underline') expect(css).not.toContain('background-color');
  });
});

describe('highlightCss', () => {
  it('has one rule per highlight name', () => {
    const css = highlightCss(DEFAULT_APPEARANCE);
    for (const name of ['person', 'organization', 'suggestion', 'focus']) {
      expect(css).toContain(`::highlight(backstory-${name})`);
    }
  });
});

describe('stored values', () => {
  it('falls back to the defaults for a malformed appearance', () => {
    expect(readAppearance({ person: { style: 'blink', color: 'red' } })).toEqual(DEFAULT_APPEARANCE);
    const custom = { ...DEFAULT_APPEARANCE, person: { style: 'tint' as const, color: '#112233' } };
    expect(readAppearance(custom)).toEqual(custom);
  });

  it('keeps the popover width within its range', () => {
    expect(readPopoverWidth(30)).toBe(30);
    expect(readPopoverWidth(5)).toBe(26);
    expect(readPopoverWidth('wide')).toBe(26);
  });

  it('reads the default before anything is stored', async () => {
    expect(await appearance.getValue()).toEqual(DEFAULT_APPEARANCE);
  });
});
