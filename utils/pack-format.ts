// The pack file format (the public exchange and backup format) and its validation: a pack is
// checked whole, and every problem is reported with the record and field it is in.
import * as v from 'valibot';
import type { Entity, Mention, Note, NoteVersion, RejectedSuggestion } from './model';
import {
  AliasSchema,
  EntityInputSchema,
  EntitySchema,
  IsoDateSchema,
  MentionSchema,
  NoteSchema,
  NoteVersionSchema,
  RejectedSuggestionSchema,
  SourceSchema,
  describeIssues,
} from './schemas';
import { parseJson } from './pack-json';
import { CURRENT_VERSION, migratePack } from './import/migrate';

export const PACK_FORMAT = 'backstory-pack';
export const PACK_VERSION = CURRENT_VERSION;

export const GENERATOR = { name: 'Backstory', version: '0.1.0' } as const;

/** Settings a pack may carry (the options page reads and applies them; see utils/settings.ts). */
export const PackSettingsSchema = v.object({
  disabledSites: v.optional(v.array(v.pipe(v.string(), v.maxLength(253)))),
  enabledSites: v.optional(v.array(v.pipe(v.string(), v.maxLength(253)))),
  autoArticles: v.optional(v.boolean()),
  popoverDelay: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000))),
  authorName: v.optional(v.pipe(v.string(), v.maxLength(300))),
});
export type PackSettings = v.InferOutput<typeof PackSettingsSchema>;

/** Our own pack: every record with its id and times, so a round trip is lossless. */
export const FullPackSchema = v.object({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  exported: IsoDateSchema,
  generator: v.optional(v.object({ name: v.string(), version: v.string() })),
  /** The pack's name, shown as provenance when someone subscribes to it. */
  name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
  settings: v.optional(PackSettingsSchema),
  entities: v.array(EntitySchema),
  notes: v.array(NoteSchema),
  noteVersions: v.optional(v.array(NoteVersionSchema), []),
  mentions: v.optional(v.array(MentionSchema), []),
  rejectedSuggestions: v.optional(v.array(RejectedSuggestionSchema), []),
});

export const MinimalNoteSchema = v.object({
  text: NoteSchema.entries.text,
  sources: v.optional(v.array(SourceSchema), []),
  author: v.optional(NoteSchema.entries.author, ''),
});

/** A hand-written entity: no ids or times; aliases may be plain strings; notes nested. */
export const MinimalEntitySchema = v.object({
  type: EntityInputSchema.entries.type,
  name: EntityInputSchema.entries.name,
  aliases: v.optional(v.array(AliasSchema), []),
  description: EntityInputSchema.entries.description,
  links: EntityInputSchema.entries.links,
  tags: EntityInputSchema.entries.tags,
  notes: v.optional(v.array(MinimalNoteSchema), []),
});

export const MinimalPackSchema = v.object({ entities: v.array(MinimalEntitySchema) });

export type MinimalEntity = v.InferOutput<typeof MinimalEntitySchema>;

export type PackRecords =
  | {
      kind: 'full';
      entities: Entity[];
      notes: Note[];
      noteVersions: NoteVersion[];
      mentions: Mention[];
      rejectedSuggestions: RejectedSuggestion[];
    }
  | { kind: 'minimal'; entities: MinimalEntity[] };

/** What a pack says about itself, besides its records. */
export interface PackMeta {
  name?: string;
  settings?: PackSettings;
  /** The version the file was written in (before migration); absent for a minimal pack. */
  version?: number;
}

export type ParsedPack =
  { ok: true; records: PackRecords; meta?: PackMeta } | { ok: false; errors: string[] };

const MISSING_KEY = /^Invalid key: Expected "(.*)" but received undefined$/u;
const WRONG_TYPE = /^Invalid type: Expected (.*) but received (.*)$/u;

/** valibot's generic messages, said the way a person fixing a pack file would say them. */
export function friendlyIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return describeIssues(
    issues.map((issue) => {
      const missing = MISSING_KEY.exec(issue.message);
      if (missing) return { ...issue, message: 'missing' };
      const wrong = WRONG_TYPE.exec(issue.message);
      if (wrong)
        return { ...issue, message: `expected ${wrong[1] ?? 'another type'}, found ${wrong[2] ?? '?'}` };
      return issue;
    }),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Plain-string aliases (`"aliases": ["Putin"]`) become alias objects, so one schema checks both. */
function expandStringAliases(pack: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(pack.entities)) return pack;
  const entities = pack.entities.map((entity: unknown) => {
    if (!isObject(entity) || !Array.isArray(entity.aliases)) return entity;
    const aliases = entity.aliases.map((alias: unknown) =>
      typeof alias === 'string' ? { text: alias } : alias,
    );
    return { ...entity, aliases };
  });
  return { ...pack, entities };
}

