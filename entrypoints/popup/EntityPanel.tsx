// The selected entity: its details with an editor, merging another entity into it, its notes
// and the pages it was seen on. Reloads when the knowledge base changes, and says so when the
// entity has gone.
import { useEffect, useState } from 'preact/hooks';
import { EntityForm } from '../../components/EntityForm';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { PageRef } from '../../components/note-draft';
import { askBackground } from '../../utils/messaging';
import type { EntitySummary } from '../../utils/model';
import type { EntityCard } from '../../utils/protocol';
import { EntityDetails } from './EntityDetails';
import { MergePanel } from './MergePanel';
import { NotesList } from './NotesList';
import { SightingsList } from './SightingsList';

export interface EntityPanelProps {
  id: string;
  revision: number;
  page: PageRef | null;
  onBack: () => void;
  /** Called after this popup changed the knowledge base. */
  onChanged: () => void;
  /** Called after the entity went to the trash (the popup offers Undo). */
  onDeleted: (entity: EntitySummary) => void;
  /** Start a new note with this page and quote as its source (context menu). */
  prefill?: PageRef | null;
}

type CardState =
  | { status: 'loading' }
  | { status: 'ready'; card: EntityCard }
  | { status: 'gone' }
  | { status: 'failed'; error: string };

export function EntityPanel({ id, revision, page, onBack, onChanged, onDeleted, prefill }: EntityPanelProps) {
  const [state, setState] = useState<CardState>({ status: 'loading' });
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);

  useEffect(() => {
    let current = true;
    askBackground('entity.card', { id }).then(
      (card) => {
        if (current) setState(card ? { status: 'ready', card } : { status: 'gone' });
      },
      (failure: unknown) => {
        if (current)
          setState({ status: 'failed', error: `The entity could not be loaded: ${errorText(failure)}` });
      },
    );
    return () => {
      current = false;
    };
  }, [id, revision]);

  return (
    <div class="panel">
      <button type="button" class="link back" onClick={onBack}>
        ← Back
      </button>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'gone' && <p class="notice">This entity is no longer in the knowledge base.</p>}
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && (
        <>
          <div class="section-head">
            <h1>{state.card.entity.name}</h1>
            {!editing && !merging && (
              <span class="head-actions">
                <button type="button" class="small" onClick={() => setEditing(true)}>
                  Edit entity
                </button>
                <button type="button" class="small" onClick={() => setMerging(true)}>
                  Merge…
                </button>
              </span>
            )}
          </div>
          {merging && (
            <MergePanel
              entity={state.card.entity}
              onMerged={() => {
                setMerging(false);
                onChanged();
              }}
              onCancel={() => setMerging(false)}
            />
          )}
          {editing ? (
            <EntityForm
              entity={state.card.entity}
              onSaved={() => {
                setEditing(false);
                onChanged();
              }}
              onCancel={() => setEditing(false)}
              onDeleted={(entity) => {
                onChanged();
                onDeleted(entity);
              }}
            />
          ) : (
            <EntityDetails entity={state.card.entity} />
          )}
          <NotesList
            entityId={id}
            notes={state.card.notes}
            page={page}
            prefill={prefill}
            onChanged={onChanged}
          />
          <SightingsList entityId={id} revision={revision} onChanged={onChanged} />
        </>
      )}
    </div>
  );
}
