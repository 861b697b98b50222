// A page's site: its hostname in lower case without a leading `www.`, for the site lists and
// filters. Only http(s) pages have one.

export function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return null;
  }
}
