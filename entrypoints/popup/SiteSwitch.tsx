// "Highlight on this site": turns Backstory's highlighting on or off for the page's site.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { setSiteEnabled } from '../../utils/settings';

export interface SiteSwitchProps {
  site: string;
  enabled: boolean;
  /** Called after the setting was written. */
  onChanged?: () => void;
}

export function SiteSwitch({ site, enabled, onChanged }: SiteSwitchProps) {
  const [error, setError] = useState<string | null>(null);
  const toggle = async (checked: boolean) => {
    try {
      await setSiteEnabled(site, checked);
      setError(null);
      onChanged?.();
    } catch (failure) {
      setError(`The setting was not saved: ${errorText(failure)}`);
    }
  };
  return (
    <div class="site-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        Highlight on this site
      </label>
      <span class="muted site-name">{site}</span>
      <ErrorMessage error={error} />
    </div>
  );
}
