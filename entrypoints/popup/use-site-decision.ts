// Whether Backstory runs on the popup's page, from the site settings as they are now (they
// can change while the popup is open, from its own switch or the options page).
import { useStorageItem } from '../../components/use-storage-item';
import type { RunDecision } from '../../utils/settings';
import { autoArticles, decideRun, disabledSites, enabledSites, siteList } from '../../utils/settings';

/** Undefined until the settings have been read. */
export function useSiteDecision(site: string | null, isArticle: boolean): RunDecision | undefined {
  const disabled = useStorageItem(disabledSites);
  const enabled = useStorageItem(enabledSites);
  const auto = useStorageItem(autoArticles);
  if (disabled === undefined || enabled === undefined || auto === undefined) return undefined;
  return decideRun({
    site,
    isArticle,
    disabled: siteList(disabled),
    enabled: siteList(enabled),
    autoArticles: auto,
  });
}
