// Tells body text from headings and all-caps lines. A name in a Title Case headline or a
// shouted line can't be told from the words around it, so those lines only confirm names
// found in running text (bylines excepted, see candidates.ts).

import type { Token } from './tokenize.ts';

export type LineKind = 'text' | 'heading' | 'shouting';

/** Short words a Title Case headline may leave in lower case. */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'but',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'as',
  'vs',
  'vs.',
  'via',
  'into',
  'over',
  'per',
]);

/** Kind of each line that has tokens, by line number. */
export function lineKinds(tokens: readonly Token[]): Map<number, LineKind> {
  const byLine = new Map<number, Token[]>();
  for (const token of tokens) {
    const list = byLine.get(token.line);
    if (list) list.push(token);
    else byLine.set(token.line, [token]);
  }
  const kinds = new Map<number, LineKind>();
  for (const [line, list] of byLine) {
    const words = list.filter((token) => /\p{L}/u.test(token.text));
    const allCaps = words.filter((token) => token.allCaps).length;
    if (allCaps >= 2 && allCaps >= words.length * 0.6) {
      kinds.set(line, 'shouting');
      continue;
    }
    const content = words.filter((token) => !SMALL_WORDS.has(token.lower));
    const lower = content.filter((token) => !token.capitalised).length;
    const heading = content.length > 0 && (lower === 0 || (content.length >= 6 && lower <= 1));
    kinds.set(line, heading ? 'heading' : 'text');
  }
  return kinds;
}
