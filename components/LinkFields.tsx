// The entity editor's list of links: URL and label rows, at least one, added and removed.
import { useId } from 'preact/hooks';
import type { LinkDraft } from './entity-draft';
import { EMPTY_LINK } from './entity-draft';

export interface LinkFieldsProps {
  links: LinkDraft[];
  errors?: (string | undefined)[];
  onChange: (links: LinkDraft[]) => void;
}

export function LinkFields({ links, errors, onChange }: LinkFieldsProps) {
  const baseId = useId();
  const update = (index: number, change: Partial<LinkDraft>) =>
    onChange(links.map((link, at) => (at === index ? { ...link, ...change } : link)));
  const remove = (index: number) => {
    const rest = links.filter((_, at) => at !== index);
    onChange(rest.length > 0 ? rest : [{ ...EMPTY_LINK }]);
  };

  return (
    <fieldset class="links">
      <legend>Links</legend>
      {links.map((link, index) => {
        const id = `${baseId}-link-${index}`;
        const error = errors?.[index];
        return (
          <div class="link-row" key={index}>
            <label for={`${id}-url`}>
              <span class="visually-hidden">Link {index + 1} </span>URL
            </label>
            <input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              value={link.url}
              placeholder="https://"
              aria-invalid={error !== undefined}
              aria-describedby={error !== undefined ? `${id}-error` : undefined}
              onInput={(event) => update(index, { url: event.currentTarget.value })}
            />
            <label for={`${id}-label`}>
              <span class="visually-hidden">Link {index + 1} </span>Label
            </label>
            <input
              id={`${id}-label`}
              type="text"
              value={link.label}
              onInput={(event) => update(index, { label: event.currentTarget.value })}
            />
            <button
              type="button"
              class="small"
              aria-label={`Remove link ${index + 1}`}
              onClick={() => remove(index)}
            >
              Remove
            </button>
            {error !== undefined && (
              <p id={`${id}-error`} class="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" class="small" onClick={() => onChange([...links, { ...EMPTY_LINK }])}>
        Add link
      </button>
    </fieldset>
  );
}
