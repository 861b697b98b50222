import { describe, expect, it } from 'vitest';
import { detectArticle, jsonLdDeclaresArticle } from '../../utils/page/article';

const story = '<p>' + 'The governor said the situation on the border was under control. '.repeat(12) + '</p>';

function load(head: string, body: string): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

describe('detectArticle', () => {
  it.each([
    [
      'JSON-LD NewsArticle',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>',
      `<div>${story}</div>`,
      'json-ld',
    ],
    [
      'JSON-LD @graph with a type list',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["Thing","ReportageNewsArticle"]}]}</script>',
      `<div>${story}</div>`,
      'json-ld',
    ],
    ['microdata', '', `<div itemscope itemtype="https://schema.org/NewsArticle">${story}</div>`, 'microdata'],
    ['og:type article', '<meta property="og:type" content="article">', `<div>${story}</div>`, 'og:type'],
    ['an <article> with enough text', '', `<article>${story}</article>`, 'article-element'],
  ])('recognises %s', (_name, head, body, reason) => {
    const info = detectArticle(load(head, body));
    expect(info.isArticle).toBe(true);
    expect(info.reason).toBe(reason);
  });

  it.each([
    [
      'a home page of teasers',
      '<meta property="og:type" content="website">',
      '<article><p>Short teaser.</p></article>',
    ],
    [
      'broken JSON-LD',
      '<script type="application/ld+json">{"@type": "NewsArticle"</script>',
      '<div>text</div>',
    ],
    [
      'a JSON-LD WebPage',
      '<script type="application/ld+json">{"@type":"WebPage"}</script>',
      `<div>${story}</div>`,
    ],
  ])('does not take %s for an article', (_name, head, body) => {
    expect(detectArticle(load(head, body)).isArticle).toBe(false);
  });

  it('scans the article element, not the navigation around it', () => {
    const info = detectArticle(
      load('', `<nav><a>Home</a></nav><article id="story">${story}</article><footer>x</footer>`),
    );
    expect((info.region as Element).id).toBe('story');
  });

  it('finds the story body by its paragraphs when there is no <article>', () => {
    const doc = load(
      '<meta property="og:type" content="article">',
      `<div id="teasers"><p>One.</p><p>Two.</p></div><main id="main"><div id="body">${story}${story}</div></main>`,
    );
    expect((detectArticle(doc).region as Element).id).toBe('main');
  });

  it('widens the story body over an intro whose paragraphs sit one level up', () => {
    const intro = '<p>' + 'The prime minister’s office said the leak was regrettable. '.repeat(4) + '</p>';
    const doc = load(
      '<meta property="og:type" content="article">',
      `<div id="page"><div id="story"><div id="story-body">${intro}${intro}
        <div id="read-more">${story}${story}</div></div></div>
        <aside>${'<p>Teaser text.</p>'.repeat(3)}</aside></div>`,
    );
    expect((detectArticle(doc).region as Element).id).toBe('story-body');
  });

  it('does not climb into a page-wide wrapper full of other paragraphs', () => {
    const doc = load(
      '<meta property="og:type" content="article">',
      `<div id="page"><div id="body">${story}${story}</div>${('<div><p>' + 'Another story teaser with many words. '.repeat(30) + '</p></div>').repeat(4)}</div>`,
    );
    expect((detectArticle(doc).region as Element).id).toBe('body');
  });

  it('falls back to the body when the region is too small', () => {
    const doc = load('<meta property="og:type" content="article">', '<div><p>Short.</p></div>');
    expect(detectArticle(doc).region).toBe(doc.body);
  });
});

describe('jsonLdDeclaresArticle', () => {
  it.each([
    [{ '@type': 'Article' }, true],
    [{ '@type': 'http://schema.org/NewsArticle' }, true],
    [[{ '@type': 'Organization' }, { '@type': 'BlogPosting' }], true],
    [{ '@type': 'Organization' }, false],
    ['NewsArticle', false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(jsonLdDeclaresArticle(value)).toBe(expected);
  });
});
