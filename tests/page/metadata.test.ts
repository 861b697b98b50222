import { afterEach, describe, expect, it } from 'vitest';
import { pageSource } from '../../utils/page/metadata';
import { sentenceAround } from '../../utils/sentence';

afterEach(() => {
  document.head.innerHTML = '';
  document.title = '';
});

describe('pageSource', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it('reads Open Graph tags and JSON-LD', () => {
    document.head.innerHTML = `
      <meta property="og:title" content="Russian defectors call for end of Putin's rule">
      <meta property="og:site_name" content="Newsweek">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2023-05-22T09:00:00-04:00","author":[{"@type":"Person","name":"Ann Reporter"}]}</script>`;
    document.title = 'Ignored title';
    expect(pageSource(document, now)).toEqual({
      url: location.href.split('#')[0],
      title: "Russian defectors call for end of Putin's rule",
      publisher: 'Newsweek',
      author: 'Ann Reporter',
      published: '2023-05-22',
      accessed: '2026-11-25',
    });
  });

  it('falls back to the document title and ignores broken metadata', () => {
    document.head.innerHTML = `
      <script type="application/ld+json">{ broken</script>
      <meta name="author" content="https://facebook.com/someone">
      <meta property="article:published_time" content="not a date">`;
    document.title = 'A page';
    expect(pageSource(document, now)).toEqual({
      url: location.href.split('#')[0],
      title: 'A page',
      accessed: '2026-11-25',
    });
  });
});

describe('sentenceAround', () => {
  const text =
    'Headline here\nSirens were heard. Belgorod’s governor, Vyacheslav Gladkov said a group had entered. Meduza reported it.\nNext block.';
  it.each([
    ['Vyacheslav Gladkov', 'Belgorod’s governor, Vyacheslav Gladkov said a group had entered.'],
    ['Meduza', 'Meduza reported it.'],
    ['Headline', 'Headline here'],
    ['Next', 'Next block.'],
  ])('%s', (name, expected) => {
    const start = text.indexOf(name);
    expect(sentenceAround(text, start, start + name.length)).toBe(expected);
  });

  it('cuts a very long sentence around the mention', () => {
    const long = `${'word '.repeat(200)}Putin ${'word '.repeat(200)}`;
    const start = long.indexOf('Putin');
    const quote = sentenceAround(long, start, start + 5, 60);
    expect(quote).toContain('Putin');
    expect(quote.length).toBeLessThanOrEqual(62);
    expect(quote.startsWith('…word')).toBe(true);
  });
});
