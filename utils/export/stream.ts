// An export as a stream of text chunks, one file or several: what the export port sends to
// the page, which assembles them into Blobs (or a zip) without one giant string anywhere.
import * as v from 'valibot';
import type { BackstoryDb } from '../db-schema';
import { HttpUrlSchema } from '../schemas';
import { PackSettingsSchema } from '../pack-format';
import { ExportFilterSchema, compileFilter } from './filters';
import { csvChunks } from './csv-chunks';
import { packChunks } from './pack-chunks';
import { w3cChunks } from './w3c-chunks';

export const ExportRequestSchema = v.object({
  format: v.picklist(['pack', 'csv', 'w3c'], 'not pack, csv or w3c'),
  filter: v.optional(ExportFilterSchema, {}),
  /** CSV: start each file with a UTF-8 byte-order mark (for Excel). */
  bom: v.optional(v.boolean(), false),
  /** W3C: the licence IRI of the notes' text. */
  rights: v.optional(HttpUrlSchema),
  /** Pack: the settings to carry along (the page reads them; the background has no copy). */
  settings: v.optional(PackSettingsSchema),
  /** Pack: a name for the pack, shown as provenance when someone subscribes to it. */
  name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
});
export type ExportRequest = v.InferInput<typeof ExportRequestSchema>;
export type CheckedExportRequest = v.InferOutput<typeof ExportRequestSchema>;

/** Part of one file's text; `read` counts the records read to write it (for progress). */
export interface FileChunk {
  file: string;
  text: string;
  read: number;
}

/** A chunk as the page sees it: with how far the export has got. */
export interface ExportChunk {
  file: string;
  text: string;
  done: number;
  total: number;
}

/** How many records an export reads at most: the denominator of its progress. */
async function totalRecords(db: BackstoryDb, format: CheckedExportRequest['format']): Promise<number> {
  const stores =
    format === 'pack'
      ? (['entities', 'notes', 'noteVersions', 'mentions', 'rejectedSuggestions'] as const)
      : (['entities', 'notes', 'mentions'] as const);
  const counts = await Promise.all(stores.map((store) => db.count(store)));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The export's file names, in the order their first chunks come. */
export function exportFiles(format: CheckedExportRequest['format']): string[] {
  if (format === 'pack') return ['backstory-pack.json'];
  if (format === 'w3c') return ['backstory-annotations.jsonld'];
  return ['entities.csv', 'notes.csv', 'sources.csv', 'mentions.csv'];
}

/** Every chunk of an export, with progress. */
export async function* exportChunks(
  db: BackstoryDb,
  request: CheckedExportRequest,
): AsyncGenerator<ExportChunk> {
  const filter = compileFilter(request.filter);
  const total = await totalRecords(db, request.format);
  const [file] = exportFiles(request.format);
  const source =
    request.format === 'pack'
      ? packChunks(db, filter, { settings: request.settings, name: request.name }, file ?? '')
      : request.format === 'w3c'
        ? w3cChunks(db, filter, { rights: request.rights }, file ?? '')
        : csvChunks(db, filter, { bom: request.bom });
  let done = 0;
  for await (const chunk of source) {
    done = Math.min(total, done + chunk.read);
    yield { file: chunk.file, text: chunk.text, done, total };
  }
}

/** A whole export as one string per file: for small exports and tests. */
export async function collectExport(db: BackstoryDb, request: ExportRequest): Promise<Map<string, string>> {
  const checked = v.parse(ExportRequestSchema, request);
  const parts = new Map<string, string[]>(exportFiles(checked.format).map((file) => [file, []]));
  for await (const chunk of exportChunks(db, checked)) {
    const list = parts.get(chunk.file) ?? [];
    list.push(chunk.text);
    parts.set(chunk.file, list);
  }
  return new Map([...parts].map(([file, list]) => [file, list.join('')]));
}
