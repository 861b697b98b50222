// validateSettings: each stored setting checked against its schema; invalid ones (hand-edited
// storage, a faulty version) are reset to the default and named, valid ones are kept.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { appearance, DEFAULT_APPEARANCE, popoverWidth } from '../utils/appearance';
import {
  authorName,
  disabledSites,
  hiddenEntities,
  mentionRetentionDays,
  popoverDelay,
  shownTypes,
  singleWordNeedsFullName,
} from '../utils/settings';
import { validateSettings } from '../utils/settings-validate';

describe('validateSettings', () => {
  it('resets nothing when nothing is stored or everything is valid', async () => {
    expect(await validateSettings()).toEqual([]);
    await disabledSites.setValue(['a.example']);
    await popoverDelay.setValue(0);
    await appearance.setValue(DEFAULT_APPEARANCE);
    await authorName.setValue('Sam');
    expect(await validateSettings()).toEqual([]);
    expect(await disabledSites.getValue()).toEqual(['a.example']);
  });

  it('resets each invalid value to its default and says which', async () => {
    await fakeBrowser.storage.sync.set({
      disabledSites: [1, 2],
      autoArticles: 'yes',
      popoverDelay: -5,
      popoverTheme: 'purple',
      showSuggestions: null,
      shownTypes: { person: 'yes' },
      singleWordNeedsFullName: 0,
      hiddenEntities: ['x'],
      authorName: 'x'.repeat(301),
      recordMentions: 'on',
      mentionRetentionDays: 1.5,
      appearance: { person: { style: 'wavy', color: 'red' } },
      popoverWidth: 400,
    });
    expect(await validateSettings()).toEqual([
      'disabledSites',
      'autoArticles',
      'popoverDelay',
      'popoverTheme',
      'shownTypes',
      'singleWordNeedsFullName',
      'hiddenEntities',
      'authorName',
      'recordMentions',
      'mentionRetentionDays',
      'appearance',
      'popoverWidth',
    ]);
    expect(await disabledSites.getValue()).toEqual([]);
    expect(await popoverDelay.getValue()).toBe(300);
    expect(await shownTypes.getValue()).toEqual({ person: true, organization: true });
    expect(await singleWordNeedsFullName.getValue()).toBe(true);
    expect(await hiddenEntities.getValue()).toEqual({});
    expect(await mentionRetentionDays.getValue()).toBe(mentionRetentionDays.fallback);
    expect(await appearance.getValue()).toEqual(DEFAULT_APPEARANCE);
    expect(await popoverWidth.getValue()).toBe(26);
    // A second check finds nothing more to do.
    expect(await validateSettings()).toEqual([]);
  });
});
