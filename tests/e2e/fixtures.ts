// Where the shared fixtures are (beside the repository, never copied into it) and how the seed
// article's plain text becomes a news-article page.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/start-chromium.mjs';

export { repoRoot };

/** `../shared/fixtures` next to the repository root, as in a fresh clone with shared/ beside it. */
export const sharedFixturesDir = path.resolve(repoRoot, '..', 'shared', 'fixtures');
export const seedArticlePath = path.join(sharedFixturesDir, 'seed-article.txt');
export const fixturePagesDir = path.join(sharedFixturesDir, 'pages');

/** The saved news pages, as file names (`bbc-1.html`, …), sorted. */
export function listFixturePages(): string[] {
  return readdirSync(fixturePagesDir)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside a `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

export interface SeedArticle {
  /** ISO date from the file's leading `date YYYY-MM-DD`, if any. */
  date: string | undefined;
  /** The paragraphs, exactly as in the file (trimmed). */
  paragraphs: string[];
}

/** Splits the seed text into its date line and paragraphs (blank-line separated). */
export function parseSeedArticle(text: string): SeedArticle {
  let body = text.trim();
  const dateMatch = /^date\s+(\d{4}-\d{2}-\d{2})\s+/.exec(body);
  const date = dateMatch?.[1];
  if (dateMatch) body = body.slice(dateMatch[0].length);
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return { date, paragraphs };
}

/**
 * The seed article as a plain news page: `<article>` with one `<p>` per paragraph, og:type
 * article and NewsArticle JSON-LD. The headline names nobody, so every mention on the page is
 * one of the article's own.
 */
export function renderSeedArticle(text: string): string {
  const { date, paragraphs } = parseSeedArticle(text);
  const headline = `Seed article${date ? ` (${date})` : ''}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    ...(date ? { datePublished: date } : {}),
    publisher: { '@type': 'Organization', name: 'Newsweek' },
  };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(headline)}">
<script type="application/ld+json">
${scriptJson(jsonLd)}
</script>
</head>
<body>
<header><p>Test site</p></header>
<main>
<article>
<h1>${escapeHtml(headline)}</h1>
${date ? `<p class="dateline"><time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time></p>\n` : ''}${paragraphs
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n')}
</article>
</main>
<footer><p>Served by the Backstory end-to-end tests.</p></footer>
</body>
</html>
`;
}
