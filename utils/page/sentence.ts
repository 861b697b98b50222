// The sentence around a mention, as the quote of a source: from the last sentence end before
// it to the next one after it, within the same block of text, at most `max` characters.

const SENTENCE_END = /[.!?…]["'”’)\]]*\s/u;

export function sentenceAround(text: string, start: number, end: number, max = 300): string {
  const blockStart = text.lastIndexOf('\n', start - 1) + 1;
  const blockEndIndex = text.indexOf('\n', end);
  const blockEnd = blockEndIndex === -1 ? text.length : blockEndIndex;
  let from = blockStart;
  const before = text.slice(blockStart, start);
  for (const match of before.matchAll(new RegExp(SENTENCE_END.source, 'gu'))) {
    from = blockStart + match.index + match[0].length;
  }
  const after = text.slice(end, blockEnd);
  const next = SENTENCE_END.exec(after);
  let to = next ? end + next.index + next[0].trimEnd().length : blockEnd;
  if (to - from > max) {
    // Keep the mention and as much around it as fits, cut at word edges.
    const room = Math.max(0, max - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, end + Math.ceil(room / 2));
    const head = text.slice(from, start).replace(/^\S*\s/u, '');
    const tail = text.slice(end, to).replace(/\s\S*$/u, '');
    return `…${head}${text.slice(start, end)}${tail}…`.replace(/\s+/gu, ' ');
  }
  return text.slice(from, to).replace(/\s+/gu, ' ').trim();
}
