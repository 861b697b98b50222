import { afterEach, describe, expect, it } from 'vitest';
import { luminance, pageTheme, parseRgb, resolveTheme } from '../../utils/page/theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('parseRgb', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgb(10 20 30 / 50%)', [10, 20, 30, 0.5]],
    ['transparent', null],
  ])('%s', (value, expected) => {
    expect(parseRgb(value)).toEqual(expected);
  });
});

describe('luminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(luminance(0, 0, 0)).toBe(0);
    expect(luminance(255, 255, 255)).toBeCloseTo(1);
  });
});

describe('pageTheme', () => {
  it.each([
    ['a dark body', 'background-color: rgb(18, 18, 18)', '', 'dark'],
    ['a light body', 'background-color: rgb(250, 250, 250)', '', 'light'],
    ['a dark html under a transparent body', '', 'background-color: rgb(0, 0, 30)', 'dark'],
    ['a mostly transparent dark body on a light page', 'background-color: rgba(0, 0, 0, 0.1)', '', 'light'],
    ['no backgrounds at all', '', '', 'light'],
  ])('%s → %s', (_name, bodyStyle, htmlStyle, expected) => {
    document.body.setAttribute('style', bodyStyle);
    document.documentElement.setAttribute('style', htmlStyle);
    expect(pageTheme(document)).toBe(expected);
  });

  it('lets the user’s choice win', () => {
    document.body.setAttribute('style', 'background-color: rgb(250, 250, 250)');
    expect(resolveTheme('dark', document)).toBe('dark');
    expect(resolveTheme('page', document)).toBe('light');
  });
});
