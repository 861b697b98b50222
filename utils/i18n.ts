// The extension's message catalogue: `t(key, substitutions)` reads a string through
// `browser.i18n.getMessage`, so that pages can be translated in `public/_locales/<lang>/`.
// Where the browser has no answer (unit tests, where fakeBrowser throws, or a key the browser
// does not know yet) it falls back to the English catalogue, resolving placeholders itself.
import { browser } from 'wxt/browser';
import catalogue from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Substitutions = string | number | readonly (string | number)[];

const entries: Record<string, CatalogueEntry | undefined> = catalogue;

function asList(substitutions: Substitutions | undefined): string[] {
  if (substitutions === undefined) return [];
  if (typeof substitutions === 'string' || typeof substitutions === 'number') return [String(substitutions)];
  return substitutions.map(String);
}

/** What the browser does with a message: `$NAME$` → its placeholder's `$n` → substitution n. */
export function formatMessage(entry: CatalogueEntry, substitutions: readonly string[]): string {
  const fill = (text: string) =>
    text.replace(/\$(\d)/gu, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/gu, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

function fromBrowser(key: MessageKey, substitutions: string[]): string {
  try {
    // Optional chaining: Node (the scanner, tests) has no i18n API at all.
    return browser.i18n?.getMessage(key, substitutions) ?? '';
  } catch {
    return '';
  }
}

/** The message for `key` in the browser's language, with `$1`… replaced by `substitutions`. */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const list = asList(substitutions);
  const translated = fromBrowser(key, list);
  if (translated !== '') return translated;
  const entry = entries[key];
  return entry ? formatMessage(entry, list) : key;
}

/** A count in words ("1 entity", "3 entities"): `<base>_one` or `<base>_other` by the plural rule. */
export function plural(base: 'count_entities' | 'count_notes', n: number): string {
  let rule = n === 1 ? 'one' : 'other';
  try {
    rule = new Intl.PluralRules(browserLanguage()).select(n) === 'one' ? 'one' : 'other';
  } catch {
    // An unknown language tag: keep the English rule.
  }
  return t(`${base}_${rule === 'one' ? 'one' : 'other'}` as const, n);
}

function browserLanguage(): string {
  try {
    return browser.i18n?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
