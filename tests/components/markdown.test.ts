// @vitest-environment jsdom
// DOMPurify needs a faithful DOM (happy-dom's tree walker skips nodes, so it would sanitise nothing).
import { describe, expect, it } from 'vitest';
import { sanitiseNoteHtml } from '../../components/NoteText';
import { markdownToHtml } from '../../utils/markdown';

describe('markdownToHtml', () => {
  it.each([
    ['plain text', 'President of Russia.', '<p>President of Russia.</p>'],
    ['paragraphs and line breaks', 'One\ntwo\n\nThree', '<p>One<br>two</p><p>Three</p>'],
    [
      'strong and emphasis',
      '**Bold** and *soft* and _also_',
      '<p><strong>Bold</strong> and <em>soft</em> and <em>also</em></p>',
    ],
    ['code', 'Use `a*b*c` here', '<p>Use <code>a*b*c</code> here</p>'],
    ['links', 'See [Meduza](https://meduza.io/en).', '<p>See <a href="https://meduza.io/en">Meduza</a>.</p>'],
    ['bullet lists', '- one\n- two', '<ul><li>one</li><li>two</li></ul>'],
    ['numbered lists', '1. one\n2. two', '<ol><li>one</li><li>two</li></ol>'],
    ['no emphasis inside words', 'snake_case_name and 2*3*4', '<p>snake_case_name and 2*3*4</p>'],
  ])('%s', (_name, input, expected) => {
    expect(markdownToHtml(input)).toBe(expected);
  });

  it.each([
    ['tags', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['javascript: links', '[click](javascript:alert(1))', '<p>[click](javascript:alert(1))</p>'],
    [
      'quotes in URLs',
      '[x](https://a.example/"onmouseover="alert(1))',
      '<p><a href="https://a.example/%22onmouseover=%22alert(1">x</a>)</p>',
    ],
  ])('escapes %s', (_name, input, expected) => {
    expect(markdownToHtml(input)).toBe(expected);
  });
});

describe('sanitiseNoteHtml', () => {
  it('keeps the allowed tags and opens links safely', () => {
    expect(sanitiseNoteHtml('**Hi** [src](https://example.org/a?b=1&c=2)')).toBe(
      '<p><strong>Hi</strong> <a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">src</a></p>',
    );
  });

  it('leaves no markup from the note itself', () => {
    const html = sanitiseNoteHtml('<script>alert(1)</script><a href="javascript:x">x</a>');
    expect(html).not.toMatch(/<script|<a /u);
  });
});
