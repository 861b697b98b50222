// The message catalogue: `t` falls back to English where the browser has no answer, resolves
// named placeholders the way browsers do, and every message is well formed for Chrome.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import catalogue from '../../public/_locales/en/messages.json';
import { formatMessage, plural, t } from '../../utils/i18n';

describe('t', () => {
  it('falls back to the English catalogue when the browser API throws or answers nothing', () => {
    expect(t('options_title')).toBe('Backstory options');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('sites_status_off', 'example.com')).toBe('Highlighting is off for example.com.');
  });

  it('uses the browser’s translation when there is one', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) =>
      key === 'options_title' ? `Optionen ${String(subs)}` : '',
    );
    expect(t('options_title')).toBe('Optionen ');
  });

  it('puts substitutions where the placeholders are, in any order', () => {
    const entry = {
      message: '$SITE$ — $ACTION$ ($$5)',
      placeholders: { action: { content: '$1' }, site: { content: '$2' } },
    };
    expect(formatMessage(entry, ['Turn on', 'a.example'])).toBe('a.example — Turn on ($5)');
    expect(t('count_entities_and_notes', ['1 entity', '2 notes'])).toBe('1 entity and 2 notes');
  });

  it('counts in words', () => {
    expect([plural('count_entities', 1), plural('count_entities', 3), plural('count_notes', 0)]).toEqual([
      '1 entity',
      '3 entities',
      '0 notes',
    ]);
  });
});

describe('the catalogue', () => {
  const entries = Object.entries(catalogue as Record<string, { message: string; placeholders?: object }>);

  it('has keys Chrome accepts and a placeholder for every $NAME$', () => {
    for (const [key, entry] of entries) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      const names = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) =>
        match[1]?.toLowerCase(),
      );
      for (const name of names)
        expect(Object.keys(entry.placeholders ?? {}), `${key}: ${name}`).toContain(name);
    }
  });

  it('is used for every string the options page shows', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = 'entrypoints/options';
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.tsx'))) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      // Text between JSX tags that is not an expression: `>Some words<`.
      const literal = [...source.matchAll(/(?<![=-])>\s*([A-Za-z][^<>{}]*?)\s*</g)].map((match) => match[1]);
      expect(literal, file).toEqual([]);
    }
  });
});
