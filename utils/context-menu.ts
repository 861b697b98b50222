// The context menu on selected text, as data: its items, the per-page "Add note to …" submenu,
// and what a click asks the background to do. background.ts does the browser part.
import type { EntitySummary, EntityType, Source } from './model';
import type { BackgroundPayload } from './protocol';
import { typeLabel } from './protocol';

export const MENU_ADD_PERSON = 'backstory-add-person';
export const MENU_ADD_ORGANIZATION = 'backstory-add-organization';
export const MENU_ADD_NOTE = 'backstory-add-note';
const NOTE_PREFIX = 'backstory-note:';
export const MENU_NO_ENTITIES = 'backstory-note-none';

/** Most entities listed in the submenu (the most mentioned ones). */
export const MAX_SUBMENU = 25;

export interface MenuItem {
  id: string;
  title: string;
  parentId?: string;
  enabled?: boolean;
}

/** The fixed items, created once when the extension is installed or updated. */
export function fixedMenuItems(): MenuItem[] {
  return [
    { id: MENU_ADD_PERSON, title: 'Add “%s” to Backstory as a person' },
    { id: MENU_ADD_ORGANIZATION, title: 'Add “%s” to Backstory as an organisation' },
    { id: MENU_ADD_NOTE, title: 'Add note to …' },
  ];
}

/** The submenu for a page: one item per entity it mentions, or one disabled line saying none. */
export function noteSubmenu(entities: readonly EntitySummary[]): MenuItem[] {
  if (entities.length === 0) {
    return [
      { id: MENU_NO_ENTITIES, parentId: MENU_ADD_NOTE, title: 'No known names on this page', enabled: false },
    ];
  }
  return entities.slice(0, MAX_SUBMENU).map((entity) => ({
    id: `${NOTE_PREFIX}${entity.id}`,
    parentId: MENU_ADD_NOTE,
    title: `${entity.name} (${typeLabel(entity.type).toLowerCase()})`,
  }));
}

/** What a click on `menuItemId` means, or null for an item that is not ours. */
export function menuAction(
  menuItemId: string | number,
): { action: 'entity'; type: EntityType } | { action: 'note'; entityId: string } | null {
  if (menuItemId === MENU_ADD_PERSON) return { action: 'entity', type: 'person' };
  if (menuItemId === MENU_ADD_ORGANIZATION) return { action: 'entity', type: 'organization' };
  if (typeof menuItemId === 'string' && menuItemId.startsWith(NOTE_PREFIX)) {
    const entityId = menuItemId.slice(NOTE_PREFIX.length);
    return entityId === '' ? null : { action: 'note', entityId };
  }
  return null;
}

/** The `selection.add` request for a click, with the page and the selection as its source. */
export function selectionRequest(
  action: NonNullable<ReturnType<typeof menuAction>>,
  selection: string,
  page: Source,
): BackgroundPayload<'selection.add'> {
  const quote = selection.replace(/\s+/gu, ' ').trim();
  const source: Source = { ...page, ...(quote === '' ? {} : { quote: quote.slice(0, 5000) }) };
  if (action.action === 'note') return { action: 'note', entityId: action.entityId, source };
  return { action: 'entity', type: action.type, name: quote.slice(0, 300).trim(), source };
}
