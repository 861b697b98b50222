// A small static HTTP server on 127.0.0.1 for `npm start` and the end-to-end tests: it serves
// only the routes it is given, from memory, so nothing on disk is exposed by accident.
import { createServer } from 'node:http';
import { URL } from 'node:url';

/**
 * @typedef {{ contentType?: string, headers?: Record<string, string> }} RouteOptions
 * @typedef {string | (() => string | Promise<string>)} RouteBody
 */

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {Record<string, RouteBody>} [routes] path → body (text/html) or a function making it
 */
export async function startStaticServer(routes = {}) {
  /** @type {Map<string, { body: RouteBody, options: RouteOptions }>} */
  const table = new Map();
  for (const [path, body] of Object.entries(routes)) table.set(path, { body, options: {} });

  const server = createServer((request, response) => {
    void answer(request, response);
  });

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  async function answer(request, response) {
    const method = request.method ?? 'GET';
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const entry = table.get(pathname);
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (!entry && pathname === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would show up as a console error.
      response.writeHead(204).end();
      return;
    }
    if (!entry) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    try {
      const body = typeof entry.body === 'function' ? await entry.body() : entry.body;
      response.writeHead(200, {
        'content-type': entry.options.contentType ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...entry.options.headers,
      });
      response.end(method === 'HEAD' ? undefined : body);
    } catch (error) {
      console.error(`start-server: could not make ${pathname}:`, error);
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Server error\n');
    }
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('start-server: no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;

  return {
    origin,
    port: address.port,
    /** @param {string} path */
    url: (path) => new URL(path, origin).href,
    /**
     * Adds or replaces a route.
     * @param {string} path
     * @param {RouteBody} body
     * @param {RouteOptions} [options]
     */
    route(path, body, options = {}) {
      if (!path.startsWith('/')) throw new Error(`start-server: route must start with "/": ${path}`);
      table.set(path, { body, options });
    },
    /** @returns {string[]} */
    paths: () => [...table.keys()],
    /** @returns {Promise<void>} */
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
