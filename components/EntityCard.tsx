// What a popover shows about one entity: who or what it is, then each note with its sources
// and who wrote it, then where it came from and how often the page mentions it.
import { isSubscribedOrigin, type Note } from '../utils/model';
import type { EntityCard as EntityCardData } from '../utils/protocol';
import { typeLabel } from '../utils/protocol';
import { shortDate } from '../utils/safe-url';
import { NoteText } from './NoteText';
import { SourceList } from './SourceList';

export interface EntityCardProps {
  card: EntityCardData;
  /** How many times the current page mentions the entity. */
  pageCount?: number;
  headingId?: string;
  /** Offers an Edit button on each note. */
  onEditNote?: (note: Note) => void;
  /** Shows the entity in Backstory (where its other pages are listed). */
  onShowPages?: () => void;
}

export function EntityCard({ card, pageCount, headingId, onEditNote, onShowPages }: EntityCardProps) {
  const { entity, notes } = card;
  return (
    <article class="bs-card">
      <header class="bs-card-header">
        <h2 id={headingId} class="bs-name">
          {entity.name}
        </h2>
        <span class={`bs-type bs-type-${entity.type}`}>{typeLabel(entity.type)}</span>
      </header>
      {entity.description && <p class="bs-description">{entity.description}</p>}
      {entity.origin.kind === 'pack' && <p class="bs-note-meta">From {entity.origin.packName || 'a pack'}</p>}
      {notes.length === 0 ? (
        <p class="bs-muted">No notes yet.</p>
      ) : (
        <ol class="bs-notes" aria-label="Notes">
          {notes.map((note) => (
            <li key={note.id} class="bs-note">
              <NoteText text={note.text} />
              <SourceList sources={note.sources} />
              <p class="bs-note-meta">
                {note.author ? `Written by ${note.author}` : 'Written'} on {shortDate(note.created)}
                {note.modified !== note.created && `, edited ${shortDate(note.modified)}`}
                {note.origin.kind === 'pack' && ` · from ${note.origin.packName}`}
              </p>
              {onEditNote && !isSubscribedOrigin(note.origin) && (
                <button
                  type="button"
                  class="bs-link-button"
                  aria-label={`Edit note: ${note.text.slice(0, 40)}`}
                  onClick={() => onEditNote(note)}
                >
                  Edit
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {(pageCount !== undefined || (card.otherPages ?? 0) > 0) && (
        <p class="bs-page-count">
          {pageCount !== undefined &&
            `Mentioned ${pageCount} ${pageCount === 1 ? 'time' : 'times'} on this page`}
          {pageCount !== undefined && (card.otherPages ?? 0) > 0 && ' · '}
          {(card.otherPages ?? 0) > 0 &&
            (onShowPages ? (
              <button type="button" class="bs-link-button" onClick={onShowPages}>
                seen on {card.otherPages} other {card.otherPages === 1 ? 'page' : 'pages'}
              </button>
            ) : (
              `seen on ${card.otherPages} other ${card.otherPages === 1 ? 'page' : 'pages'}`
            ))}
        </p>
      )}
    </article>
  );
}
