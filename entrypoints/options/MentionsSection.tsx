// "Mentions log": whether Backstory remembers the pages where known names appear, and how many
// days it keeps them (the background forgets older ones once a day).
import { useEffect, useState } from 'preact/hooks';
import { useStorageItem } from '../../components/use-storage-item';
import { t } from '../../utils/i18n';
import { mentionRetentionDays, recordMentions, retentionDays } from '../../utils/settings';
import { RETENTION_DAYS_RANGE } from '../../utils/settings-validate';
import { useSave } from './use-save';

export function MentionsSection() {
  const record = useStorageItem(recordMentions);
  const storedDays = useStorageItem(mentionRetentionDays);
  const [days, setDays] = useState('');
  const [daysError, setDaysError] = useState<string | null>(null);
  const { status, save } = useSave();

  useEffect(() => {
    if (storedDays !== undefined) setDays(String(retentionDays(storedDays)));
  }, [storedDays]);

  const saveDays = () => {
    const value = Number(days);
    const { min, max } = RETENTION_DAYS_RANGE;
    if (days.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      setDaysError(t('mentions_days_error', [min, max]));
      return;
    }
    setDaysError(null);
    void save(() => mentionRetentionDays.setValue(value), t('mentions_days_status', value));
  };

  return (
    <fieldset>
      <legend>{t('mentions_legend')}</legend>
      {record !== undefined && (
        <label class="checkbox">
          <input
            type="checkbox"
            checked={record}
            aria-describedby="mentions-record-help"
            onChange={(event) => {
              const on = event.currentTarget.checked;
              void save(
                () => recordMentions.setValue(on),
                t(on ? 'mentions_status_on' : 'mentions_status_off'),
              );
            }}
          />
          {t('mentions_record')}
        </label>
      )}
      <p id="mentions-record-help" class="muted">
        {t('mentions_record_help')}
      </p>
      <div class="field">
        <label for="mention-days">{t('mentions_days_label')}</label>
        <input
          id="mention-days"
          type="number"
          min={RETENTION_DAYS_RANGE.min}
          max={RETENTION_DAYS_RANGE.max}
          step={1}
          inputMode="numeric"
          value={days}
          disabled={record === false}
          aria-invalid={daysError !== null}
          aria-describedby={daysError !== null ? 'mention-days-error' : undefined}
          onInput={(event) => setDays(event.currentTarget.value)}
          onChange={saveDays}
        />
        {daysError !== null && (
          <p id="mention-days-error" class="field-error">
            {daysError}
          </p>
        )}
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
