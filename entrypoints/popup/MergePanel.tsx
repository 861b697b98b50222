// Merging another entity into the one shown: find it by name, confirm, and its names, notes
// and the pages it was seen on move over (the background does it in one transaction).
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Entity, EntitySummary } from '../../utils/model';
import { askBackground } from '../../utils/messaging';
import { typeLabel } from '../../utils/protocol';

export interface MergePanelProps {
  entity: Entity;
  onMerged: (kept: Entity) => void;
  onCancel: () => void;
}

export function MergePanel({ entity, onMerged, onCancel }: MergePanelProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EntitySummary[]>([]);
  const [chosen, setChosen] = useState<EntitySummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (query.trim() === '') {
      setResults([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      askBackground('kb.search', { query: query.trim(), limit: 10, noteLimit: 0 }).then(
        (found) => {
          if (current) setResults(found.entities.filter((other) => other.id !== entity.id));
        },
        (failure: unknown) => {
          if (current) setError(`Search failed: ${errorText(failure)}`);
        },
      );
    }, 100);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, entity.id]);

  const merge = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      onMerged(await askBackground('entity.merge', { keepId: entity.id, mergeId: chosen.id }));
    } catch (failure) {
      setError(`The entities were not merged: ${errorText(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="merge" aria-label={`Merge into ${entity.name}`}>
      <label for="merge-search">Find the entity to merge into {entity.name}</label>
      <input
        id="merge-search"
        type="search"
        autoComplete="off"
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setChosen(null);
        }}
      />
      {results.length > 0 && !chosen && (
        <ul class="entity-list" aria-label="Entities to merge">
          {results.map((other) => (
            <li key={other.id}>
              <button type="button" class="entity-button" onClick={() => setChosen(other)}>
                <span class="entity-name">{other.name}</span>
                <span class="entity-type">{typeLabel(other.type)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <p>
          {chosen.name}’s names, notes and the pages it was seen on will move to {entity.name}, and{' '}
          {chosen.name} will no longer be a separate entity.
        </p>
      )}
      <ErrorMessage error={error} />
      <div class="actions">
        {chosen && (
          <button type="button" class="primary" disabled={busy} onClick={() => void merge()}>
            Merge {chosen.name} into {entity.name}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
