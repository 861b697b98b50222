// "Knowledge base": search over names and aliases as the user types, and a way to add one.
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { EntitySummary } from '../../utils/model';
import { askBackground } from '../../utils/messaging';
import { EntityButton } from './EntityButton';

/** Wait this long after the last keystroke before asking. */
export const SEARCH_DELAY_MS = 100;
const LIMIT = 50;

export interface SearchSectionProps {
  /** Knowledge-base revision: a change reruns the search. */
  revision: number;
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (id: string) => void;
  onAdd: () => void;
}

export function SearchSection({ revision, query, onQueryChange, onOpen, onAdd }: SearchSectionProps) {
  const [results, setResults] = useState<EntitySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      askBackground('entity.list', { query: query.trim(), limit: LIMIT }).then(
        (list) => {
          if (!current) return;
          setResults(list);
          setError(null);
        },
        (failure: unknown) => {
          if (current) setError(`Search failed: ${errorText(failure)}`);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, revision]);

  return (
    <section aria-labelledby="kb-heading">
      <div class="section-head">
        <h2 id="kb-heading">Knowledge base</h2>
        <button type="button" class="small" onClick={onAdd}>
          Add entity
        </button>
      </div>
      <label for="kb-search" class="visually-hidden">
        Search the knowledge base
      </label>
      <input
        id="kb-search"
        type="search"
        placeholder="Search names and other names"
        autoComplete="off"
        value={query}
        onInput={(event) => onQueryChange(event.currentTarget.value)}
      />
      <ErrorMessage error={error} />
      {results !== null && <Results results={results} query={query.trim()} onOpen={onOpen} />}
    </section>
  );
}

function Results({
  results,
  query,
  onOpen,
}: {
  results: EntitySummary[];
  query: string;
  onOpen: (id: string) => void;
}) {
  if (results.length === 0) {
    return (
      <p class="muted" role="status">
        {query === ''
          ? 'The knowledge base is empty. Add an entity or load the demo pack.'
          : `Nothing matches “${query}”.`}
      </p>
    );
  }
  return (
    <ul class="entity-list" aria-label="Search results">
      {results.map((entity) => (
        <li key={entity.id}>
          <EntityButton entity={entity} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
