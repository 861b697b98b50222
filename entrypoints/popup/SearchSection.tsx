// "Knowledge base": search over names, aliases and note text as the user types (word prefixes,
// answered from indexes, see utils/db-search.ts), and a way to add an entity.
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { SearchResults } from '../../utils/db-search';
import { askBackground } from '../../utils/messaging';
import { typeLabel } from '../../utils/protocol';
import { EntityButton } from './EntityButton';

/** Wait this long after the last keystroke before asking. */
export const SEARCH_DELAY_MS = 100;
const LIMIT = 50;
const NOTE_LIMIT = 10;

export interface SearchSectionProps {
  /** Knowledge-base revision: a change reruns the search. */
  revision: number;
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (id: string) => void;
  onAdd: () => void;
}

export function SearchSection({ revision, query, onQueryChange, onOpen, onAdd }: SearchSectionProps) {
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      askBackground('kb.search', { query: query.trim(), limit: LIMIT, noteLimit: NOTE_LIMIT }).then(
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
        placeholder="Search names and notes"
        autoComplete="off"
        value={query}
        onInput={(event) => onQueryChange(event.currentTarget.value)}
      />
      <ErrorMessage error={error} />
      {results?.notesIndexing === true && query.trim() !== '' && (
        <p class="muted" role="note">
          Imported notes are still being added to search: some may not be found yet.
        </p>
      )}
      {results !== null && <Results results={results} query={query.trim()} onOpen={onOpen} />}
    </section>
  );
}

function Results({
  results,
  query,
  onOpen,
}: {
  results: SearchResults;
  query: string;
  onOpen: (id: string) => void;
}) {
  if (results.entities.length === 0 && results.notes.length === 0) {
    return (
      <p class="muted" role="status">
        {query === ''
          ? 'The knowledge base is empty. Add an entity or load the demo pack.'
          : `Nothing matches “${query}”.`}
      </p>
    );
  }
  return (
    <>
      {results.entities.length > 0 && (
        <ul class="entity-list" aria-label="Search results">
          {results.entities.map((entity) => (
            <li key={entity.id}>
              <EntityButton entity={entity} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      {results.notes.length > 0 && (
        <>
          <h3 class="subhead">In notes</h3>
          <ul class="entity-list" aria-label="Notes that match">
            {results.notes.map((hit) => (
              <li key={hit.noteId}>
                <button type="button" class="entity-button note-hit" onClick={() => onOpen(hit.entity.id)}>
                  <span class="entity-name">{hit.entity.name}</span>
                  <span class="entity-type">{typeLabel(hit.entity.type)}</span>
                  <span class="excerpt">{hit.excerpt}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
