// Types for start-server.mjs, so the TypeScript end-to-end tests can use the same server.

export interface RouteOptions {
  /** Defaults to `text/html; charset=utf-8`. */
  contentType?: string;
  /** Extra response headers, for example a Content-Security-Policy. */
  headers?: Record<string, string>;
}

/** A page body, or a function that makes it on each request. */
export type RouteBody = string | (() => string | Promise<string>);

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Adds or replaces a route (path without query, starting with `/`). */
  route(path: string, body: RouteBody, options?: RouteOptions): void;
  /** The paths served. */
  paths(): string[];
  close(): Promise<void>;
}

export function startStaticServer(routes?: Record<string, RouteBody>): Promise<StaticServer>;
