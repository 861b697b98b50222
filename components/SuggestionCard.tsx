// A name the page mentions that the knowledge base does not know: what it seems to be, how
// often the page names it and in which sentence, and the choice to add it (the page is its
// first source, the sentence its quote) or never see it suggested again.
import { useId, useState } from 'preact/hooks';
import type { EntityType, Source } from '../utils/model';
import { askBackground } from '../utils/messaging';
import { typeLabel } from '../utils/protocol';
import type { Suggestion } from '../utils/suggest/index';
import { errorText } from './error-text';
import { ErrorMessage } from './ErrorMessage';

export interface SuggestionCardProps {
  suggestion: Suggestion;
  /** The page as the new entity's first source (quote: the sentence it was found in). */
  source: Source;
  headingId: string;
  /** Called after the name was added or rejected. */
  onDone: (outcome: 'added' | 'rejected') => void;
}

export function SuggestionCard({ suggestion, source, headingId, onDone }: SuggestionCardProps) {
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState(suggestion.name);
  const [type, setType] = useState<EntityType>(suggestion.type);
  const [note, setNote] = useState(() => `Named in “${source.title ?? source.url}”.`);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>, outcome: 'added' | 'rejected') => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      onDone(outcome);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const add = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') {
      setFailure('Give the name to add.');
      return;
    }
    void run(
      () =>
        askBackground('suggest.accept', {
          entity: { type, name: name.trim(), aliases: [] },
          note: note.trim() ? { text: note.trim(), sources: [source] } : undefined,
        }),
      'added',
    );
  };

  return (
    <div class="bs-card">
      <header class="bs-card-header">
        <h2 id={headingId} class="bs-name">
          {suggestion.name}
        </h2>
        <span class={`bs-type bs-type-${suggestion.type}`}>
          Suggested {typeLabel(suggestion.type).toLowerCase()}
        </span>
      </header>
      <p class="bs-description">
        Not in your knowledge base. Named {suggestion.count} {suggestion.count === 1 ? 'time' : 'times'} on
        this page.
      </p>
      {suggestion.sentence && <blockquote class="bs-quote">{suggestion.sentence}</blockquote>}
      {adding ? (
        <form class="editor" aria-label="Add to knowledge base" noValidate onSubmit={add}>
          <div class="field">
            <label for={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              type="text"
              value={name}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <fieldset class="choice">
            <legend>Type</legend>
            {(['person', 'organization'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${id}-type`}
                  value={value}
                  checked={type === value}
                  onChange={() => setType(value)}
                />{' '}
                {typeLabel(value)}
              </label>
            ))}
          </fieldset>
          <div class="field">
            <label for={`${id}-note`}>First note</label>
            <textarea
              id={`${id}-note`}
              rows={2}
              value={note}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
          </div>
          <p class="bs-muted bs-small">
            Source: {source.title ?? source.url}
            {source.publisher ? ` — ${source.publisher}` : ''}, with the sentence above as its quote.
          </p>
          {failure && <ErrorMessage error={failure} />}
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              Add
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {failure && <ErrorMessage error={failure} />}
          <div class="bs-actions" role="group" aria-label="Actions">
            <button type="button" onClick={() => setAdding(true)}>
              Add to knowledge base
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(
                  () => askBackground('suggest.reject', { name: suggestion.name, type: suggestion.type }),
                  'rejected',
                )
              }
            >
              Don’t suggest again
            </button>
          </div>
        </>
      )}
    </div>
  );
}
