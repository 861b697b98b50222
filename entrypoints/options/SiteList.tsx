// A list of site patterns, each with a button that takes it off the list.
import { t } from '../../utils/i18n';

export interface SiteListProps {
  label: string;
  sites: readonly string[];
  /** Visible text of each row's button; its accessible name adds the site. */
  action: string;
  onRemove: (site: string) => void;
}

export function SiteList({ label, sites, action, onRemove }: SiteListProps) {
  return (
    <ul class="site-list" aria-label={label}>
      {sites.map((site) => (
        <li key={site}>
          <span>{site}</span>
          <button
            type="button"
            class="small"
            aria-label={t('sites_row_action', [action, site])}
            onClick={() => onRemove(site)}
          >
            {action}
          </button>
        </li>
      ))}
    </ul>
  );
}
