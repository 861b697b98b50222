// "Not yet in your knowledge base": names the page mentions that Backstory does not know, each
// with its count and an Add button that creates the entity with a first note citing the page.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Entity, EntityType, Source } from '../../utils/model';
import { askBackground } from '../../utils/messaging';
import { typeLabel } from '../../utils/protocol';

export interface SuggestionsListProps {
  suggestions: { name: string; type: EntityType; count: number }[];
  /** The page, as the new entity's first note's source. */
  source: Source | null;
  onAdded: (entity: Entity) => void;
}

export function SuggestionsList({ suggestions, source, onAdded }: SuggestionsListProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (suggestions.length === 0) return null;

  const add = async (suggestion: { name: string; type: EntityType }) => {
    setBusy(suggestion.name);
    setError(null);
    try {
      const where = source?.title ?? source?.url ?? '';
      const entity = await askBackground('suggest.accept', {
        entity: { type: suggestion.type, name: suggestion.name, aliases: [] },
        ...(source ? { note: { text: `Named in “${where}”.`, sources: [source] } } : {}),
      });
      onAdded(entity);
    } catch (failure) {
      setError(`${suggestion.name} was not added: ${errorText(failure)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Not yet in your knowledge base</h2>
      <ErrorMessage error={error} />
      <ul class="entity-list" aria-label="Suggested names">
        {suggestions.map((suggestion) => (
          <li key={`${suggestion.type}:${suggestion.name}`} class="suggestion-row">
            <span class="entity-name">{suggestion.name}</span>
            <span class="entity-type">{typeLabel(suggestion.type)}</span>
            <span class="badge">
              {suggestion.count}
              <span class="visually-hidden">{suggestion.count === 1 ? ' mention' : ' mentions'}</span>
            </span>
            <button
              type="button"
              class="small"
              disabled={busy !== null}
              aria-label={`Add ${suggestion.name}`}
              onClick={() => void add(suggestion)}
            >
              Add
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
