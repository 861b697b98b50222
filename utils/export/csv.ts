// CSV for spreadsheets and analysis tools: RFC 4180 quoting, CRLF rows, and a guard against
// formula injection (a cell a spreadsheet would evaluate gets a leading apostrophe).
import type { Entity, Mention, Note, Origin } from '../model';

export type CsvFile = 'entities.csv' | 'notes.csv' | 'sources.csv' | 'mentions.csv';
export const CSV_FILES: readonly CsvFile[] = ['entities.csv', 'notes.csv', 'sources.csv', 'mentions.csv'];

/** UTF-8 byte-order mark: makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

/** Several values in one cell (aliases, tags, source URLs) are written one per line. */
export const LIST_SEPARATOR = '\n';

const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** A text cell that a spreadsheet would take for a formula is prefixed with `'`. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: numbers as they are; text guarded, and quoted when RFC 4180 requires it. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = guardFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(cells: readonly (string | number | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const originLabel = (origin: Origin): string =>
  origin.kind === 'own' ? 'own' : `pack:${origin.packName || origin.packId}`;

export const CSV_HEADERS: Record<CsvFile, readonly string[]> = {
  'entities.csv': [
    'id',
    'type',
    'name',
    'aliases',
    'description',
    'tags',
    'links',
    'origin',
    'created',
    'modified',
  ],
  'notes.csv': [
    'id',
    'entity_id',
    'entity_name',
    'text',
    'author',
    'source_urls',
    'source_count',
    'origin',
    'created',
    'modified',
  ],
  'sources.csv': [
    'note_id',
    'entity_id',
    'position',
    'url',
    'title',
    'publisher',
    'author',
    'published',
    'accessed',
    'quote',
  ],
  'mentions.csv': [
    'id',
    'entity_id',
    'entity_name',
    'url',
    'site',
    'title',
    'seen',
    'exact',
    'prefix',
    'suffix',
    'start',
    'end',
  ],
};

export function entityRow(entity: Entity): string {
  return csvRow([
    entity.id,
    entity.type,
    entity.name,
    entity.aliases.map((alias) => alias.text).join(LIST_SEPARATOR),
    entity.description,
    entity.tags.join(LIST_SEPARATOR),
    entity.links.map((link) => link.url).join(LIST_SEPARATOR),
    originLabel(entity.origin),
    entity.created,
    entity.modified,
  ]);
}

export function noteRow(note: Note, entityName: string): string {
  return csvRow([
    note.id,
    note.entityId,
    entityName,
    note.text,
    note.author,
    note.sources.map((source) => source.url).join(LIST_SEPARATOR),
    note.sources.length,
    originLabel(note.origin),
    note.created,
    note.modified,
  ]);
}

/** One row per source of a note, numbered from 1 in the note's order. */
export function sourceRows(note: Note): string {
  return note.sources
    .map((source, index) =>
      csvRow([
        note.id,
        note.entityId,
        index + 1,
        source.url,
        source.title,
        source.publisher,
        source.author,
        source.published,
        source.accessed,
        source.quote,
      ]),
    )
    .join('');
}

export function mentionRow(mention: Mention, entityName: string, site: string): string {
  return csvRow([
    mention.id,
    mention.entityId,
    entityName,
    mention.url,
    site,
    mention.title,
    mention.seen,
    mention.selector.exact,
    mention.selector.prefix,
    mention.selector.suffix,
    mention.start,
    mention.end,
  ]);
}
