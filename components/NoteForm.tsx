// Editor for one note: its text, author and sources. A new note's author comes from the
// settings and its first source from the page open in the tab, both changeable. An edit is
// saved only over the state it started from: if the note was changed elsewhere meanwhile, the
// editor says so and lets the user keep their version or take the other one.
import { useEffect, useId, useState } from 'preact/hooks';
import type { Note } from '../utils/model';
import type { NoteInput } from '../utils/schemas';
import { askBackground } from '../utils/messaging';
import { NOTE_CONFLICT_ERROR } from '../utils/protocol';
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
  /** The state the edit started from; after "Keep mine", the other edit's state. */
  const [base, setBase] = useState<Note | null>(note ?? null);
  /** The note as another edit left it, while the user decides. */
  const [conflict, setConflict] = useState<{ current: Note; input: NoteInput } | null>(null);

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
    await send(result.input, base?.modified);
  };

  const send = async (input: NoteInput, expectedModified: string | undefined) => {
    setFailure(null);
    setSaving(true);
    try {
      onSaved(
        await askBackground(
          'note.save',
          expectedModified === undefined ? { note: input } : { note: input, expectedModified },
        ),
      );
    } catch (error) {
      if (base && errorText(error) === NOTE_CONFLICT_ERROR) {
        const current = await askBackground('note.get', { id: base.id }).catch(() => null);
        if (current) setConflict({ current, input });
        else setFailure('This note was deleted elsewhere. Cancel, or copy your text before you do.');
      } else {
        setFailure(`The note was not saved: ${errorText(error)}`);
      }
    } finally {
      setSaving(false);
    }
  };

  /** Saves this edit over the other one (which is kept as an earlier version). */
  const keepMine = () => {
    if (!conflict) return;
    setBase(conflict.current);
    setConflict(null);
    void send(conflict.input, conflict.current.modified);
  };
  /** Drops this edit and shows the note as the other edit left it. */
  const takeTheirs = () => {
    if (!conflict) return;
    setDraft(draftFromNote(conflict.current));
    setBase(conflict.current);
    setConflict(null);
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

      {conflict && (
        <div class="conflict" role="alertdialog" aria-label="This note was changed elsewhere">
          <p>
            <strong>This note was changed elsewhere</strong>
            {conflict.current.author !== '' && ` by ${conflict.current.author}`} while you were editing it.
            Its text is now:
          </p>
          <blockquote class="bs-quote">{conflict.current.text}</blockquote>
          <div class="actions">
            <button type="button" onClick={keepMine}>
              Keep mine
            </button>
            <button type="button" onClick={takeTheirs}>
              Take theirs
            </button>
          </div>
        </div>
      )}

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
