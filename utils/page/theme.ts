// Which colour scheme the page shows, so the popover matches it: the first opaque background
// of body or html decides; a page without one shows its canvas, light unless it asks for dark.

export type Theme = 'light' | 'dark';
export type ThemeChoice = 'page' | Theme;

/** [r, g, b, alpha] of a computed CSS colour (`rgb()`/`rgba()`, as getComputedStyle gives). */
export function parseRgb(value: string): [number, number, number, number] | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/u.exec(
    value.trim(),
  );
  if (!match) return null;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? parseFloat(alphaText) / 100
        : parseFloat(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance(r: number, g: number, b: number): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function pageTheme(document: Document): Theme {
  const view = document.defaultView;
  if (!view) return 'light';
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const rgb = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb[0], rgb[1], rgb[2]) < 0.2 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(document.documentElement).colorScheme;
  if (/\bdark\b/u.test(scheme) && !/\blight\b/u.test(scheme)) return 'dark';
  if (/\blight\b/u.test(scheme) && /\bdark\b/u.test(scheme)) {
    return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  return 'light';
}

export function resolveTheme(choice: ThemeChoice, document: Document): Theme {
  return choice === 'page' ? pageTheme(document) : choice;
}
