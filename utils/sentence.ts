// The sentence around an offset — a suggestion's context, a source's quote: from the previous
// sentence end (or line break) to the next one, trimmed, at most 300 characters by default.

export const MAX_SENTENCE_LENGTH = 300;

/** `.`, `!`, `?` followed by space and not after a one-letter initial or a short title. */
function isSentenceEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text[index + 1];
  if (next !== undefined && !/[\s"'”’)]/u.test(next)) return false;
  if (char === '.') {
    const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, index - 5), index))?.[1] ?? '';
    if (
      /^\p{Lu}$/u.test(word) ||
      /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Col|Lt|Capt|Prof|Rev|Co|Corp|Inc|Ltd|vs|No)$/u.test(word)
    ) {
      return false;
    }
  }
  return true;
}

/** Start and end offsets of the sentence containing `offset`. */
export function sentenceBounds(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0) {
    const previous = text[start - 1];
    if (previous === '\n') break;
    if (isSentenceEnd(text, start - 1)) break;
    start -= 1;
  }
  let end = offset;
  while (end < text.length) {
    const char = text[end];
    if (char === '\n') break;
    if (isSentenceEnd(text, end)) {
      end += 1;
      while (end < text.length && /["'”’)]/u.test(text[end] ?? '')) end += 1;
      break;
    }
    end += 1;
  }
  return { start, end };
}

/** The trimmed sentence around `start`–`end`, cut to a window of ≤ `max` characters if longer. */
export function sentenceAround(text: string, start: number, end: number, max = MAX_SENTENCE_LENGTH): string {
  const bounds = sentenceBounds(text, start);
  const sentence = text.slice(bounds.start, Math.max(bounds.end, end));
  const trimmed = sentence.replace(/\s+/gu, ' ').trim();
  if (trimmed.length <= max) return trimmed;
  // Keep the name in view: a window centred on it, cut at spaces, marked with ellipses.
  const from = Math.max(bounds.start, start - Math.floor((max * 7) / 15));
  const to = Math.min(Math.max(bounds.end, end), from + max - 2);
  let window = text.slice(from, to).replace(/\s+/gu, ' ');
  if (from > bounds.start) window = window.replace(/^\S*\s/u, '');
  if (to < bounds.end) window = window.replace(/\s\S*$/u, '');
  const prefix = from > bounds.start ? '…' : '';
  const suffix = to < bounds.end ? '…' : '';
  return `${prefix}${window.trim()}${suffix}`.slice(0, max);
}
