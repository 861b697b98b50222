// The whole loop once, as a new user meets it: import a pack through the options page, read
// the seed article with every name highlighted (and nothing else), hover a name for its notes
// and sources, add a note in the popup and see it in the popover without a reload, export.
import { readFile } from 'node:fs/promises';
import {
  assert,
  highlightCenter,
  highlightTexts,
  launchExtension,
  test,
  waitForHighlights,
  assertNoPageErrors,
} from './harness.ts';
import { accessibleNodes, waitForAccessible } from './accessibility.ts';
import { importThroughOptions, minimalPackPath } from './packs.ts';
import { startFixtureServer } from './server.ts';

interface MinimalPack {
  entities: {
    name: string;
    type: string;
    aliases?: string[];
    notes?: { text: string; sources: { url: string; title?: string }[] }[];
  }[];
}

/**
 * The mentions a reader expects, found independently of the extension's matcher: every name
 * and alias as a whole word, longest first, never inside a longer match.
 */
function expectedMentions(text: string, pack: MinimalPack): { text: string; type: string }[] {
  const names = pack.entities
    .flatMap((entity) =>
      [entity.name, ...(entity.aliases ?? [])].map((name) => ({ name, type: entity.type })),
    )
    .sort((a, b) => b.name.length - a.name.length);
  const taken: { start: number; end: number; text: string; type: string }[] = [];
  for (const { name, type } of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = match.index;
      const end = start + name.length;
      if (taken.some((other) => start < other.end && end > other.start)) continue;
      taken.push({ start, end, text: name, type });
    }
  }
  return taken.sort((a, b) => a.start - b.start).map(({ text: found, type }) => ({ text: found, type }));
}

test('a pack imported in the options page highlights exactly its names on the seed article', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    const pack = JSON.parse(await readFile(minimalPackPath, 'utf8')) as MinimalPack;
    const options = await browser.openOptions();
    const report = await importThroughOptions(options, minimalPackPath);
    assert(/Imported 3 entities and 2 notes/.test(report), `import report: ${report}`);

    const article = await browser.openPage(server.seedArticleUrl);
    await waitForHighlights(article);
    const articleText = await article.locator('article').innerText();
    const expected = expectedMentions(articleText, pack);
    assert(expected.length >= 8, `the seed article names the pack's entities (${expected.length} found)`);

    const highlights = await highlightTexts(article);
    const persons = highlights['backstory-person'] ?? [];
    const organisations = highlights['backstory-organization'] ?? [];
    const wanted = (type: string) => expected.filter((mention) => mention.type === type).map((m) => m.text);
    assert(
      JSON.stringify(persons) === JSON.stringify(wanted('person')),
      `person highlights ${JSON.stringify(persons)} ≠ ${JSON.stringify(wanted('person'))}`,
    );
    assert(
      JSON.stringify(organisations) === JSON.stringify(wanted('organization')),
      `organisation highlights ${JSON.stringify(organisations)} ≠ ${JSON.stringify(wanted('organization'))}`,
    );
    // Suggestions (names the pack does not know) have their own highlight: none of them is a
    // name or alias of the pack, and there is no other highlight.
    const packNames = new Set(pack.entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])]));
    const suggested = highlights['backstory-suggestion'] ?? [];
    assert(
      suggested.every((text) => !packNames.has(text)),
      `no pack name among the suggestions: ${JSON.stringify(suggested)}`,
    );
    const others = Object.keys(highlights).filter(
      (name) => !['backstory-person', 'backstory-organization', 'backstory-suggestion'].includes(name),
    );
    assert(others.length === 0, `no other highlights: ${others.join(', ')}`);
    assertNoPageErrors(article);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('hovering a name opens its popover with the note and its source link; a popup note shows up live', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    const options = await browser.openOptions();
    await importThroughOptions(options, minimalPackPath);
    const article = await browser.openPage(server.seedArticleUrl);
    await waitForHighlights(article);

    const hover = async () => {
      await article.bringToFront();
      await article.mouse.move(5, 5);
      const point = await highlightCenter(article, 'backstory-person', 'Vladimir Putin');
      assert(point, 'a highlighted "Vladimir Putin"');
      await article.mouse.move(point.x, point.y, { steps: 4 });
      await waitForAccessible(article, (node) => node.role === 'dialog' && node.name === 'Vladimir Putin');
    };
    await hover();
    const nodes = await accessibleNodes(article);
    assert(
      nodes.some((node) => node.role === 'StaticText' && node.name === 'President of Russia.'),
      'the note’s text is in the popover',
    );
    assert(
      nodes.some((node) => node.role === 'link' && node.name === 'Vladimir Putin - Wikipedia'),
      'the source is a link with its title',
    );
    await article.keyboard.press('Escape');
    await waitForAccessible(article, (node) => node.role === 'dialog', { gone: true });

    // Add a note from the popup, which targets the article's tab.
    const popup = await browser.openPopup(article);
    await popup
      .getByRole('button', { name: /Vladimir Putin/ })
      .first()
      .click();
    await popup.getByRole('button', { name: 'Add note' }).click();
    await popup
      .getByRole('textbox', { name: 'Note', exact: true })
      .fill('Added from the popup while reading.');
    const source = popup.getByRole('group', { name: 'Source 1' });
    assert(
      (await source.getByLabel('URL').inputValue()) === server.seedArticleUrl,
      'the page is the first source',
    );
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByText('Added from the popup while reading.').waitFor();

    await hover();
    await waitForAccessible(article, (node) => node.name === 'Added from the popup while reading.');
    assertNoPageErrors(article);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('export from the options page gives back what was imported', async () => {
  const browser = await launchExtension();
  try {
    const pack = JSON.parse(await readFile(minimalPackPath, 'utf8')) as MinimalPack;
    const options = await browser.openOptions();
    await importThroughOptions(options, minimalPackPath);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      version: number;
      entities: { id: string; name: string; type: string; aliases: { text: string }[] }[];
      notes: { entityId: string; text: string; sources: { url: string; title?: string }[] }[];
    };
    assert(exported.format === 'backstory-pack' && exported.version === 1, 'a versioned Backstory pack');
    const byName = new Map(exported.entities.map((entity) => [entity.name, entity]));
    assert(byName.size === pack.entities.length, `${byName.size} entities exported`);
    for (const entity of pack.entities) {
      const found = byName.get(entity.name);
      assert(found && found.type === entity.type, `${entity.name} exported with its type`);
      assert(
        JSON.stringify(found.aliases.map((alias) => alias.text)) === JSON.stringify(entity.aliases ?? []),
        `${entity.name}'s aliases`,
      );
      const notes = exported.notes.filter((note) => note.entityId === found.id);
      assert(
        JSON.stringify(notes.map((note) => [note.text, note.sources])) ===
          JSON.stringify((entity.notes ?? []).map((note) => [note.text, note.sources])),
        `${entity.name}'s notes and sources`,
      );
    }
  } finally {
    await browser.close();
  }
});
