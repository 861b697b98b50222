// Checks every stored setting against its schema and resets the ones that are not valid (a
// value written by hand in the storage inspector, or by a version that had a bug), so that no
// page breaks on them; the options page says which were reset.
import * as v from 'valibot';
import { AppearanceSchema, appearance, POPOVER_WIDTH_RANGE, popoverWidth } from './appearance';
import {
  authorName,
  autoArticles,
  disabledSites,
  enabledSites,
  HiddenEntitiesSchema,
  hiddenEntities,
  HostnameListSchema,
  mentionRetentionDays,
  popoverDelay,
  popoverTheme,
  recordMentions,
  showSuggestions,
  ShownTypesSchema,
  shownTypes,
  singleWordNeedsFullName,
} from './settings';

export const POPOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;
export const RETENTION_DAYS_RANGE = { min: 1, max: 3650 } as const;
export const AUTHOR_NAME_MAX = 300;

const whole = (range: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(range.min), v.maxValue(range.max));

/** The part of a WXT storage item that checking needs. */
interface CheckableItem {
  key: string;
  getValue(): Promise<unknown>;
  removeValue(): Promise<void>;
}

interface Check {
  /** The item's name without its storage area, as `settingName_<name>` in the catalogue. */
  name: SettingName;
  item: CheckableItem;
  schema: v.GenericSchema;
}

export type SettingName =
  | 'disabledSites'
  | 'enabledSites'
  | 'autoArticles'
  | 'popoverDelay'
  | 'popoverTheme'
  | 'showSuggestions'
  | 'shownTypes'
  | 'singleWordNeedsFullName'
  | 'hiddenEntities'
  | 'authorName'
  | 'recordMentions'
  | 'mentionRetentionDays'
  | 'appearance'
  | 'popoverWidth';

export const SETTING_CHECKS: readonly Check[] = [
  { name: 'disabledSites', item: disabledSites, schema: HostnameListSchema },
  { name: 'enabledSites', item: enabledSites, schema: HostnameListSchema },
  { name: 'autoArticles', item: autoArticles, schema: v.boolean() },
  { name: 'popoverDelay', item: popoverDelay, schema: whole(POPOVER_DELAY_RANGE) },
  { name: 'popoverTheme', item: popoverTheme, schema: v.picklist(['page', 'light', 'dark']) },
  { name: 'showSuggestions', item: showSuggestions, schema: v.boolean() },
  { name: 'shownTypes', item: shownTypes, schema: ShownTypesSchema },
  { name: 'singleWordNeedsFullName', item: singleWordNeedsFullName, schema: v.boolean() },
  { name: 'hiddenEntities', item: hiddenEntities, schema: HiddenEntitiesSchema },
  { name: 'authorName', item: authorName, schema: v.pipe(v.string(), v.maxLength(AUTHOR_NAME_MAX)) },
  { name: 'recordMentions', item: recordMentions, schema: v.boolean() },
  { name: 'mentionRetentionDays', item: mentionRetentionDays, schema: whole(RETENTION_DAYS_RANGE) },
  { name: 'appearance', item: appearance, schema: AppearanceSchema },
  {
    name: 'popoverWidth',
    item: popoverWidth,
    schema: v.pipe(v.number(), v.minValue(POPOVER_WIDTH_RANGE.min), v.maxValue(POPOVER_WIDTH_RANGE.max)),
  },
];

/**
 * Reads each setting (after its migrations ran), removes the stored value of each that does
 * not fit its schema (so it reads as the default again) and returns the names of those reset.
 */
export async function validateSettings(checks: readonly Check[] = SETTING_CHECKS): Promise<SettingName[]> {
  const reset: SettingName[] = [];
  for (const { name, item, schema } of checks) {
    let valid: boolean;
    try {
      valid = v.is(schema, await item.getValue());
    } catch {
      // A value the storage itself cannot give back whole: reset it all the same.
      valid = false;
    }
    if (valid) continue;
    await item.removeValue();
    reset.push(name);
  }
  return reset;
}
