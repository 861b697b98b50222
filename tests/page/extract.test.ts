import { describe, expect, it } from 'vitest';
import { extractText, extractTextInSlices, segmentAt } from '../../utils/page/extract';
import { rangeFor } from '../../utils/page/ranges';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Hidden by the `hidden` attribute or an inline display/visibility style (happy-dom has no layout). */
const isHidden = (element: Element) =>
  element.hasAttribute('hidden') ||
  /display:\s*none|visibility:\s*hidden/u.test(element.getAttribute('style') ?? '');

describe('extractText', () => {
  it.each([
    [
      'joins inline elements without a gap',
      '<p>Vladimir <a href="#">Putin</a> spoke.</p>',
      'Vladimir Putin spoke.\n',
    ],
    [
      'separates block elements',
      '<p>Ends with Vladimir</p><p>Putin begins</p>',
      'Ends with Vladimir\nPutin begins\n',
    ],
    ['skips scripts and styles', '<p>A<script>var Putin</script><style>.Putin{}</style>B</p>', 'AB\n'],
    [
      'skips form fields',
      '<p>A</p><textarea>Putin</textarea><input value="Putin"><select><option>Putin</option></select>',
      'A\n',
    ],
    [
      'skips contenteditable regions',
      '<p>A</p><div contenteditable="true">Putin</div><div contenteditable="false">B</div>',
      'A\nB\n',
    ],
    [
      'skips hidden elements',
      '<p>A</p><p hidden>Putin</p><p style="display: none">Putin</p><p style="visibility: hidden">X</p>',
      'A\n',
    ],
    ['turns <br> into a break', '<p>Vladimir<br>Putin</p>', 'Vladimir\nPutin\n'],
  ])('%s', (_name, html, expected) => {
    const text = extractText(page(html), { isHidden }).text;
    expect(text.replace(/^\n/u, '')).toBe(expected);
  });

  it('leaves out excluded elements (our own UI host)', () => {
    const root = page('<p>A</p><backstory-ui>Putin</backstory-ui>');
    expect(
      extractText(root, { isHidden, exclude: (element) => element.tagName === 'BACKSTORY-UI' }).text,
    ).toBe('A\n');
  });

  it('maps every offset back to its text node', () => {
    const root = page('<p>Vladimir <a href="#">Putin</a>’s war</p>');
    const { text, segments } = extractText(root, { isHidden });
    const start = text.indexOf('Vladimir');
    const range = rangeFor(document, segments, start, start + 'Vladimir Putin'.length);
    expect(range?.toString()).toBe('Vladimir Putin');
    expect(range?.startContainer.textContent).toBe('Vladimir ');
    expect(range?.endContainer.textContent).toBe('Putin');
  });

  it('does not change the DOM', () => {
    const root = page('<article><h1>Title</h1><p>Vladimir <b>Putin</b></p></article>');
    const before = root.innerHTML;
    extractText(root, { isHidden });
    expect(root.innerHTML).toBe(before);
  });
});

describe('segmentAt', () => {
  const segments = [
    { node: document.createTextNode('ab'), start: 0, end: 2 },
    { node: document.createTextNode('cd'), start: 3, end: 5 },
  ];
  it.each([
    [0, false, 0],
    [1, false, 0],
    [2, false, -1],
    [3, false, 1],
    [5, false, -1],
    [2, true, 0],
    [5, true, 1],
    [3, true, -1],
  ])('offset %i (end: %s) is in segment %i', (offset, atEnd, expected) => {
    expect(segmentAt(segments, offset, atEnd)).toBe(expected);
  });
});

describe('extractTextInSlices', () => {
  it('reads a long page in slices, pausing between them, with the same result', async () => {
    const root = page(
      `<article>${'<p>Vladimir <b>Putin</b> and <i>Meduza</i> again.</p>'.repeat(600)}</article>`,
    );
    let pauses = 0;
    const sliced = await extractTextInSlices(
      root,
      { isHidden },
      async () => {
        pauses++;
      },
      0,
    );
    const whole = extractText(root, { isHidden });
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.length).toBe(whole.segments.length);
    expect(sliced.segments.every((segment, index) => segment.node === whole.segments[index]?.node)).toBe(
      true,
    );
    expect(pauses).toBeGreaterThan(5);
  });
});
