import { describe, expect, it } from 'vitest';
import { extractText } from '../../utils/page/extract';
import { rangeFor } from '../../utils/page/ranges';
import type { HighlightStyle } from '../../utils/page/highlights';
import { PageSession } from '../../utils/page/session';
import { MARK_TAG, WrapPainter } from '../../utils/page/wrap-painter';

const isHidden = () => false;

function rangesOf(text: string, names: Record<string, HighlightStyle>): Map<HighlightStyle, Range[]> {
  const { text: extracted, segments } = extractText(document.body, { isHidden });
  const byStyle = new Map<HighlightStyle, Range[]>();
  for (const [name, style] of Object.entries(names)) {
    for (const match of extracted.matchAll(new RegExp(name, 'gu'))) {
      const range = rangeFor(document, segments, match.index, match.index + name.length);
      if (range) byStyle.set(style, [...(byStyle.get(style) ?? []), range]);
    }
  }
  expect(extracted).toContain(text);
  return byStyle;
}

describe('WrapPainter (browsers without the Highlight API)', () => {
  it('wraps each mention, across elements too, and puts the very same nodes back on clear', () => {
    document.body.innerHTML = '<p id="p">Vladimir <a href="#">Putin</a> met Meduza and Putin.</p>';
    const before = document.body.innerHTML;
    const originals = [...document.querySelectorAll('p, a')].flatMap((element) => [...element.childNodes]);
    const painter = new WrapPainter(document);
    painter.paint(rangesOf('Vladimir Putin', { 'Vladimir Putin': 'person', Meduza: 'organization' }));

    const marks = [...document.querySelectorAll<HTMLElement>(MARK_TAG)];
    expect(marks.map((mark) => [mark.textContent, mark.dataset.backstoryStyle])).toEqual([
      ['Vladimir ', 'person'],
      ['Putin', 'person'],
      ['Meduza', 'organization'],
    ]);
    expect(document.body.textContent).toBe('Vladimir Putin met Meduza and Putin.');
    expect(marks.every((mark) => painter.owns(mark))).toBe(true);

    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    const after = [...document.querySelectorAll('p, a')].flatMap((element) => [...element.childNodes]);
    expect(after).toEqual(originals);
    expect(after.every((node, index) => node === originals[index])).toBe(true);
  });

  it('draws and removes the focus ring on a mention’s marks', () => {
    document.body.innerHTML = '<p>Meduza and Mash</p>';
    const painter = new WrapPainter(document);
    painter.paint(rangesOf('Meduza', { Meduza: 'organization', Mash: 'organization' }));
    const { segments } = extractText(document.body, { isHidden });
    const range = rangeFor(document, segments, 0, 6);
    painter.paintFocus(range);
    const [first, second] = [...document.querySelectorAll<HTMLElement>(MARK_TAG)];
    expect(first?.getAttribute('style')).toContain('120 80 255');
    expect(second?.getAttribute('style')).not.toContain('120 80 255');
    painter.paintFocus(null);
    expect(first?.getAttribute('style')).not.toContain('120 80 255');
  });

  it('lets a page session hit-test and re-scan over wrapped text', async () => {
    document.body.innerHTML = '<p>Putin spoke. Putin left.</p>';
    const before = document.body.innerHTML;
    const session = new PageSession({
      document,
      painter: new WrapPainter(document),
      extract: { isHidden },
      scan: async (text) => ({
        mentions: [...text.matchAll(/Putin/gu)].map((match) => ({
          entityId: 'p',
          start: match.index,
          end: match.index + 5,
        })),
        entities: [{ id: 'p', type: 'person', name: 'Vladimir Putin' }],
      }),
    });
    await session.refresh();
    await session.refresh();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(2);
    expect(session.mentions.map((mention) => mention.range.toString())).toEqual(['Putin', 'Putin']);
    expect(session.mentions.every((mention) => mention.range.startContainer.isConnected)).toBe(true);
    session.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});
