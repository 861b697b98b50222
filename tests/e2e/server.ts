// The end-to-end tests' web server on 127.0.0.1: the seed article as a news page, every saved
// news page from ../shared/fixtures/pages (defused, see defuse.ts), and pages a test adds.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer } from '../../scripts/start-server.mjs';
import type { RouteBody, RouteOptions } from '../../scripts/start-server.mjs';
import { defuseHtml } from './defuse.ts';
import { fixturePagesDir, listFixturePages, renderSeedArticle, seedArticlePath } from './fixtures.ts';

export type { RouteBody, RouteOptions };

export const SEED_ARTICLE_PATH = '/seed-article.html';

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** `/seed-article.html` as an absolute URL. */
  readonly seedArticleUrl: string;
  /** Absolute URL of a saved page, by file name (`bbc-1.html`) → `/pages/bbc-1.html`. */
  pageUrl(name: string): string;
  /** The saved pages' file names. */
  readonly pageNames: readonly string[];
  /** Serves `html` (or what a function returns) at `path` from now on. */
  route(path: string, body: RouteBody, options?: RouteOptions): void;
  close(): Promise<void>;
}

/** Reads a file on each request, defused and cached: a page is only parsed if a test asks for it. */
function cachedDefused(file: string): () => Promise<string> {
  let result: Promise<string> | undefined;
  return () => (result ??= readFile(file, 'utf8').then(defuseHtml));
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server = await startStaticServer();
  server.route(SEED_ARTICLE_PATH, async () => renderSeedArticle(await readFile(seedArticlePath, 'utf8')));
  const pageNames = listFixturePages();
  for (const name of pageNames) {
    server.route(`/pages/${name}`, cachedDefused(path.join(fixturePagesDir, name)));
  }
  return {
    origin: server.origin,
    url: (pathname) => server.url(pathname),
    seedArticleUrl: server.url(SEED_ARTICLE_PATH),
    pageUrl: (name) => {
      if (!pageNames.includes(name)) throw new Error(`No saved page ${name} in ${fixturePagesDir}`);
      return server.url(`/pages/${name}`);
    },
    pageNames,
    route: (pathname, body, options) => server.route(pathname, body, options),
    close: () => server.close(),
  };
}
