// The scanner's pack: read and validated by the importer's own validator (utils/pack-format.ts),
// then turned into the entities the matcher compiles. A minimal hand-written pack has no ids:
// each entity gets a stable one made of its type and name, and entities of the same type and
// name are merged, as importing the pack into the extension would merge them.

import { readFile } from 'node:fs/promises';
import type { Alias, Entity, Link } from '../../utils/model.ts';
import { normaliseKey, nowIso } from '../../utils/model.ts';
import type { PackRecords } from '../../utils/pack-format.ts';
import { parsePack } from '../../utils/pack-format.ts';
import { readErrorMessage } from './scan-page.ts';

export interface ScanPack {
  entities: Entity[];
  /** Normalised names never to suggest: the pack's names and aliases, and rejected names. */
  notSuggested: Set<string>;
}

export type LoadedPack =
  | { ok: true; pack: ScanPack }
  | { ok: false; reason: 'unreadable'; error: string }
  | { ok: false; reason: 'invalid'; errors: string[] };

/** `person-vladimir-putin`: readable, and the same on every run for the same pack. */
export function minimalEntityId(type: string, name: string): string {
  const slug = normaliseKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return `${type}-${slug || 'entity'}`;
}

function mergeInto(entity: Entity, aliases: readonly Alias[], links: readonly Link[]): void {
  for (const alias of aliases) {
    if (alias.text !== entity.name && !entity.aliases.some((known) => known.text === alias.text))
      entity.aliases.push(alias);
  }
  for (const link of links) {
    if (!entity.links.some((known) => known.url === link.url)) entity.links.push(link);
  }
}

/** The entities of validated pack records, with ids. */
export function packEntities(records: PackRecords): ScanPack {
  const notSuggested = new Set<string>();
  let entities: Entity[];
  if (records.kind === 'full') {
    entities = records.entities;
    for (const rejected of records.rejectedSuggestions) notSuggested.add(rejected.key);
  } else {
    const byId = new Map<string, Entity>();
    const now = nowIso();
    for (const incoming of records.entities) {
      const id = minimalEntityId(incoming.type, incoming.name);
      const known = byId.get(id);
      if (known) {
        mergeInto(known, incoming.aliases, incoming.links);
        continue;
      }
      byId.set(id, {
        id,
        type: incoming.type,
        name: incoming.name,
        aliases: [...incoming.aliases],
        description: incoming.description,
        links: [...incoming.links],
        tags: incoming.tags,
        origin: { kind: 'own' },
        created: now,
        modified: now,
      });
    }
    entities = [...byId.values()];
  }
  for (const entity of entities) {
    notSuggested.add(normaliseKey(entity.name));
    for (const alias of entity.aliases) notSuggested.add(normaliseKey(alias.text));
  }
  return { entities, notSuggested };
}

/** Reads and validates a pack file; the errors say what is wrong and where. */
export async function loadPack(path: string): Promise<LoadedPack> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, reason: 'unreadable', error: readErrorMessage(error) };
  }
  const parsed = parsePack(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
  return { ok: true, pack: packEntities(parsed.records) };
}
