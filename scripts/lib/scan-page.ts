// Reads the text the scanner matches: for a saved HTML page, the visible text of its article
// region (or whole body) extracted as the extension extracts it (utils/page/article.ts picks
// the region, utils/page/extract.ts reads it); for a `.txt` file, the text itself.

import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../../utils/page/article.ts';
import { extractText } from '../../utils/page/extract.ts';
import { isHiddenWithoutLayout } from './page-text.ts';

export interface PageTextOptions {
  /** The whole body rather than the article region (the popup's "scan the whole page"). */
  wholePage: boolean;
}

/** Plain-text documents are matched as they are; everything else is read as HTML. */
export function isPlainTextFile(path: string): boolean {
  return /\.txt$/iu.test(path);
}

/** The text the extension would match on this HTML page. */
export function htmlPageText(html: string, options: PageTextOptions): string {
  // No scripts run and no resources load (JSDOM's defaults, kept explicit); a silent console,
  // because saved pages' stylesheets trip jsdom's CSS parser, which is noise here.
  const dom = new JSDOM(html, {
    runScripts: undefined,
    resources: undefined,
    virtualConsole: new VirtualConsole(),
  });
  try {
    const { document } = dom.window;
    const root = options.wholePage
      ? (document.body ?? document.documentElement)
      : detectArticle(document).region;
    // There is no layout in jsdom: hidden means the attribute or an inline style that hides.
    return extractText(root, { isHidden: isHiddenWithoutLayout }).text;
  } finally {
    dom.window.close();
  }
}

/** The text of a file as the scanner matches it. Rejects when the file cannot be read. */
export async function readPageText(path: string, options: PageTextOptions): Promise<string> {
  const content = await readFile(path, 'utf8');
  if (!isPlainTextFile(path)) return htmlPageText(content, options);
  // A byte-order mark is not part of the text a reader sees.
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder in the path is a file',
  ELOOP: 'too many symbolic links',
};

/** Why a file could not be read, without the stack or errno noise. */
export function readErrorMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const known = code === undefined ? undefined : FILE_ERRORS[code];
    return known ?? error.message;
  }
  return String(error);
}
