// Settings from every earlier version: what version 1 could hold (written by an older build or
// by hand) is migrated to version 2 on the item's definition; a value already in today's shape
// passes unchanged, and one that cannot be read is left for validateSettings to reset.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  disabledSites,
  enabledSites,
  numberFromText,
  popoverDelay,
  shownTypes,
  shownTypesFromList,
  sitesFromText,
} from '../utils/settings';

describe('migration steps', () => {
  it.each([
    ['a.com, *.B.org', ['a.com', '*.b.org']],
    ['a.com\nb.com;  a.com ', ['a.com', 'b.com']],
    ['', []],
    [['already.example'], ['already.example']],
    [42, 42],
  ] as const)('sitesFromText(%j) → %j', (input, output) => {
    expect(sitesFromText(input)).toEqual(output);
  });

  it.each([
    ['300', 300],
    [' 50 ', 50],
    ['soon', 'soon'],
    ['', ''],
    [450, 450],
  ] as const)('numberFromText(%j) → %j', (input, output) => {
    expect(numberFromText(input)).toEqual(output);
  });

  it.each([
    [['person'], { person: true, organization: false }],
    [['organization', 'person'], { person: true, organization: true }],
    [[], { person: false, organization: false }],
    [
      { person: false, organization: true },
      { person: false, organization: true },
    ],
  ] as const)('shownTypesFromList(%j) → %j', (input, output) => {
    expect(shownTypesFromList(input)).toEqual(output);
  });
});

describe('stored version 1 → version 2', () => {
  it.each([
    ['disabledSites', disabledSites, 'Example.com, *.tabloid.example', ['example.com', '*.tabloid.example']],
    ['enabledSites', enabledSites, 'blog.example', ['blog.example']],
    ['popoverDelay', popoverDelay, '600', 600],
    ['shownTypes', shownTypes, ['organization'], { person: false, organization: true }],
  ] as const)('%s', async (key, item, old, migrated) => {
    // With and without the version 1 marker: a value may have been written without one.
    for (const meta of [{ [`${key}$`]: { v: 1 } }, {}]) {
      await fakeBrowser.storage.sync.clear();
      await fakeBrowser.storage.sync.set({ [key]: old, ...meta });
      await item.migrate();
      expect(await item.getValue()).toEqual(migrated);
      expect(await item.getMeta()).toEqual({ v: 2 });
    }
  });

  it('leaves a version 2 value alone', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['x.example'], disabledSites$: { v: 2 } });
    await disabledSites.migrate();
    expect(await disabledSites.getValue()).toEqual(['x.example']);
  });

  it('marks a new value with version 2', async () => {
    await disabledSites.migrate();
    await disabledSites.setValue(['new.example']);
    expect(await fakeBrowser.storage.sync.get('disabledSites$')).toEqual({ disabledSites$: { v: 2 } });
  });
});
