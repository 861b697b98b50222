// The entity editor's form state, and its conversion to what `entity.save` accepts.
import type { Alias, Entity, EntityType } from '../utils/model';
import { normaliseKey } from '../utils/model';
import type { EntityInput } from '../utils/schemas';
import { isHttpUrl } from './http-url';

export interface LinkDraft {
  url: string;
  label: string;
}

/** One other name as the form edits it, with how it may be matched. */
export interface AliasDraft {
  text: string;
  caseInsensitive: boolean;
  safe: boolean;
  foldDiacritics: boolean;
}

export interface EntityDraft {
  name: string;
  type: EntityType;
  aliases: AliasDraft[];
  description: string;
  links: LinkDraft[];
  /** Comma-separated. */
  tags: string;
}

export interface EntityDraftErrors {
  name?: string;
  /** Per link row, in order; undefined where the row is fine. */
  links?: (string | undefined)[];
}

export const EMPTY_LINK: LinkDraft = { url: '', label: '' };
export const EMPTY_ALIAS: AliasDraft = {
  text: '',
  caseInsensitive: false,
  safe: false,
  foldDiacritics: false,
};

function aliasDraft(alias: Alias): AliasDraft {
  return {
    text: alias.text,
    caseInsensitive: alias.caseInsensitive === true,
    safe: alias.safe === true,
    foldDiacritics: alias.foldDiacritics === true,
  };
}

export function draftFromEntity(entity: Entity | null | undefined, name = ''): EntityDraft {
  if (!entity) {
    return { name, type: 'person', aliases: [], description: '', links: [{ ...EMPTY_LINK }], tags: '' };
  }
  return {
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases.map(aliasDraft),
    tags: entity.tags.join(', '),
    description: entity.description,
    links:
      entity.links.length > 0
        ? entity.links.map((link) => ({ url: link.url, label: link.label ?? '' }))
        : [{ ...EMPTY_LINK }],
  };
}

/**
 * Checks the draft and builds the save payload. Blank alias and link rows and repeated aliases
 * are dropped; options are written only where they are on.
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

  const seen = new Set<string>();
  const aliases: Alias[] = [];
  for (const row of draft.aliases) {
    const text = row.text.trim();
    const key = normaliseKey(text);
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    const alias: Alias = { text };
    if (row.caseInsensitive) alias.caseInsensitive = true;
    if (row.safe) alias.safe = true;
    if (row.foldDiacritics) alias.foldDiacritics = true;
    aliases.push(alias);
  }
  const tags = [
    ...new Set(
      draft.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    ),
  ];

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
    tags,
  };
  if (existing) input.id = existing.id;
  return { ok: true, input };
}
