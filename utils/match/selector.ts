// The W3C TextQuoteSelector of a span: its exact text and up to 32 characters either side,
// never cutting a surrogate pair in half.
import type { TextQuoteSelector } from '../model';

const CONTEXT = 32;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  let prefixStart = Math.max(0, start - CONTEXT);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
