// Types for start-chromium.mjs, so the TypeScript end-to-end tests launch Chromium the same way.
import type { BrowserContext, Worker } from 'playwright-core';

export const repoRoot: string;
/** Absolute path of the built Chrome extension, `.output/chrome-mv3`. */
export const chromeExtensionDir: string;
export const installHint: string;

export function findChromium(): string;
export function chromiumArgs(extensionDir: string, options: { headless: boolean }): string[];

export interface LaunchedChromium {
  context: BrowserContext;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  extensionId: string;
  extensionDir: string;
  userDataDir: string;
  /** Closes the browser and deletes its profile; safe to call twice. */
  close(): Promise<void>;
}

export function launchChromiumWithExtension(options?: {
  extensionDir?: string;
  /** Default true (`--headless=new`). */
  headless?: boolean;
  /** How long to wait for the service worker; default 15 s. */
  timeoutMs?: number;
}): Promise<LaunchedChromium>;
