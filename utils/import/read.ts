// Reads an import file of any kind we accept: our pack (any version, migrated), the minimal
// hand-written pack, or a W3C AnnotationCollection we wrote. Nothing is written here.
import type { PackMeta, PackRecords } from '../pack-format';
import { parsePackValue } from '../pack-format';
import { parseJson } from '../pack-json';
import { isAnnotationCollection, parseAnnotationCollection } from './w3c-import';

export type ImportKind = 'pack' | 'minimal' | 'w3c';

export type ReadImport =
  { ok: true; kind: ImportKind; records: PackRecords; meta: PackMeta } | { ok: false; errors: string[] };

export function readImport(text: string): ReadImport {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  if (isAnnotationCollection(json.value)) {
    const parsed = parseAnnotationCollection(json.value);
    return parsed.ok ? { ok: true, kind: 'w3c', records: parsed.records, meta: {} } : parsed;
  }
  const parsed = parsePackValue(json.value);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    kind: parsed.records.kind === 'full' ? 'pack' : 'minimal',
    records: parsed.records,
    meta: parsed.meta ?? {},
  };
}
