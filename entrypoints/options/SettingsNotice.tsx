// Says which settings were reset to their defaults because their stored values were not valid
// (hand-edited, or left by a faulty version), until the user dismisses it.
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { validateSettings, type SettingName } from '../../utils/settings-validate';

const NAMES: Record<SettingName, MessageKey> = {
  disabledSites: 'setting_disabledSites',
  enabledSites: 'setting_enabledSites',
  autoArticles: 'setting_autoArticles',
  popoverDelay: 'setting_popoverDelay',
  popoverTheme: 'setting_popoverTheme',
  showSuggestions: 'setting_showSuggestions',
  shownTypes: 'setting_shownTypes',
  singleWordNeedsFullName: 'setting_singleWordNeedsFullName',
  hiddenEntities: 'setting_hiddenEntities',
  authorName: 'setting_authorName',
  recordMentions: 'setting_recordMentions',
  mentionRetentionDays: 'setting_mentionRetentionDays',
  appearance: 'setting_appearance',
  popoverWidth: 'setting_popoverWidth',
};

export interface SettingsNoticeProps {
  /** Checks and resets the settings (tests pass their own). */
  validate?: () => Promise<SettingName[]>;
}

export function SettingsNotice({ validate = validateSettings }: SettingsNoticeProps) {
  const [reset, setReset] = useState<SettingName[]>([]);
  useEffect(() => {
    validate()
      .then(setReset)
      .catch((error: unknown) => console.warn('Backstory could not check the settings:', error));
  }, [validate]);

  // The live region stays in the page, so that what appears in it is read out.
  return (
    <div role="status" aria-labelledby={reset.length > 0 ? 'settings-notice-heading' : undefined}>
      {reset.length > 0 && (
        <div class="notice">
          <p id="settings-notice-heading">
            <strong>{t('notice_heading')}</strong>
          </p>
          <ul>
            {reset.map((name) => (
              <li key={name}>{t(NAMES[name])}</li>
            ))}
          </ul>
          <p>{t('notice_body')}</p>
          <button type="button" onClick={() => setReset([])}>
            {t('notice_dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
