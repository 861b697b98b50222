// "Delete everything": empties the knowledge base (entities, notes, mentions, shared packs and
// the trash) after the user types the confirmation word; settings stay.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { t } from '../../utils/i18n';
import { askBackground } from '../../utils/messaging';

export function DeleteEverything({ onDeleted }: { onDeleted?: () => void }) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const word = t('delete_word');
  const confirmed = typed.trim() === word;

  const remove = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    try {
      await askBackground('data.deleteAll', {});
      setTyped('');
      setResult({ text: t('delete_done'), error: false });
      onDeleted?.();
    } catch (error) {
      setResult({ text: t('delete_failed', errorText(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="danger-zone" aria-labelledby="delete-heading" onSubmit={(event) => void remove(event)}>
      <h2 id="delete-heading">{t('delete_heading')}</h2>
      <p id="delete-help">{t('delete_help')}</p>
      <label for="delete-confirm">{t('delete_confirm_label', word)}</label>
      <div class="inline">
        <input
          id="delete-confirm"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={typed}
          aria-describedby="delete-help"
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <button type="submit" class="danger" disabled={!confirmed || busy}>
          {t('delete_button')}
        </button>
      </div>
      <p role="status" class="status">
        {result && !result.error ? result.text : ''}
      </p>
      {result?.error && (
        <p role="alert" class="status status-error">
          {result.text}
        </p>
      )}
    </form>
  );
}
