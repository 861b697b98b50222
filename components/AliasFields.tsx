// The entity editor's other names: one row each, with how it may be matched (any letter case,
// on its own although it is a common word, with or without accents), added and removed.
import { useId } from 'preact/hooks';
import type { AliasDraft } from './entity-draft';
import { EMPTY_ALIAS } from './entity-draft';

export interface AliasFieldsProps {
  aliases: AliasDraft[];
  onChange: (aliases: AliasDraft[]) => void;
}

const OPTIONS: { key: 'caseInsensitive' | 'safe' | 'foldDiacritics'; label: string }[] = [
  { key: 'caseInsensitive', label: 'Any letter case' },
  { key: 'safe', label: 'Safe single word' },
  { key: 'foldDiacritics', label: 'With or without accents' },
];

export function AliasFields({ aliases, onChange }: AliasFieldsProps) {
  const baseId = useId();
  const update = (index: number, change: Partial<AliasDraft>) =>
    onChange(aliases.map((alias, at) => (at === index ? { ...alias, ...change } : alias)));

  return (
    <fieldset class="aliases">
      <legend>Other names</legend>
      {aliases.length === 0 && <p class="muted">None yet.</p>}
      {aliases.map((alias, index) => {
        const id = `${baseId}-alias-${index}`;
        return (
          <div class="alias-row" role="group" aria-label={`Other name ${index + 1}`} key={index}>
            <label for={id} class="visually-hidden">
              Other name {index + 1}
            </label>
            <input
              id={id}
              type="text"
              value={alias.text}
              onInput={(event) => update(index, { text: event.currentTarget.value })}
            />
            <div class="alias-options">
              {OPTIONS.map(({ key, label }) => (
                <label key={key}>
                  <input
                    type="checkbox"
                    checked={alias[key]}
                    onChange={(event) => update(index, { [key]: event.currentTarget.checked })}
                  />
                  {label}
                </label>
              ))}
              <button
                type="button"
                class="small"
                aria-label={`Remove other name ${index + 1}`}
                onClick={() => onChange(aliases.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" class="small" onClick={() => onChange([...aliases, { ...EMPTY_ALIAS }])}>
        Add other name
      </button>
    </fieldset>
  );
}
