// Makes a saved news page safe to serve from 127.0.0.1: no page script runs and nothing points
// outside the test server, while the text and layout the extension reads stay as they were.
// Parsed with happy-dom's DOMParser, which neither runs scripts nor loads resources.
import { Window } from 'happy-dom';

/** A transparent 1×1 GIF: images keep their box without a request. */
export const BLANK_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const LOCAL_BASE = 'http://127.0.0.1/';

/** Elements that run code or embed another document. */
const REMOVED_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base'];

/** Attributes whose URL the browser fetches by itself, without a click. */
const FETCHED_URL_ATTRIBUTES = ['src', 'poster', 'background', 'lowsrc'];

/** `<link rel>` values the browser never fetches. */
const INERT_LINK_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'help',
  'license',
  'me',
  'next',
  'prev',
  'shortlink',
  'tag',
  'amphtml',
  'nofollow',
  'noopener',
  'noreferrer',
]);

/** True for a URL that stays on the page's own origin (relative) or needs no request (data:). */
export function isLocalUrl(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return true;
  let url: URL;
  try {
    url = new URL(trimmed, LOCAL_BASE);
  } catch {
    return false;
  }
  if (url.protocol === 'data:') return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1';
}

/** Replaces remote `url(…)` and drops `@import` in CSS text. */
export function defuseCss(css: string): string {
  return css
    .replace(/@import\s+[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (whole, _quote: string, target: string) =>
      isLocalUrl(target) ? whole : 'url("data:,")',
    );
}

/**
 * The candidates of a `srcset` ("url [descriptor], …"), parsed the way the HTML standard does:
 * a URL runs to the next whitespace, so a data: URL may itself hold commas.
 */
export function parseSrcset(value: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  const pattern = /[\s,]*([^\s]+)([^,]*)/y;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(value)) !== null && match[0] !== '') {
    let url = match[1] ?? '';
    let descriptor = (match[2] ?? '').trim();
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      descriptor = '';
      pattern.lastIndex -= (match[2] ?? '').length;
    }
    if (url !== '') candidates.push({ url, descriptor });
  }
  return candidates;
}

function defuseSrcset(value: string): string | null {
  const kept = parseSrcset(value)
    .filter(({ url }) => isLocalUrl(url))
    .map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url));
  return kept.length > 0 ? kept.join(', ') : null;
}

/**
 * Removes HTML comments the way a browser ends them (at the first `-->`, `--!>`, or an abrupt
 * `<!-->`). happy-dom's parser does not: it reads `<!--x></script-->` as a comment running on
 * past its end, which would hide the markup after it from the DOM pass while the browser renders
 * it. Comments carry nothing the tests need. (A `<!--` inside a script or attribute value is
 * rare in saved pages; the smoke test checks every page in Chromium anyway.)
 */
export function stripComments(html: string): string {
  return html.replace(/<!--(?:-?>|[\s\S]*?(?:--!?>|$))/g, '');
}

/**
 * Anti-flicker snippets (Chartbeat, Google Optimize) hide the page until their script reveals
 * it; with scripts gone the page would stay blank, so they go too.
 */
function isAntiFlicker(style: { id: string; textContent: string }): boolean {
  return /flicker|async-hide/i.test(style.id) || /\.async-hide\b/.test(style.textContent);
}

/** The page as HTML text, with its scripts and outside references taken out. */
export async function defuseHtml(html: string): Promise<string> {
  const window = new Window({
    url: LOCAL_BASE,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(stripComments(html), 'text/html');
    const root = document.documentElement;

    for (const script of [...document.querySelectorAll('script')]) {
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      if (type !== 'application/ld+json') script.remove();
    }
    for (const element of [...document.querySelectorAll(REMOVED_ELEMENTS.join(','))]) element.remove();
    for (const meta of [...document.querySelectorAll('meta[http-equiv]')]) {
      const equiv = (meta.getAttribute('http-equiv') ?? '').toLowerCase();
      if (equiv === 'refresh' || equiv === 'set-cookie') meta.remove();
    }
    for (const link of [...document.querySelectorAll('link')]) {
      const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const inert = rels.length > 0 && rels.every((rel) => INERT_LINK_RELS.has(rel));
      if (!inert && !isLocalUrl(link.getAttribute('href') ?? '')) link.remove();
    }
    for (const style of [...document.querySelectorAll('style')]) {
      if (isAntiFlicker(style)) style.remove();
      else style.textContent = defuseCss(style.textContent);
    }

    for (const element of [root, ...root.querySelectorAll('*')]) {
      for (const attribute of Array.from(element.attributes)) {
        const { name } = attribute;
        const value = attribute.value ?? '';
        const lower = name.toLowerCase();
        if (lower.startsWith('on') || lower === 'manifest' || lower === 'ping') {
          element.removeAttribute(name);
        } else if (lower === 'style') {
          element.setAttribute(name, defuseCss(value));
        } else if (lower === 'srcset' || lower === 'imagesrcset') {
          const kept = defuseSrcset(value);
          if (kept === null) element.removeAttribute(name);
          else element.setAttribute(name, kept);
        } else if (lower === 'href' || lower === 'xlink:href') {
          // A link's target is only fetched on a click, but a script URL would run code.
          if (/^\s*(javascript|vbscript):/i.test(value)) element.setAttribute(name, '#');
          else if (element.namespaceURI === 'http://www.w3.org/2000/svg' && !isLocalUrl(value)) {
            element.removeAttribute(name); // SVG <image>/<use>/<feImage> fetch their href
          }
        } else if (FETCHED_URL_ATTRIBUTES.includes(lower) && !isLocalUrl(value)) {
          if (lower === 'src' && element.localName === 'img') element.setAttribute(name, BLANK_GIF);
          else element.removeAttribute(name);
        }
      }
    }

    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
    return doctype + root.outerHTML;
  } finally {
    await window.happyDOM.close();
  }
}
