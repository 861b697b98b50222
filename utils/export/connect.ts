// Opens a port to the background from an extension page (options, popup).
import { browser } from 'wxt/browser';
import type { DataPort } from './data-port';

export type ConnectPort = (name: string) => DataPort;

export const connectToBackground: ConnectPort = (name) => browser.runtime.connect({ name });
