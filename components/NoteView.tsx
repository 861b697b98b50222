// One note as the popup lists it: text (the same Markdown rendering as the page popover),
// sources, author and dates, with Edit, History (earlier versions, restorable) and Delete.
import { useState } from 'preact/hooks';
import { isSubscribedOrigin, type Note } from '../utils/model';
import { ConfirmButton } from './ConfirmButton';
import { formatDate } from './dates';
import { NoteHistory } from './NoteHistory';
import { NoteText } from './NoteText';
import { SourceList } from './SourceList';

export interface NoteViewProps {
  note: Note;
  onEdit: () => void;
  /** Deletes the note; reports its own errors. */
  onDelete: () => Promise<void>;
  /** Called after an earlier version was restored; without it there is no History button. */
  onRestored?: (note: Note) => void;
}

export function NoteView({ note, onEdit, onDelete, onRestored }: NoteViewProps) {
  const edited = note.modified !== note.created;
  const [history, setHistory] = useState(false);
  return (
    <article class="note" aria-label={`Note: ${excerpt(note.text)}`}>
      <NoteText text={note.text} />
      <SourceList sources={note.sources} />
      <p class="note-meta">
        {note.author !== '' && <span>By {note.author} · </span>}
        <span>Written {formatDate(note.created)}</span>
        {edited && <span> · edited {formatDate(note.modified)}</span>}
        {note.origin.kind === 'pack' && <span> · from {note.origin.packName || 'a pack'}</span>}
      </p>
      {isSubscribedOrigin(note.origin) ? (
        <p class="note-meta">Read-only: it changes with the subscribed pack.</p>
      ) : (
        <div class="actions">
          <button type="button" class="small" onClick={onEdit}>
            Edit
          </button>
          {onRestored && edited && !history && (
            <button type="button" class="small" onClick={() => setHistory(true)}>
              History
            </button>
          )}
          <ConfirmButton
            label="Delete"
            question="Delete this note?"
            confirmLabel="Yes, delete"
            onConfirm={onDelete}
          />
        </div>
      )}
      {history && onRestored && (
        <NoteHistory
          note={note}
          onRestored={(restored) => {
            setHistory(false);
            onRestored(restored);
          }}
          onClose={() => setHistory(false)}
        />
      )}
    </article>
  );
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
