// Table-driven checks of the defusing of saved pages and of the seed article's page, in Node
// (no browser): what must go, what must stay.
import { assert, test } from './harness.ts';
import { BLANK_GIF, defuseCss, defuseHtml, isLocalUrl, parseSrcset, stripComments } from './defuse.ts';
import { parseSeedArticle, renderSeedArticle } from './fixtures.ts';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;
}

const removed: [string, string, RegExp][] = [
  ['inline script', page('<script>alert(1)</script><p>x</p>'), /alert/],
  ['remote script', page('<script src="https://evil.example/a.js"></script>'), /evil/],
  ['module script', page('<script type="module">import "x"</script>'), /import/],
  ['event handler', page('<p onclick="steal()" onmouseover="x()">x</p>'), /steal|onmouseover/],
  ['iframe', page('<iframe src="https://ads.example/"></iframe>'), /iframe|ads/],
  [
    'object and embed',
    page('<object data="https://x.example/a.swf"></object><embed src="b.swf">'),
    /object|embed/,
  ],
  ['remote stylesheet', page('', '<link rel="stylesheet" href="https://cdn.example/a.css">'), /cdn/],
  ['preload', page('', '<link rel="preload" as="font" href="//fonts.example/f.woff2">'), /fonts/],
  ['dns-prefetch', page('', '<link rel="dns-prefetch" href="//x.example">'), /x\.example/],
  ['base', page('', '<base href="https://news.example/">'), /<base/],
  ['meta refresh', page('', '<meta http-equiv="refresh" content="0;url=https://x.example/">'), /refresh/],
  [
    'remote img srcset',
    page('<img srcset="https://i.example/a.jpg 1x, https://i.example/b.jpg 2x">'),
    /i\.example/,
  ],
  [
    'remote source',
    page('<picture><source srcset="//i.example/a.webp"><img src="a.jpg"></picture>'),
    /i\.example/,
  ],
  [
    'video poster and src',
    page('<video poster="https://v.example/p.jpg" src="https://v.example/v.mp4">'),
    /v\.example/,
  ],
  [
    'css url in style attr',
    page('<div style="background:url(https://i.example/bg.png)">x</div>'),
    /i\.example/,
  ],
  [
    'css @import',
    page('<style>@import url("https://c.example/x.css"); p{color:red}</style>'),
    /c\.example|@import/,
  ],
  ['svg image', page('<svg><image href="https://i.example/a.svg"></image></svg>'), /i\.example/],
  ['javascript: link', page('<a href="javascript:steal()">x</a>'), /javascript:/],
  [
    'a comment browsers end early',
    page('<!--x></script--><img src="https://i.example/a.png">'),
    /i\.example/,
  ],
  [
    'anti-flicker style',
    page('', '<style id="chartbeat-flicker-control-style">body{visibility:hidden}</style>'),
    /hidden/,
  ],
];

const kept: [string, string, string][] = [
  ['JSON-LD', page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>'), 'NewsArticle'],
  [
    'article text',
    page('<article><p>Vladimir <a href="https://x.example/">Putin</a> said</p></article>'),
    'Putin</a> said',
  ],
  ['outgoing link target', page('<a href="https://x.example/story">x</a>'), 'href="https://x.example/story"'],
  ['canonical link', page('', '<link rel="canonical" href="https://news.example/a">'), 'rel="canonical"'],
  ['local image', page('<img src="/img/a.png">'), 'src="/img/a.png"'],
  ['data: image', page(`<img src="${BLANK_GIF}">`), BLANK_GIF],
  ['og meta', page('', '<meta property="og:type" content="article">'), 'og:type'],
  ['local style', page('<p style="color: red">x</p>'), 'color: red'],
];

for (const [what, html, pattern] of removed) {
  test(`defuse removes ${what}`, async () => {
    const out = await defuseHtml(html);
    assert(!pattern.test(out), `${what} survived:\n${out}`);
  });
}

for (const [what, html, expected] of kept) {
  test(`defuse keeps ${what}`, async () => {
    const out = await defuseHtml(html);
    assert(out.includes(expected), `${what} lost, expected ${expected} in:\n${out}`);
  });
}

test('defuse turns a remote image into a blank local one and keeps the doctype', async () => {
  const out = await defuseHtml(page('<img src="https://i.example/a.jpg" alt="a">'));
  assert(out.startsWith('<!DOCTYPE html>'), 'doctype kept');
  assert(out.includes(`src="${BLANK_GIF}"`), 'blank gif in place');
  assert(out.includes('alt="a"'), 'other attributes kept');
});

test('defuse helpers: local URLs, srcset, CSS, comments', () => {
  const local: [string, boolean][] = [
    ['/a.png', true],
    ['a.png', true],
    ['#x', true],
    ['data:image/png;base64,AAA', true],
    ['http://127.0.0.1:8080/a', true],
    ['https://x.example/a', false],
    ['//x.example/a', false],
    ['javascript:alert(1)', false],
    ['blob:https://x.example/1', false],
  ];
  for (const [url, expected] of local) assert(isLocalUrl(url) === expected, `isLocalUrl(${url})`);

  const srcset = parseSrcset('a.jpg 1x,b.jpg 2x, data:image/gif;base64,R0,lG 3x , c.jpg,');
  assert(
    JSON.stringify(srcset.map((c) => c.url)) ===
      JSON.stringify(['a.jpg', 'b.jpg', 'data:image/gif;base64,R0,lG', 'c.jpg']),
    `srcset urls: ${JSON.stringify(srcset)}`,
  );
  assert(srcset[2]?.descriptor === '3x', 'descriptor after a data: URL with commas');

  assert(defuseCss("a{background:url('/x.png')}") === "a{background:url('/x.png')}", 'local url kept');
  assert(
    defuseCss('a{background:url(http://x.example/y.png)}') === 'a{background:url("data:,")}',
    'remote url',
  );
  assert(
    stripComments('a<!-->b<!--->c<!-- x -- y -->d<!--x--!>e') === 'abcde',
    'comments end like a browser',
  );
});

test('the seed article page: date, paragraphs, escaping, metadata', () => {
  const text = ' date 2023-05-22 First <b>para</b> & "quote".\n\nSecond para.\n\n\nThird.';
  const parsed = parseSeedArticle(text);
  assert(parsed.date === '2023-05-22', 'date read');
  assert(parsed.paragraphs.length === 3, `3 paragraphs, got ${parsed.paragraphs.length}`);
  const html = renderSeedArticle(text);
  assert(html.includes('<p>First &lt;b&gt;para&lt;/b&gt; &amp; &quot;quote&quot;.</p>'), 'escaped paragraph');
  assert(html.includes('<meta property="og:type" content="article">'), 'og:type');
  assert(html.includes('"@type": "NewsArticle"'), 'JSON-LD');
  assert(/<article>[\s\S]*<\/article>/.test(html), 'article element');
});
