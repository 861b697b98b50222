import { describe, expect, it } from 'vitest';
import {
  decideRun,
  disabledSites,
  enabledSites,
  matchesSitePattern,
  setSiteEnabled,
  siteList,
  siteOf,
} from '../utils/settings';

describe('siteOf', () => {
  it.each([
    ['https://www.newsweek.com/a/b?c', 'newsweek.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['https://News.Example.co.uk/', 'news.example.co.uk'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('matchesSitePattern', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['example.com', 'www.example.com', true],
    ['news.example.com', 'example.com', false],
    ['news.example.com', '*.example.com', true],
    ['example.com', '*.example.com', true],
    ['badexample.com', '*.example.com', false],
    ['example.com.evil.org', '*.example.com', false],
  ])('%s against %s → %s', (site, pattern, expected) => {
    expect(matchesSitePattern(site, pattern)).toBe(expected);
  });
});

describe('decideRun', () => {
  const base = { site: 'news.example.com', isArticle: true, disabled: [], enabled: [], autoArticles: true };
  it.each([
    ['an article page', base, 'run'],
    ['a page that is not an article', { ...base, isArticle: false }, 'off'],
    ['a site switched on, not an article', { ...base, isArticle: false, enabled: ['*.example.com'] }, 'run'],
    ['a site switched off', { ...base, disabled: ['news.example.com'] }, 'site-off'],
    ['off beats on', { ...base, disabled: ['*.example.com'], enabled: ['news.example.com'] }, 'site-off'],
    ['automatic article pages turned off', { ...base, autoArticles: false }, 'off'],
    ['a page without a site', { ...base, site: null }, 'off'],
  ] as const)('%s', (_name, options, expected) => {
    expect(decideRun(options)).toBe(expected);
  });
});

describe('setSiteEnabled', () => {
  it('moves a site between the on and off lists', async () => {
    await setSiteEnabled('example.com', false);
    expect(await disabledSites.getValue()).toEqual(['example.com']);
    expect(await enabledSites.getValue()).toEqual([]);
    await setSiteEnabled('example.com', true);
    expect(await disabledSites.getValue()).toEqual([]);
    expect(await enabledSites.getValue()).toEqual(['example.com']);
  });

  it('switching a subdomain off keeps the wider pattern for the others', async () => {
    await enabledSites.setValue(['*.example.com', 'other.org']);
    await setSiteEnabled('news.example.com', false);
    expect(await enabledSites.getValue()).toEqual(['*.example.com', 'other.org']);
    expect(await disabledSites.getValue()).toEqual(['news.example.com']);
  });

  it('switching a subdomain on lifts an off pattern that covered it', async () => {
    await disabledSites.setValue(['*.example.com', 'other.org']);
    await setSiteEnabled('news.example.com', true);
    expect(await disabledSites.getValue()).toEqual(['other.org']);
    expect(await enabledSites.getValue()).toEqual(['news.example.com']);
  });
});

describe('siteList', () => {
  it('ignores stored values that are not lists of names', () => {
    expect(siteList('example.com')).toEqual([]);
    expect(siteList([1, 2])).toEqual([]);
    expect(siteList(['a.org'])).toEqual(['a.org']);
  });
});
