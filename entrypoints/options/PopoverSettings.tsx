// "Popover": its colour scheme (the page's, light or dark), how long the pointer rests on a name
// before it opens, and its width.
import { useEffect, useState } from 'preact/hooks';
import { useStorageItem } from '../../components/use-storage-item';
import { POPOVER_WIDTH_RANGE, popoverWidth, readPopoverWidth } from '../../utils/appearance';
import { t, type MessageKey } from '../../utils/i18n';
import { popoverDelay, popoverTheme } from '../../utils/settings';
import { POPOVER_DELAY_RANGE } from '../../utils/settings-validate';
import { useSave } from './use-save';

const THEMES: { value: 'page' | 'light' | 'dark'; label: MessageKey }[] = [
  { value: 'page', label: 'popover_theme_page' },
  { value: 'light', label: 'popover_theme_light' },
  { value: 'dark', label: 'popover_theme_dark' },
];

export function PopoverSettings() {
  const theme = useStorageItem(popoverTheme);
  const storedDelay = useStorageItem(popoverDelay);
  const storedWidth = useStorageItem(popoverWidth);
  const [delay, setDelay] = useState('');
  const [delayError, setDelayError] = useState<string | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const { status, save } = useSave();

  // Follow the stored values, also when another page changes them.
  useEffect(() => {
    if (storedDelay !== undefined) setDelay(String(storedDelay));
  }, [storedDelay]);
  useEffect(() => {
    if (storedWidth !== undefined) setWidth(readPopoverWidth(storedWidth));
  }, [storedWidth]);

  const saveDelay = () => {
    const ms = Number(delay);
    const { min, max } = POPOVER_DELAY_RANGE;
    if (delay.trim() === '' || !Number.isInteger(ms) || ms < min || ms > max) {
      setDelayError(t('popover_delay_error', [min, max]));
      return;
    }
    setDelayError(null);
    void save(() => popoverDelay.setValue(ms), t('popover_delay_status', ms));
  };

  return (
    <fieldset>
      <legend>{t('popover_legend')}</legend>
      <fieldset class="choice plain">
        <legend>{t('popover_theme_legend')}</legend>
        {THEMES.map(({ value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name="popover-theme"
              value={value}
              checked={theme === value}
              disabled={theme === undefined}
              onChange={() =>
                void save(() => popoverTheme.setValue(value), t('popover_theme_status', t(label)))
              }
            />
            {t(label)}
          </label>
        ))}
      </fieldset>

      <div class="field">
        <label for="popover-delay">{t('popover_delay_label')}</label>
        <input
          id="popover-delay"
          type="number"
          min={POPOVER_DELAY_RANGE.min}
          max={POPOVER_DELAY_RANGE.max}
          step={50}
          inputMode="numeric"
          value={delay}
          aria-invalid={delayError !== null}
          aria-describedby={delayError !== null ? 'popover-delay-error' : 'popover-delay-help'}
          onInput={(event) => setDelay(event.currentTarget.value)}
          onChange={saveDelay}
        />
        <p id="popover-delay-help" class="muted">
          {t('popover_delay_help')}
        </p>
        {delayError !== null && (
          <p id="popover-delay-error" class="field-error">
            {delayError}
          </p>
        )}
      </div>

      {width !== null && (
        <div class="field">
          <label for="popover-width">{t('popover_width_label')}</label>
          <div class="inline range">
            <input
              id="popover-width"
              type="range"
              min={POPOVER_WIDTH_RANGE.min}
              max={POPOVER_WIDTH_RANGE.max}
              step={1}
              value={width}
              aria-valuetext={t('popover_width_value', width)}
              onInput={(event) => setWidth(Number(event.currentTarget.value))}
              onChange={(event) => {
                const next = readPopoverWidth(Number(event.currentTarget.value));
                void save(() => popoverWidth.setValue(next), t('popover_width_status', next));
              }}
            />
            <output for="popover-width">{t('popover_width_value', width)}</output>
          </div>
        </div>
      )}

      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
