// What a page says about itself — title, publisher, author, publication date — read from its
// meta tags and JSON-LD, for prefilling a note's first source. All of it is page data: it is
// validated later like any other input and only ever shown as text.
import type { Source } from '../model';

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content.slice(0, 500);
  }
  return undefined;
}

function jsonLdValues(document: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    out.push(record);
    visit(record['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD: the meta tags still count.
    }
  }
  return out;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' ? name.trim() || undefined : undefined;
  }
  return undefined;
}

/** A date-time string as an ISO date, or undefined when it is not a date. */
function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** The page as a note's source: URL, title, publisher, author, published and accessed dates. */
export function pageSource(document: Document, now = new Date()): Source {
  const article = jsonLdValues(document).find((record) => record.headline || record.datePublished);
  const url = document.location.href.split('#')[0] ?? document.location.href;
  const source: Source = {
    url,
    title: (meta(document, 'og:title', 'twitter:title') ?? document.title.trim()) || url,
    accessed: now.toISOString().slice(0, 10),
  };
  const publisher = meta(document, 'og:site_name', 'application-name') ?? nameOf(article?.publisher);
  const author = nameOf(article?.author) ?? meta(document, 'author', 'article:author', 'parsely-author');
  const published =
    isoDate(article?.datePublished) ?? isoDate(meta(document, 'article:published_time', 'date'));
  if (publisher) source.publisher = publisher;
  if (author && !/^https?:/u.test(author)) source.author = author;
  if (published) source.published = published;
  return source;
}