/** Ids that repeat, and references to records that are not in the pack. */
function crossReferenceErrors(pack: v.InferOutput<typeof FullPackSchema>): string[] {
  const errors: string[] = [];
  const unique = (list: readonly { id: string }[], name: string): Set<string> => {
    const ids = new Set<string>();
    list.forEach((record, index) => {
      if (ids.has(record.id)) errors.push(`${name}[${index}].id: "${record.id}" is used twice`);
      ids.add(record.id);
    });
    return ids;
  };
  const entityIds = unique(pack.entities, 'entities');
  const noteIds = unique(pack.notes, 'notes');
  unique(pack.noteVersions, 'noteVersions');
  unique(pack.mentions, 'mentions');
  pack.notes.forEach((note, index) => {
    if (!entityIds.has(note.entityId))
      errors.push(`notes[${index}].entityId: no entity with id "${note.entityId}" in this pack`);
  });
  pack.noteVersions.forEach((version, index) => {
    if (!noteIds.has(version.noteId))
      errors.push(`noteVersions[${index}].noteId: no note with id "${version.noteId}" in this pack`);
  });
  const places = new Set<string>();
  pack.mentions.forEach((mention, index) => {
    if (!entityIds.has(mention.entityId))
      errors.push(`mentions[${index}].entityId: no entity with id "${mention.entityId}" in this pack`);
    const place = JSON.stringify([mention.entityId, mention.url]);
    if (places.has(place))
      errors.push(`mentions[${index}]: a second mention of this entity on the same page`);
    places.add(place);
  });
  const keys = new Set<string>();
  pack.rejectedSuggestions.forEach((rejected, index) => {
    if (keys.has(rejected.key))
      errors.push(`rejectedSuggestions[${index}].key: "${rejected.key}" is used twice`);
    keys.add(rejected.key);
  });
  return errors.slice(0, 20);
}

export function parseFullPack(raw: Record<string, unknown>): ParsedPack {
  if (raw.format !== PACK_FORMAT) {
    return { ok: false, errors: [`format: ${JSON.stringify(raw.format)} is not "${PACK_FORMAT}"`] };
  }
  const migration = migratePack(raw);
  if (!migration.ok) return { ok: false, errors: [migration.error] };
  const pack = migration.pack;
  const result = v.safeParse(FullPackSchema, pack);
  if (!result.success) return { ok: false, errors: friendlyIssues(result.issues) };
  const errors = crossReferenceErrors(result.output);
  if (errors.length > 0) return { ok: false, errors };
  const { entities, notes, noteVersions, mentions, rejectedSuggestions, name, settings } = result.output;
  const meta: PackMeta = { version: migration.from };
  if (name) meta.name = name;
  if (settings) meta.settings = settings;
  return {
    ok: true,
    records: { kind: 'full', entities, notes, noteVersions, mentions, rejectedSuggestions },
    meta,
  };
}

/**
 * Checks a pack file's text whole: our own format (with `format` and `version`) or the minimal
 * hand-written form (`{"entities": [...]}`). Nothing is returned unless everything is valid.
 */
export function parsePack(text: string): ParsedPack {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  return parsePackValue(json.value);
}

/** parsePack for a file already parsed as JSON. */
export function parsePackValue(pack: unknown): ParsedPack {
  if (!isObject(pack)) {
    return { ok: false, errors: ['The file is not a pack: expected a JSON object with an "entities" list'] };
  }
  if ('format' in pack || 'version' in pack) return parseFullPack(pack);
  if (!('entities' in pack)) {
    return { ok: false, errors: ['The file is not a pack: it has neither "format" nor "entities"'] };
  }
  const result = v.safeParse(MinimalPackSchema, expandStringAliases(pack));
  if (!result.success) return { ok: false, errors: friendlyIssues(result.issues) };
  return { ok: true, records: { kind: 'minimal', entities: result.output.entities } };
}
