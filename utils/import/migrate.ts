// The ladder of pack versions: a pack of ours from any earlier version is brought up to the
// current one, one step at a time, before it is validated. Each step keeps every record at
// its index, so a validation message still points at the record as written in the file.
//
// Version 0 is our unversioned pack (a `format` but no `version`, or `version: 0`): aliases
// were plain strings, records had no `origin` (all were the user's own), notes could lack an
// `author`, and there were no note versions, mentions or rejected suggestions.

export type RawPack = Record<string, unknown>;

type Step = (pack: RawPack) => RawPack;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const mapList = (value: unknown, map: (item: Record<string, unknown>) => unknown): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (isObject(item) ? map(item) : item)) : value;

/** Version 0 → 1. */
const toVersion1: Step = (pack) => ({
  ...pack,
  version: 1,
  exported: pack.exported ?? new Date(0).toISOString(),
  entities: mapList(pack.entities, (entity) => ({
    ...entity,
    aliases: Array.isArray(entity.aliases)
      ? entity.aliases.map((alias: unknown) => (typeof alias === 'string' ? { text: alias } : alias))
      : entity.aliases,
    origin: entity.origin ?? { kind: 'own' },
  })),
  notes: mapList(pack.notes, (note) => ({
    ...note,
    author: note.author ?? '',
    origin: note.origin ?? { kind: 'own' },
  })),
});

/** STEPS[n] takes a pack of version n to version n + 1. */
const STEPS: readonly Step[] = [toVersion1];

export const CURRENT_VERSION = STEPS.length;

export type Migration = { ok: true; pack: RawPack; from: number } | { ok: false; error: string };

/** The pack's version: a missing one is 0 (our first, unversioned packs). */
export function packVersion(pack: RawPack): number | null {
  if (pack.version === undefined) return 0;
  return typeof pack.version === 'number' && Number.isInteger(pack.version) && pack.version >= 0
    ? pack.version
    : null;
}

/** Brings a pack of ours up to the current version; a newer or nonsense version is refused. */
export function migratePack(pack: RawPack): Migration {
  const from = packVersion(pack);
  if (from === null) {
    return typeof pack.version === 'number'
      ? { ok: false, error: `version: ${pack.version} is not a pack version` }
      : { ok: false, error: 'version: missing or not a number' };
  }
  if (from > CURRENT_VERSION) {
    return {
      ok: false,
      error: `version: this pack is version ${from}, this Backstory reads version ${CURRENT_VERSION}; update Backstory to import it`,
    };
  }
  let current = pack;
  for (let version = from; version < CURRENT_VERSION; version += 1) {
    const step = STEPS[version];
    if (step) current = step(current);
  }
  return { ok: true, pack: current, from };
}
