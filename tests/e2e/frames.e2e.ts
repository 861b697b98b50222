// Articles inside same-origin frames are read and highlighted like any page; a frame from
// another origin is left alone.
import { assert, launchExtension, test, assertNoPageErrors } from './harness.ts';
import { importPackFile } from './packs.ts';
import { startFixtureServer } from './server.ts';

const story = (extra: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Framed story</title><meta property="og:type" content="article"></head><body><article><h1>Framed</h1>
<p>${'The border region saw more clashes over the weekend, officials said. '.repeat(8)}</p>
<p>${extra}</p></article></body></html>`;

test('an article in a same-origin frame is highlighted', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    server.route('/framed-story.html', story('Vladimir Putin spoke, and Meduza reported it.'));
    server.route(
      '/frame-host.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
       <body><p>Front page.</p><iframe title="Story" src="/framed-story.html" width="800" height="600"></iframe></body></html>`,
    );
    await importPackFile(browser);

    const page = await browser.openPage(server.url('/frame-host.html'));
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/framed-story.html'));
    assert(frame, 'the story frame loaded');
    await frame.waitForFunction(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0, undefined, {
      timeout: 10_000,
    });
    const texts = await frame.evaluate(() =>
      Object.fromEntries(
        [...CSS.highlights].map(([name, set]) => [name, [...set].map((range) => range.toString())]),
      ),
    );
    assert(JSON.stringify(texts['backstory-person']) === '["Vladimir Putin"]', JSON.stringify(texts));
    assert(JSON.stringify(texts['backstory-organization']) === '["Meduza"]', JSON.stringify(texts));
    assertNoPageErrors(page);
  } finally {
    await browser.close();
    await server.close();
  }
});
