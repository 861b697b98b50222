// What the options page accepts as a site to turn off, and what it makes of it.
import { describe, expect, it } from 'vitest';
import { parseSiteInput } from '../../entrypoints/options/site-input';

describe('parseSiteInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/news/2024/story?x=1#top', 'example.com'],
    ['http://news.example.co.uk:8080/', 'news.example.co.uk'],
    ['example.com/path/only', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['*.Example.com', '*.example.com'],
  ])('%s → %s', (input, site) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, site });
  });

  it.each([
    '',
    '   ',
    'not a site!',
    'ftp://example.com',
    'javascript:alert(1)',
    'exa_mple.com',
    '-bad-.com',
    '*.',
  ])('refuses %j with a sentence', (input) => {
    const result = parseSiteInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/\.$/u);
  });
});
