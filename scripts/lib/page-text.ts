// Node helper: the visible article text of a saved page, extracted exactly as the extension
// extracts it (utils/page/extract.ts), for the accuracy script and other offline measurements.
// There is no layout in Node, so "hidden" means the `hidden` attribute, `aria-hidden`-free
// inline `display:none` / `visibility:hidden`, which is what saved pages use for their
// off-screen boilerplate.

import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractText } from '../../utils/page/extract.ts';

/** Fewer characters than this in <article> means it is a teaser card, not the story. */
const MIN_ARTICLE_CHARS = 1500;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu;

/** Hidden without layout: the attribute, or an inline style that hides the element. */
export function isHiddenWithoutLayout(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function visibleText(root: Element): string {
  return extractText(root, { isHidden: isHiddenWithoutLayout }).text;
}

/** Text of an element's own paragraphs (direct or nested), for the readability-like pick. */
function paragraphChars(element: Element): number {
  let total = 0;
  for (const p of element.querySelectorAll(':scope > p')) total += (p.textContent ?? '').trim().length;
  return total;
}

/**
 * The article region: the largest `<article>` with enough text; else the element whose direct
 * `<p>` children hold the most text (climbing one level when siblings share it); else body.
 */
export function pickArticleRegion(document: Document): Element {
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of document.querySelectorAll('article')) {
    const length = visibleText(article).trim().length;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  if (best && bestLength >= MIN_ARTICLE_CHARS) return best;

  const scores = new Map<Element, number>();
  for (const p of document.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || scores.has(parent)) continue;
    scores.set(parent, paragraphChars(parent));
  }
  let region: Element | null = null;
  let regionScore = 0;
  for (const [element, score] of scores) {
    if (score > regionScore) {
      region = element;
      regionScore = score;
    }
  }
  // Stories split into several paragraph blocks under one parent: take the parent when its
  // other blocks add at least half as much paragraph text again.
  if (region?.parentElement) {
    const parent = region.parentElement;
    let siblings = 0;
    for (const child of parent.children) if (child !== region) siblings += scores.get(child) ?? 0;
    if (siblings >= regionScore / 2) region = parent;
  }
  if (region && regionScore > 0) return region;
  return document.body;
}

/** Visible article text of an HTML string. */
export function articleTextFromHtml(html: string): string {
  // No scripts run and no resources load: JSDOM's defaults, kept explicit.
  // A silent console: saved pages' stylesheets trip jsdom's CSS parser, which is noise here.
  const dom = new JSDOM(html, {
    runScripts: undefined,
    resources: undefined,
    virtualConsole: new VirtualConsole(),
  });
  const region = pickArticleRegion(dom.window.document);
  const text = visibleText(region);
  dom.window.close();
  return text;
}

/** Visible article text of a saved page (HTML) or the plain text of a `.txt` document. */
export async function pageText(path: string): Promise<string> {
  const content = await readFile(path, 'utf8');
  if (path.endsWith('.txt')) return content;
  return articleTextFromHtml(content);
}
