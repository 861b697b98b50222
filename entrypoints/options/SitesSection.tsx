// "Sites": where highlighting is off, where it always runs, whether it runs by itself on news
// articles, and a way to turn it off for another site.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { useStorageItem } from '../../components/use-storage-item';
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

export function SitesSection() {
  const disabledValue = useStorageItem(disabledSites);
  const enabledValue = useStorageItem(enabledSites);
  const auto = useStorageItem(autoArticles);
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const disabled = siteList(disabledValue);
  const enabled = siteList(enabledValue);

  const write = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setStatus(done);
      return true;
    } catch (error) {
      setStatus(`The change was not saved: ${errorText(error)}`);
      return false;
    }
  };

  // Taking a pattern off a list returns its sites to the default: articles only, if that is on.
  const turnBackOn = (site: string) =>
    void write(
      () => disabledSites.setValue(disabled.filter((pattern) => pattern !== site)),
      `Highlighting is back on for ${site}.`,
    );
  const stopAlwaysOn = (site: string) =>
    void write(
      () => enabledSites.setValue(enabled.filter((pattern) => pattern !== site)),
      `${site} is back to the default.`,
    );

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setInputError(parsed.error);
      return;
    }
    const covering = disabled.find(
      (pattern) => pattern === parsed.site || matchesSitePattern(parsed.site, pattern),
    );
    if (covering !== undefined) {
      setInputError(`Highlighting is already off for ${parsed.site}.`);
      return;
    }
    setInputError(null);
    if (await write(() => setSiteEnabled(parsed.site, false), `Highlighting is off for ${parsed.site}.`)) {
      setInput('');
    }
  };

  return (
    <fieldset>
      <legend>Sites</legend>
      {auto !== undefined && (
        <label class="checkbox">
          <input
            type="checkbox"
            checked={auto}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              void write(
                () => autoArticles.setValue(on),
                on
                  ? 'Backstory will read pages that look like news articles by itself.'
                  : 'Backstory will read only the sites you switch on.',
              );
            }}
          />
          Highlight names on news articles by itself
        </label>
      )}

      {disabledValue !== undefined &&
        (disabled.length === 0 ? (
          <p class="muted">Highlighting is not turned off on any site.</p>
        ) : (
          <>
            <h2>Highlighting is off on these sites</h2>
            <SiteList
              label="Sites where highlighting is off"
              sites={disabled}
              action="Turn back on"
              onRemove={turnBackOn}
            />
          </>
        ))}

      <form class="site-form" noValidate onSubmit={add}>
        <label for="site-input">Site</label>
        <div class="inline">
          <input
            id="site-input"
            type="text"
            placeholder="example.com"
            autoComplete="off"
            spellcheck={false}
            value={input}
            aria-invalid={inputError !== null}
            aria-describedby={inputError !== null ? 'site-input-error' : 'site-input-help'}
            onInput={(event) => {
              setInput(event.currentTarget.value);
              setInputError(null);
            }}
          />
          <button type="submit">Turn off on this site</button>
        </div>
        <p id="site-input-help" class="muted">
          A site name or address; *.example.com covers all of example.com’s subdomains.
        </p>
        {inputError !== null && (
          <p id="site-input-error" class="field-error">
            {inputError}
          </p>
        )}
      </form>

      {enabled.length > 0 && (
        <>
          <h2>Backstory reads every page of these sites</h2>
          <SiteList
            label="Sites where highlighting is always on"
            sites={enabled}
            action="Back to default"
            onRemove={stopAlwaysOn}
          />
        </>
      )}

      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
