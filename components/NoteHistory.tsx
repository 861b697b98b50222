// A note's earlier versions, newest first: who wrote each, when, and what differs from the
// note as it is now; any of them can be made current again (which keeps the current state).
import { useEffect, useState } from 'preact/hooks';
import type { Note, NoteVersion } from '../utils/model';
import { askBackground } from '../utils/messaging';
import { formatDate } from './dates';
import { errorText } from './error-text';
import { ErrorMessage } from './ErrorMessage';

export interface NoteHistoryProps {
  note: Note;
  /** Called after a version was restored. */
  onRestored: (note: Note) => void;
  onClose: () => void;
}

/** What differs between a version and the current note, in words. */
export function changesOf(version: NoteVersion, note: Note): string {
  const parts: string[] = [];
  if (version.text !== note.text) parts.push('text');
  if (JSON.stringify(version.sources) !== JSON.stringify(note.sources)) parts.push('sources');
  if (version.author !== note.author) parts.push('author');
  return parts.length === 0 ? 'Same as now.' : `Differs from now in: ${parts.join(', ')}.`;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${formatDate(iso)} ${date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}

export function NoteHistory({ note, onRestored, onClose }: NoteHistoryProps) {
  const [versions, setVersions] = useState<NoteVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    askBackground('note.versions', { id: note.id }).then(
      (list) => {
        if (current) setVersions([...list].reverse());
      },
      (failure: unknown) => {
        if (current) setError(`The history could not be loaded: ${errorText(failure)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [note.id, note.modified]);

  const restore = async (version: NoteVersion) => {
    setBusy(true);
    setError(null);
    try {
      onRestored(await askBackground('note.restore', { noteId: note.id, versionId: version.id }));
    } catch (failure) {
      setError(`The version was not restored: ${errorText(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="note-history" aria-label="Earlier versions">
      <div class="section-head">
        <h3>Earlier versions</h3>
        <button type="button" class="small" onClick={onClose}>
          Close history
        </button>
      </div>
      <ErrorMessage error={error} />
      {versions === null && error === null && <p class="muted">Loading…</p>}
      {versions?.length === 0 && <p class="muted">This note has not been edited.</p>}
      {versions && versions.length > 0 && (
        <ol class="versions">
          {versions.map((version) => (
            <li key={version.id}>
              <p class="note-meta">
                Written {when(version.modified)}
                {version.author !== '' && ` by ${version.author}`}, replaced {when(version.replaced)}.{' '}
                {changesOf(version, note)}
              </p>
              <blockquote class="bs-quote">{version.text}</blockquote>
              <button
                type="button"
                class="small"
                disabled={busy}
                aria-label={`Restore the version written ${when(version.modified)}`}
                onClick={() => void restore(version)}
              >
                Restore this version
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
