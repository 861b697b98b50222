// How the content script reaches the suggestion engine. The engine (compromise and our rules,
// about 200 KB) is a separate script the background injects into the tab's isolated world only
// when suggestions are on, so pages that do not use them never load it. It leaves one function
// on the isolated world's global object; the page's own scripts cannot see that world.
import type { Suggestion, SuggestOptions } from './index.ts';

export const SUGGESTER_GLOBAL = '__backstorySuggester';

export type Suggester = (text: string, options: SuggestOptions) => Suggestion[];

/** The injected engine, if it has been loaded into this world. */
export function loadedSuggester(scope: object = globalThis): Suggester | null {
  const value: unknown = Reflect.get(scope, SUGGESTER_GLOBAL);
  return typeof value === 'function' ? (value as Suggester) : null;
}
