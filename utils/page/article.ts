// Decides whether a page looks like a news article and where its text is. Backstory runs by
// itself only on article pages (schema.org Article types in JSON-LD or microdata, og:type
// article, or an <article> with enough text), and scans the article region first.

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
]);

/** Characters of text an <article> or text block needs before it counts as an article body. */
export const MIN_ARTICLE_TEXT = 500;

function typeNames(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/^.*[/#:]/u, '').toLowerCase()];
  if (Array.isArray(value)) return value.flatMap(typeNames);
  return [];
}

/** Whether a JSON-LD value (object, array or @graph) declares an Article type anywhere. */
export function jsonLdDeclaresArticle(value: unknown, depth = 0): boolean {
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => jsonLdDeclaresArticle(item, depth + 1));
  const record = value as Record<string, unknown>;
  if (typeNames(record['@type']).some((name) => ARTICLE_TYPES.has(name))) return true;
  return jsonLdDeclaresArticle(record['@graph'], depth + 1);
}

function hasArticleJsonLd(document: Document): boolean {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > 2_000_000) continue;
    try {
      if (jsonLdDeclaresArticle(JSON.parse(text))) return true;
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return false;
}

function microdataArticle(document: Document): Element | null {
  for (const element of document.querySelectorAll('[itemscope][itemtype]')) {
    const types = (element.getAttribute('itemtype') ?? '').split(/\s+/u);
    if (typeNames(types).some((name) => ARTICLE_TYPES.has(name))) return element;
  }
  return null;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').length;
}

function largestArticleElement(document: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const element of document.querySelectorAll('article')) {
    const length = textLength(element);
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best && bestLength >= MIN_ARTICLE_TEXT ? best : null;
}

function paragraphText(element: Element): number {
  let total = 0;
  for (const paragraph of element.querySelectorAll('p')) total += textLength(paragraph);
  return total;
}

/**
 * Widens a story body whose paragraphs are split between an element and its ancestors (an
 * intro beside a "read more" block): climbs while the parent adds paragraph text but less
 * than doubles it, so the climb stops before a page-wide wrapper of teasers and sidebars.
 */
function widenStoryBody(element: Element): Element {
  let current = element;
  let text = paragraphText(current);
  for (let parent = current.parentElement; parent; parent = parent.parentElement) {
    if (parent.matches('body, html')) break;
    const wider = paragraphText(parent);
    if (wider > text * 2) break;
    if (wider > text * 1.1) {
      current = parent;
      text = wider;
    }
    if (parent.matches('article, main, [role="main"]')) break;
  }
  return current;
}

/** The element whose direct <p> children hold the most text: the usual shape of a story body. */
function densestParagraphParent(document: Document): Element | null {
  const totals = new Map<Element, number>();
  for (const paragraph of document.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    totals.set(parent, (totals.get(parent) ?? 0) + textLength(paragraph));
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const [element, length] of totals) {
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best && bestLength >= MIN_ARTICLE_TEXT ? widenStoryBody(best) : null;
}

export interface ArticleInfo {
  /** Whether the page declares or looks like an article. */
  isArticle: boolean;
  /** Why, for the popup and the tests. */
  reason: 'json-ld' | 'microdata' | 'og:type' | 'article-element' | 'none';
  /** The region to scan first: the article's element, else the page's body. */
  region: Element;
}

export function detectArticle(document: Document): ArticleInfo {
  const body = document.body ?? document.documentElement;
  const microdata = microdataArticle(document);
  const articleElement = largestArticleElement(document);
  const dense = microdata || articleElement ? null : densestParagraphParent(document);
  const region = microdata ?? articleElement ?? dense?.closest('article, main, [role="main"]') ?? dense;
  // A region must hold the story, not a teaser: fall back to the body when it is small.
  const usable = region && textLength(region) >= MIN_ARTICLE_TEXT ? region : body;
  if (hasArticleJsonLd(document)) return { isArticle: true, reason: 'json-ld', region: usable };
  if (microdata) return { isArticle: true, reason: 'microdata', region: usable };
  const ogType = document
    .querySelector('meta[property="og:type"]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article.'))
    return { isArticle: true, reason: 'og:type', region: usable };
  if (articleElement) return { isArticle: true, reason: 'article-element', region: usable };
  return { isArticle: false, reason: 'none', region: body };
}
