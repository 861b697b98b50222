// Turns what the user typed (a hostname or a whole address) into a site key, or explains why not.
import { t } from '../../utils/i18n';
import { siteOf } from '../../utils/settings';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/u;

/**
 * Accepts `Example.com`, `www.example.com`, `https://www.example.com/news/1`, `127.0.0.1`,
 * and `*.example.com` for a site with all its subdomains.
 */
export function parseSiteInput(input: string): { ok: true; site: string } | { ok: false; error: string } {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: t('site_error_empty') };
  if (trimmed.startsWith('*.')) {
    const base = parseSiteInput(trimmed.slice(2));
    return base.ok ? { ok: true, site: `*.${base.site}` } : base;
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//iu.test(trimmed);
  const site = siteOf(hasScheme ? trimmed : `https://${trimmed}`);
  if (site === null) return { ok: false, error: t('site_error_not_address', trimmed) };
  if (!isHostname(site)) return { ok: false, error: t('site_error_not_name', trimmed) };
  return { ok: true, site };
}

export function isHostname(site: string): boolean {
  if (site.length > 253) return false;
  if (/^\[[0-9a-f:.]+\]$/u.test(site)) return true;
  const labels = site.split('.');
  return labels.every((label) => LABEL.test(label));
}
