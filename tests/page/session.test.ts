import { describe, expect, it, vi } from 'vitest';
import type { ScanFunction } from '../../utils/page/session';
import { PageSession } from '../../utils/page/session';
import { mentionIndexAt } from '../../utils/page/hit-test';

class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

function installHighlightApi() {
  const registry = new Map<string, FakeHighlight>();
  Object.assign(window, { Highlight: FakeHighlight });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

const isHidden = () => false;

describe('PageSession', () => {
  it('paints one highlight per type from the background’s mentions and counts them', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML = '<p>Vladimir <a>Putin</a> and Meduza. Putin again.</p>';
    const scan = vi.fn<ScanFunction>(async (text) => {
      const mentions = [...text.matchAll(/Vladimir Putin|Putin|Meduza/gu)].map((match) => ({
        entityId: match[0] === 'Meduza' ? 'meduza' : 'putin',
        start: match.index,
        end: match.index + match[0].length,
      }));
      return {
        mentions,
        entities: [
          { id: 'putin', type: 'person', name: 'Vladimir Putin' },
          { id: 'meduza', type: 'organization', name: 'Meduza' },
        ],
      };
    });
    const session = new PageSession({ document, scan, extract: { isHidden } });
    await session.refresh();

    expect(scan).toHaveBeenCalledWith(
      expect.stringContaining('Vladimir Putin'),
      location.href,
      document.title,
    );
    expect([...(registry.get('backstory-person') ?? [])].map(String)).toEqual(['Vladimir Putin', 'Putin']);
    expect([...(registry.get('backstory-organization') ?? [])].map(String)).toEqual(['Meduza']);
    expect(session.summary()).toEqual([
      { id: 'putin', type: 'person', name: 'Vladimir Putin', count: 2 },
      { id: 'meduza', type: 'organization', name: 'Meduza', count: 1 },
    ]);
    expect(document.adoptedStyleSheets).toHaveLength(1);

    const [first, second, third] = session.mentions;
    expect(session.step(null, 1)).toBe(first);
    expect(session.step(first ?? null, 1)).toBe(second);
    expect(session.step(third ?? null, 1)).toBe(first);
    expect(session.step(first ?? null, -1)).toBe(third);
    session.setFocus(second ?? null);
    expect([...(registry.get('backstory-focus') ?? [])].map(String)).toEqual(['Meduza']);
    session.setFocus(null);
    expect(registry.has('backstory-focus')).toBe(false);

    session.clear();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(session.summary()).toEqual([]);
  });

  it('ignores mentions of entities the reply does not describe, and stale replies', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML = '<p>Putin</p>';
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const scan: ScanFunction = async () => {
      calls++;
      if (calls === 1) await slow;
      return { mentions: [{ entityId: calls === 1 ? 'old' : 'unknown', start: 0, end: 5 }], entities: [] };
    };
    const session = new PageSession({ document, scan, extract: { isHidden } });
    const first = session.refresh();
    await session.refresh();
    release();
    await first;
    expect(session.mentions).toEqual([]);
    expect(registry.get('backstory-person')).toBeUndefined();
  });
});

