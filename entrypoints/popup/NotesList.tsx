// The selected entity's notes, each editable and deletable, and the form for a new one.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { PageRef } from '../../components/note-draft';
import { NoteForm } from '../../components/NoteForm';
import { NoteView } from '../../components/NoteView';
import type { Note } from '../../utils/model';
import { askBackground } from '../../utils/messaging';

export interface NotesListProps {
  entityId: string;
  notes: Note[];
  page: PageRef | null;
  /** Called after a note was saved, restored or deleted. */
  onChanged: () => void;
  /** Start with a new note whose first source is this (the context menu's "Add note to …"). */
  prefill?: PageRef | null;
}

/** Which note is being edited: none, a new one, or an existing one by id. */
type Editing = null | 'new' | string;

export function NotesList({ entityId, notes, page, onChanged, prefill }: NotesListProps) {
  const [editing, setEditing] = useState<Editing>(prefill ? 'new' : null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (note: Note) => {
    setError(null);
    try {
      await askBackground('note.delete', { id: note.id });
      onChanged();
    } catch (failure) {
      setError(`The note was not deleted: ${errorText(failure)}`);
    }
  };
  const saved = () => {
    setEditing(null);
    onChanged();
  };
  const sorted = [...notes].sort((a, b) => b.modified.localeCompare(a.modified));

  return (
    <section aria-labelledby="notes-heading">
      <div class="section-head">
        <h2 id="notes-heading">Notes</h2>
        {editing !== 'new' && (
          <button type="button" class="small" onClick={() => setEditing('new')}>
            Add note
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
      {editing === 'new' && (
        <NoteForm
          entityId={entityId}
          page={prefill ?? page}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      {sorted.length === 0 && editing !== 'new' && <p class="muted">No notes yet.</p>}
      <ul class="notes">
        {sorted.map((note) => (
          <li key={note.id}>
            {editing === note.id ? (
              <NoteForm entityId={entityId} note={note} onSaved={saved} onCancel={() => setEditing(null)} />
            ) : (
              <NoteView
                note={note}
                onEdit={() => setEditing(note.id)}
                onDelete={() => remove(note)}
                onRestored={onChanged}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
