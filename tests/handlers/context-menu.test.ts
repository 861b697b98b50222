// The context menu as data: the per-page submenu and what a click asks the background.
import { describe, expect, it } from 'vitest';
import {
  MAX_SUBMENU,
  MENU_ADD_NOTE,
  MENU_ADD_ORGANIZATION,
  MENU_ADD_PERSON,
  menuAction,
  noteSubmenu,
  selectionRequest,
} from '../../utils/context-menu';

const page = { url: 'https://news.example/a', title: 'A story' };

describe('context menu', () => {
  it('lists the page’s entities under “Add note to …”, or says there are none', () => {
    expect(noteSubmenu([])).toEqual([
      expect.objectContaining({
        parentId: MENU_ADD_NOTE,
        enabled: false,
        title: 'No known names on this page',
      }),
    ]);
    const items = noteSubmenu([{ id: 'e-1', type: 'organization', name: 'Meduza' }]);
    expect(items).toEqual([
      { id: 'backstory-note:e-1', parentId: MENU_ADD_NOTE, title: 'Meduza (organisation)' },
    ]);
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `e-${i}`,
      type: 'person' as const,
      name: `N ${i}`,
    }));
    expect(noteSubmenu(many)).toHaveLength(MAX_SUBMENU);
  });

  it('turns a click into a selection.add request with the page and the selection as source', () => {
    expect(menuAction('other')).toBeNull();
    const person = menuAction(MENU_ADD_PERSON);
    if (!person) throw new Error('person item');
    expect(selectionRequest(person, '  Masha\n Moskaleva ', page)).toEqual({
      action: 'entity',
      type: 'person',
      name: 'Masha Moskaleva',
      source: { ...page, quote: 'Masha Moskaleva' },
    });
    expect(menuAction(MENU_ADD_ORGANIZATION)).toEqual({ action: 'entity', type: 'organization' });
    const note = menuAction(noteSubmenu([{ id: 'e-9', type: 'person', name: 'X' }])[0]?.id ?? '');
    if (!note) throw new Error('note item');
    expect(selectionRequest(note, 'a passage', page)).toEqual({
      action: 'note',
      entityId: 'e-9',
      source: { ...page, quote: 'a passage' },
    });
  });
});
