// Pages that change after load: an article body that arrives two seconds late, and a
// single-page site that swaps its article and URL with history.pushState. Both are scanned
// again without a reload, and names that left the page leave the highlights.
import {
  assert,
  highlightTexts,
  launchExtension,
  test,
  waitForHighlights,
  assertNoPageErrors,
} from './harness.ts';
import { importPackFile } from './packs.ts';
import { startFixtureServer } from './server.ts';

const SHELL = (body: string, script: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live story</title>
<meta property="og:type" content="article"></head>
<body><header><a href="/">Home</a></header><article id="story"><h1>Live story</h1>${body}</article>
<script>${script}</script></body></html>`;

const filler = 'Officials gave no further details about the events of the weekend in the region. ';

test('an article body that arrives two seconds after load is highlighted', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    server.route(
      '/late.html',
      SHELL(
        `<p>${filler.repeat(8)}</p>`,
        `setTimeout(() => {
           const p = document.createElement('p');
           p.textContent = 'Late news: Vladimir Putin spoke, and Meduza reported it.';
           document.getElementById('story').append(p);
         }, 2000);`,
      ),
    );
    await importPackFile(browser);
    const page = await browser.openPage(server.url('/late.html'));
    await page.waitForTimeout(1000);
    const early = await highlightTexts(page);
    assert((early['backstory-person'] ?? []).length === 0, 'nothing to highlight before the body arrives');
    await waitForHighlights(page, { name: 'backstory-person', timeoutMs: 8000 });
    const late = await highlightTexts(page);
    assert(JSON.stringify(late['backstory-person']) === '["Vladimir Putin"]', JSON.stringify(late));
    assert(JSON.stringify(late['backstory-organization']) === '["Meduza"]', JSON.stringify(late));
    assertNoPageErrors(page);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a single-page navigation is scanned again for the new article', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    server.route(
      '/spa.html',
      SHELL(
        `<p>${filler.repeat(8)} Vladimir Putin was in the news today.</p>`,
        `document.addEventListener('click', (event) => {
           if (!(event.target instanceof HTMLAnchorElement) || !event.target.dataset.next) return;
           event.preventDefault();
           history.pushState({}, '', '/spa-second.html');
           document.getElementById('story').innerHTML =
             '<h1>Second story</h1><p>${filler.repeat(8)} The Russian Volunteer Corps (RVC) said the RVC crossed over.</p>';
         });
         const link = document.createElement('a');
         link.href = '/spa-second.html';
         link.dataset.next = '1';
         link.textContent = 'Next story';
         document.querySelector('header').append(link);`,
      ),
    );
    await importPackFile(browser);
    const page = await browser.openPage(server.url('/spa.html'));
    await waitForHighlights(page, { name: 'backstory-person' });
    await page.getByRole('link', { name: 'Next story' }).click();
    await page.waitForURL('**/spa-second.html');
    await waitForHighlights(page, { name: 'backstory-organization', timeoutMs: 8000 });
    const after = await highlightTexts(page);
    assert(
      JSON.stringify(after['backstory-organization']) === '["Russian Volunteer Corps","RVC","RVC"]',
      JSON.stringify(after),
    );
    assert(
      (after['backstory-person'] ?? []).length === 0,
      `the old story's names are gone: ${JSON.stringify(after)}`,
    );
    assertNoPageErrors(page);
  } finally {
    await browser.close();
    await server.close();
  }
});
