// One scanned text → its records: the mentions of the pack's entities (the extension's matcher,
// utils/match) and, when asked, the suggestion engine's names (utils/suggest), merged in
// document order. Pure apart from loading compromise, which happens only for `--suggest`.

import type { Entity, EntityType } from '../../utils/model.ts';
import { findMentions, type Dictionary } from '../../utils/match/index.ts';
import { quoteSelector } from '../../utils/match/selector.ts';
import { findSuggestions, type Suggestion } from '../../utils/suggest/index.ts';

/** One line of the scanner's JSON Lines output. */
export interface ScanRecord {
  /** The file as it was named on the command line. */
  file: string;
  kind: 'mention' | 'suggestion';
  type: EntityType;
  /** The pack's entity (mentions only). */
  entityId?: string;
  /** The entity's name, or the suggested name. */
  name: string;
  exact: string;
  /** UTF-16 offsets into the extracted text, end exclusive. */
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export type Span = { start: number; end: number };

/** Suggestions for a text, never inside the spans already covered by known mentions. */
export type Suggester = (text: string, covered: readonly Span[]) => Suggestion[];

/** Longest text searched for suggestions, as in the extension's content script. */
export const MAX_SUGGEST_TEXT = 400_000;

export interface ScanContext {
  dictionary: Dictionary;
  entities: ReadonlyMap<string, Entity>;
  suggester?: Suggester;
}

/** The suggestion engine with compromise, loaded on first use only (it is large). */
export async function loadSuggester(notSuggested: ReadonlySet<string>): Promise<Suggester> {
  const { default: nlp } = await import('compromise');
  return (text, covered) =>
    text.length > MAX_SUGGEST_TEXT ? [] : findSuggestions(nlp, text, { covered, rejected: notSuggested });
}

/** Every mention (and suggestion) in `text`, sorted by start. */
export function scanText(file: string, text: string, context: ScanContext): ScanRecord[] {
  const records: ScanRecord[] = [];
  const found = findMentions(text, context.dictionary);
  for (const mention of found) {
    const entity = context.entities.get(mention.entityId);
    records.push({
      file,
      kind: 'mention',
      type: mention.type,
      entityId: mention.entityId,
      name: entity?.name ?? '',
      exact: mention.selector.exact,
      start: mention.start,
      end: mention.end,
      prefix: mention.selector.prefix,
      suffix: mention.selector.suffix,
    });
  }
  if (context.suggester) {
    for (const suggestion of context.suggester(text, found)) {
      for (const { start, end } of suggestion.occurrences) {
        const { exact, prefix, suffix } = quoteSelector(text, start, end);
        const { name, type } = suggestion;
        records.push({ file, kind: 'suggestion', type, name, exact, start, end, prefix, suffix });
      }
    }
    records.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return records;
}

/** One JSON object per line, each line ending in a newline. */
export function toJsonLines(records: readonly ScanRecord[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
