// "Notes": the author name given to new notes.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { authorName } from '../../utils/settings';
import { AUTHOR_NAME_MAX } from '../../utils/settings-validate';
import { useSave } from './use-save';

export function NotesSettings() {
  const [author, setAuthor] = useState('');
  const { status, save } = useSave();

  useEffect(() => {
    void authorName.getValue().then(setAuthor);
  }, []);

  const saveAuthor = () => {
    const name = author.trim();
    void save(
      () => authorName.setValue(name),
      name === '' ? t('notes_status_no_author') : t('notes_status_author', name),
    );
  };

  return (
    <fieldset>
      <legend>{t('notes_legend')}</legend>
      <div class="field">
        <label for="author-name">{t('notes_author_label')}</label>
        <input
          id="author-name"
          type="text"
          autoComplete="name"
          maxLength={AUTHOR_NAME_MAX}
          value={author}
          onInput={(event) => setAuthor(event.currentTarget.value)}
          onChange={saveAuthor}
        />
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
