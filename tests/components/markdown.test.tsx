// @vitest-environment jsdom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NoteText } from '../../components/NoteText';
import { markdownToText } from '../../utils/markdown';

function html(text: string): string {
  const { container } = render(<NoteText text={text} />);
  return container.querySelector('.bs-note-text')?.innerHTML ?? '';
}

describe('NoteText', () => {
  it.each([
    ['plain text', 'President of Russia.', '<p>President of Russia.</p>'],
    ['paragraphs and line breaks', 'One\ntwo\n\nThree', '<p>One<br>two</p><p>Three</p>'],
    [
      'strong and emphasis',
      '**Bold** and *soft* and _also_',
      '<p><strong>Bold</strong> and <em>soft</em> and <em>also</em></p>',
    ],
    ['nested emphasis', '**bold _and em_**', '<p><strong>bold <em>and em</em></strong></p>'],
    ['unclosed markers stay text', '**open and *half', '<p>**open and *half</p>'],
    ['code keeps its stars', 'Use `a*b*c` here', '<p>Use <code>a*b*c</code> here</p>'],
    [
      'links open safely',
      'See [Meduza](https://meduza.io/en).',
      '<p>See <a href="https://meduza.io/en" target="_blank" rel="noopener noreferrer">Meduza</a>.</p>',
    ],
    ['bullet lists', '- one\n- two', '<ul><li>one</li><li>two</li></ul>'],
    ['numbered lists', '1. one\n2. two', '<ol><li>one</li><li>two</li></ol>'],
    ['no emphasis inside words', 'snake_case_name and 2*3*4', '<p>snake_case_name and 2*3*4</p>'],
  ])('renders %s', (_name, input, expected) => {
    expect(html(input)).toBe(expected);
  });

  it.each([
    ['tags stay text', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['javascript: links stay text', '[click](javascript:alert(1))', '<p>[click](javascript:alert(1))</p>'],
    ['data: links stay text', '[x](data:text/html,hi)', '<p>[x](data:text/html,hi)</p>'],
    [
      'quotes cannot leave the href',
      '[x](https://a.example/"onmouseover="alert(1))',
      '<p><a href="https://a.example/%22onmouseover=%22alert(1" target="_blank" rel="noopener noreferrer">x</a>)</p>',
    ],
  ])('%s', (_name, input, expected) => {
    expect(html(input)).toBe(expected);
  });
});

describe('markdownToText', () => {
  it('drops the markup and keeps the words', () => {
    expect(markdownToText('**Bold** [link](https://a.example)\n\n- one\n- two')).toBe(
      'Bold link\n\n• one\n• two',
    );
  });
});
