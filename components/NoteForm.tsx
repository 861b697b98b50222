// Editor for one note: its text, author and sources. A new note's author comes from the
// settings and its first source from the page open in the tab, both changeable.
import { useEffect, useId, useState } from 'preact/hooks';
import type { Note } from '../utils/model';
import { askBackground } from '../utils/messaging';
import { authorName } from '../utils/settings';
import { errorText } from './error-text';
import { ErrorMessage } from './ErrorMessage';
import type { NoteDraft, NoteDraftErrors, PageRef, SourceDraft } from './note-draft';
import { draftFromNote, emptySource, noteInputFromDraft } from './note-draft';
import { SourceFields } from './SourceFields';

export interface NoteFormProps {
  entityId: string;
  /** The note to change; absent for a new one. */
  note?: Note | null;
  /** The page open while writing, offered as a new note's first source. */
  page?: PageRef | null;
  onSaved: (note: Note) => void;
  onCancel: () => void;
}

export function NoteForm({ entityId, note, page, onSaved, onCancel }: NoteFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<NoteDraft>(() => draftFromNote(note, page));
  const [errors, setErrors] = useState<NoteDraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (note) return;
    let active = true;
    void authorName.getValue().then((name) => {
      // Only fill the field if the user has not started typing in it.
      if (active && name)
        setDraft((current) => (current.author === '' ? { ...current, author: name } : current));
    });
    return () => {
      active = false;
    };
  }, [note]);

  const setSources = (sources: SourceDraft[]) => setDraft((current) => ({ ...current, sources }));

  const save = async (event: Event) => {
    event.preventDefault();
    const result = noteInputFromDraft(draft, entityId, note);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    try {
      onSaved(await askBackground('note.save', { note: result.input }));
    } catch (error) {
      setFailure(`The note was not saved: ${errorText(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="editor" aria-label={note ? 'Edit note' : 'New note'} noValidate onSubmit={save}>
      <div class="field">
        <label for={`${id}-text`}>Note</label>
        <textarea
          id={`${id}-text`}
          rows={4}
          value={draft.text}
          aria-invalid={errors.text !== undefined}
          aria-describedby={errors.text !== undefined ? `${id}-text-error` : undefined}
          onInput={(event) => {
            const text = event.currentTarget.value;
            setDraft((current) => ({ ...current, text }));
          }}
        />
        {errors.text !== undefined && (
          <p id={`${id}-text-error`} class="field-error">
            {errors.text}
          </p>
        )}
      </div>
      <div class="field">
        <label for={`${id}-author`}>Author</label>
        <input
          id={`${id}-author`}
          type="text"
          value={draft.author}
          onInput={(event) => {
            const author = event.currentTarget.value;
            setDraft((current) => ({ ...current, author }));
          }}
        />
      </div>

      {draft.sources.map((source, index) => (
        <SourceFields
          key={index}
          index={index}
          source={source}
          error={errors.sources?.[index]}
          onChange={(next) => setSources(draft.sources.map((item, at) => (at === index ? next : item)))}
          onRemove={
            draft.sources.length > 1
              ? () => setSources(draft.sources.filter((_, at) => at !== index))
              : undefined
          }
        />
      ))}
      <button type="button" class="small" onClick={() => setSources([...draft.sources, emptySource()])}>
        Add source
      </button>

      <ErrorMessage error={failure} />

      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save note'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
