// The suggestion engine as a script of its own, injected into a tab's isolated world by the
// background on the content script's request (see utils/suggest/bridge.ts).
import nlp from 'compromise';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SUGGESTER_GLOBAL, type Suggester } from '../utils/suggest/bridge';
import { findSuggestions } from '../utils/suggest/index';

export default defineUnlistedScript(() => {
  const suggester: Suggester = (text, options) => findSuggestions(nlp, text, options);
  Reflect.set(globalThis, SUGGESTER_GLOBAL, suggester);
});
