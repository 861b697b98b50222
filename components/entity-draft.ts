// The entity editor's form state, and its conversion to what `entity.save` accepts.
import type { Alias, Entity, EntityType } from '../utils/model';
import { normaliseKey } from '../utils/model';
import type { EntityInput } from '../utils/schemas';
import { isHttpUrl } from './http-url';

export interface LinkDraft {
  url: string;
  label: string;
}

export interface EntityDraft {
  name: string;
  type: EntityType;
  /** One alias per line. */
  aliases: string;
  description: string;
  links: LinkDraft[];
}

export interface EntityDraftErrors {
  name?: string;
  /** Per link row, in order; undefined where the row is fine. */
  links?: (string | undefined)[];
}

export const EMPTY_LINK: LinkDraft = { url: '', label: '' };

export function draftFromEntity(entity: Entity | null | undefined, name = ''): EntityDraft {
  if (!entity) return { name, type: 'person', aliases: '', description: '', links: [{ ...EMPTY_LINK }] };
  return {
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases.map((alias) => alias.text).join('\n'),
    description: entity.description,
    links:
      entity.links.length > 0
        ? entity.links.map((link) => ({ url: link.url, label: link.label ?? '' }))
        : [{ ...EMPTY_LINK }],
  };
}

/**
 * Checks the draft and builds the save payload. Blank link rows are dropped; an existing
 * alias keeps its matching options when its line is kept.
 */
export function entityInputFromDraft(
  draft: EntityDraft,
  existing: Entity | null | undefined,
): { ok: true; input: EntityInput } | { ok: false; errors: EntityDraftErrors } {
  const errors: EntityDraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Enter a name.';

  const linkErrors = draft.links.map((link) => {
    const url = link.url.trim();
    if (url === '') return link.label.trim() === '' ? undefined : 'Enter the address this label is for.';
    return isHttpUrl(url) ? undefined : 'Links must be web addresses starting with http:// or https://.';
  });
  if (linkErrors.some((error) => error !== undefined)) errors.links = linkErrors;
  if (errors.name !== undefined || errors.links !== undefined) return { ok: false, errors };

  const previous = new Map((existing?.aliases ?? []).map((alias) => [normaliseKey(alias.text), alias]));
  const seen = new Set<string>();
  const aliases: Alias[] = [];
  for (const line of draft.aliases.split(/\r?\n/u)) {
    const text = line.trim();
    const key = normaliseKey(text);
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push({ ...previous.get(key), text });
  }

  const links = draft.links
    .filter((link) => link.url.trim() !== '')
    .map((link) => {
      const label = link.label.trim();
      return label === '' ? { url: link.url.trim() } : { url: link.url.trim(), label };
    });

  const input: EntityInput = {
    type: draft.type,
    name,
    aliases,
    description: draft.description.trim(),
    links,
    tags: existing?.tags ?? [],
  };
  if (existing) input.id = existing.id;
  return { ok: true, input };
}
