// One source of a note: its address, title, publisher, author, when it was published and
// read, and the passage that supports the note.
import { useId } from 'preact/hooks';
import type { SourceDraft } from './note-draft';

export interface SourceFieldsProps {
  /** Position in the list, from 0. */
  index: number;
  source: SourceDraft;
  error?: string;
  onChange: (source: SourceDraft) => void;
  /** Absent when this is the only source. */
  onRemove?: () => void;
}

export function SourceFields({ index, source, error, onChange, onRemove }: SourceFieldsProps) {
  const id = useId();
  const update = (change: Partial<SourceDraft>) => onChange({ ...source, ...change });
  const updateRest = (key: 'author' | 'published' | 'quote', value: string) => {
    const rest = { ...source.rest };
    if (value === '') delete rest[key];
    else rest[key] = value;
    onChange({ ...source, rest });
  };
  return (
    <fieldset class="source">
      <legend>Source {index + 1}</legend>
      <div class="field">
        <label for={`${id}-url`}>URL</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={source.url}
          aria-invalid={error !== undefined}
          aria-describedby={error !== undefined ? `${id}-error` : undefined}
          onInput={(event) => update({ url: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          type="text"
          value={source.title}
          onInput={(event) => update({ title: event.currentTarget.value })}
        />
      </div>
      <div class="field-pair">
        <div class="field">
          <label for={`${id}-publisher`}>Publisher</label>
          <input
            id={`${id}-publisher`}
            type="text"
            value={source.publisher}
            onInput={(event) => update({ publisher: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-accessed`}>Accessed</label>
          <input
            id={`${id}-accessed`}
            type="date"
            value={source.accessed}
            onInput={(event) => update({ accessed: event.currentTarget.value })}
          />
        </div>
      </div>
      <div class="field-pair">
        <div class="field">
          <label for={`${id}-author`}>Source author</label>
          <input
            id={`${id}-author`}
            type="text"
            value={source.rest.author ?? ''}
            onInput={(event) => updateRest('author', event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-published`}>Published</label>
          <input
            id={`${id}-published`}
            type="date"
            value={source.rest.published?.slice(0, 10) ?? ''}
            onInput={(event) => updateRest('published', event.currentTarget.value)}
          />
        </div>
      </div>
      <div class="field">
        <label for={`${id}-quote`}>Quote</label>
        <textarea
          id={`${id}-quote`}
          rows={2}
          value={source.rest.quote ?? ''}
          onInput={(event) => updateRest('quote', event.currentTarget.value)}
        />
      </div>
      {error !== undefined && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      {onRemove && (
        <button type="button" class="small" aria-label={`Remove source ${index + 1}`} onClick={onRemove}>
          Remove source
        </button>
      )}
    </fieldset>
  );
}
