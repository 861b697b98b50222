// URLs from pages, notes and packs are data: only http(s) ones are ever turned into links.

export function safeHttpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A short label for a URL: its host without `www.`. */
export function hostLabel(value: string): string {
  try {
    return new URL(value).hostname.replace(/^www\./u, '');
  } catch {
    return value;
  }
}

/** `2023-05-22` style date of an ISO time, or the text unchanged if it is not one. */
export function shortDate(value: string | undefined): string {
  if (!value) return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Date(time).toISOString().slice(0, 10);
}
