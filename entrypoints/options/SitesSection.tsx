// "Where Backstory runs": by itself on news articles, sites where it never runs and sites where
// it reads every page, each list editable here (the popup switches the current site).
import { useState } from 'preact/hooks';
import { useStorageItem } from '../../components/use-storage-item';
import { t } from '../../utils/i18n';
import {
  autoArticles,
  disabledSites,
  enabledSites,
  matchesSitePattern,
  setSiteEnabled,
  siteList,
} from '../../utils/settings';
import { parseSiteInput } from './site-input';
import { SiteList } from './SiteList';
import { useSave } from './use-save';

export function SitesSection() {
  const disabledValue = useStorageItem(disabledSites);
  const enabledValue = useStorageItem(enabledSites);
  const auto = useStorageItem(autoArticles);
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const { status, save } = useSave();

  const disabled = siteList(disabledValue);
  const enabled = siteList(enabledValue);

  // Taking a pattern off a list returns its sites to the default: articles only, if that is on.
  const turnBackOn = (site: string) =>
    void save(
      () => disabledSites.setValue(disabled.filter((pattern) => pattern !== site)),
      t('sites_status_back_on', site),
    );
  const stopAlwaysOn = (site: string) =>
    void save(
      () => enabledSites.setValue(enabled.filter((pattern) => pattern !== site)),
      t('sites_status_default', site),
    );

  const add = async (on: boolean) => {
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setInputError(parsed.error);
      return;
    }
    const list = on ? enabled : disabled;
    if (list.some((pattern) => pattern === parsed.site || matchesSitePattern(parsed.site, pattern))) {
      setInputError(t(on ? 'sites_error_already_on' : 'sites_error_already_off', parsed.site));
      return;
    }
    setInputError(null);
    const done = t(on ? 'sites_status_always_on' : 'sites_status_off', parsed.site);
    if (await save(() => setSiteEnabled(parsed.site, on), done)) setInput('');
  };

  return (
    <fieldset>
      <legend>{t('sites_legend')}</legend>
      {auto !== undefined && (
        <label class="checkbox">
          <input
            type="checkbox"
            checked={auto}
            aria-describedby="sites-auto-help"
            onChange={(event) => {
              const on = event.currentTarget.checked;
              void save(
                () => autoArticles.setValue(on),
                t(on ? 'sites_status_auto_on' : 'sites_status_auto_off'),
              );
            }}
          />
          {t('sites_auto')}
        </label>
      )}
      <p id="sites-auto-help" class="muted">
        {t('sites_auto_help')}
      </p>

      <h2>{t('sites_off_heading')}</h2>
      {disabledValue !== undefined &&
        (disabled.length === 0 ? (
          <p class="muted">{t('sites_off_empty')}</p>
        ) : (
          <SiteList
            label={t('sites_off_list')}
            sites={disabled}
            action={t('sites_off_remove')}
            onRemove={turnBackOn}
          />
        ))}

      <h2>{t('sites_on_heading')}</h2>
      {enabledValue !== undefined &&
        (enabled.length === 0 ? (
          <p class="muted">{t('sites_on_empty')}</p>
        ) : (
          <SiteList
            label={t('sites_on_list')}
            sites={enabled}
            action={t('sites_on_remove')}
            onRemove={stopAlwaysOn}
          />
        ))}

      <form
        class="site-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add(false);
        }}
      >
        <label for="site-input">{t('sites_input_label')}</label>
        <div class="inline">
          <input
            id="site-input"
            type="text"
            placeholder="example.com"
            autoComplete="off"
            spellcheck={false}
            value={input}
            aria-invalid={inputError !== null}
            aria-describedby={inputError !== null ? 'site-input-error site-input-help' : 'site-input-help'}
            onInput={(event) => {
              setInput(event.currentTarget.value);
              setInputError(null);
            }}
          />
          <button type="submit">{t('sites_add_off')}</button>
          <button type="button" onClick={() => void add(true)}>
            {t('sites_add_on')}
          </button>
        </div>
        <p id="site-input-help" class="muted">
          {t('sites_input_help')}
        </p>
        {inputError !== null && (
          <p id="site-input-error" class="field-error">
            {inputError}
          </p>
        )}
      </form>

      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