describe('PageSession suggestions and filters', () => {
  it('paints suggestions in their own style after the known names, and keeps them out of the summary', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML = '<p>Vladimir Putin met Vyacheslav Gladkov. Gladkov left.</p>';
    const scan: ScanFunction = async () => ({
      mentions: [{ entityId: 'putin', start: 0, end: 14 }],
      entities: [{ id: 'putin', type: 'person', name: 'Vladimir Putin' }],
    });
    const suggest = vi.fn(async (text: string) => [
      {
        name: 'Vyacheslav Gladkov',
        type: 'person' as const,
        count: 2,
        occurrences: [
          { start: text.indexOf('Vyacheslav'), end: text.indexOf('Vyacheslav') + 18 },
          { start: text.lastIndexOf('Gladkov'), end: text.lastIndexOf('Gladkov') + 7 },
        ],
        sentence: 'Vladimir Putin met Vyacheslav Gladkov.',
      },
    ]);
    const session = new PageSession({ document, scan, suggest, extract: { isHidden } });
    await session.refresh();
    expect(suggest).toHaveBeenCalledWith(expect.stringContaining('Gladkov'), [
      { entityId: 'putin', start: 0, end: 14 },
    ]);
    expect([...(registry.get('backstory-person') ?? [])].map(String)).toEqual(['Vladimir Putin']);
    expect([...(registry.get('backstory-suggestion') ?? [])].map(String)).toEqual([
      'Vyacheslav Gladkov',
      'Gladkov',
    ]);
    expect(session.mentions.map((mention) => mention.suggestion?.name ?? mention.entityId)).toEqual([
      'putin',
      'Vyacheslav Gladkov',
      'Vyacheslav Gladkov',
    ]);
    expect(session.summary().map((entity) => entity.id)).toEqual(['putin']);
    expect(session.suggestions().map((suggestion) => suggestion.name)).toEqual(['Vyacheslav Gladkov']);
  });

  it('leaves out hidden entities and types the reader turned off', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML = '<p>Putin and Meduza and Mash</p>';
    const scan: ScanFunction = async () => ({
      mentions: [
        { entityId: 'putin', start: 0, end: 5 },
        { entityId: 'meduza', start: 10, end: 16 },
        { entityId: 'mash', start: 21, end: 25 },
      ],
      entities: [
        { id: 'putin', type: 'person', name: 'Vladimir Putin' },
        { id: 'meduza', type: 'organization', name: 'Meduza' },
        { id: 'mash', type: 'organization', name: 'Mash' },
      ],
    });
    const session = new PageSession({
      document,
      scan,
      extract: { isHidden },
      hidden: () => new Set(['mash']),
      types: () => new Set(['organization']),
    });
    await session.refresh();
    expect(registry.get('backstory-person')).toBeUndefined();
    expect([...(registry.get('backstory-organization') ?? [])].map(String)).toEqual(['Meduza']);
  });
});

describe('PageSession after the page changes', () => {
  it('searches only the changed blocks for suggestions and skips a page whose text is the same', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML = '<p>Masha Moskaleva drew a picture.</p>';
    const scan = vi.fn<ScanFunction>(async () => ({ mentions: [], entities: [] }));
    const suggest = vi.fn(async (text: string) =>
      [...text.matchAll(/Masha Moskaleva|Vyacheslav Gladkov/gu)].map((match) => ({
        name: match[0],
        type: 'person' as const,
        count: 1,
        occurrences: [{ start: match.index, end: match.index + match[0].length }],
        sentence: '',
      })),
    );
    const session = new PageSession({ document, scan, suggest, extract: { isHidden } });
    await session.refresh();
    expect(suggest).toHaveBeenCalledTimes(1);

    const added = document.createElement('p');
    added.textContent = 'Vyacheslav Gladkov said so.';
    document.body.append(added);
    await session.refresh({ changedOnly: true });
    expect(suggest).toHaveBeenLastCalledWith('Vyacheslav Gladkov said so.\n', []);
    expect([...(registry.get('backstory-suggestion') ?? [])].map(String)).toEqual([
      'Masha Moskaleva',
      'Vyacheslav Gladkov',
    ]);

    document.body.setAttribute('class', 'changed-but-same-text');
    await session.refresh({ changedOnly: true });
    expect(scan).toHaveBeenCalledTimes(2);
    expect(suggest).toHaveBeenCalledTimes(2);
  });
});

describe('mentionIndexAt', () => {
  const range = {} as Range;
  const mentions = [
    { entityId: 'a', start: 0, end: 5, range },
    { entityId: 'b', start: 10, end: 15, range },
    { entityId: 'c', start: 20, end: 25, range },
  ];
  it.each([
    [0, 0],
    [4, 0],
    [9, 0],
    [10, 1],
    [24, 2],
    [100, 2],
  ])('offset %i → mention %i', (offset, index) => {
    expect(mentionIndexAt(mentions, offset)).toBe(index);
  });
  it('is -1 before the first mention', () => {
    expect(mentionIndexAt(mentions.slice(1), 3)).toBe(-1);
  });
});
