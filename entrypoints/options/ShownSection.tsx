// "What Backstory shows": people, organisations and suggested names, each on or off, and
// whether a one-word name needs the full name on the page first.
import { useStorageItem } from '../../components/use-storage-item';
import { t, type MessageKey } from '../../utils/i18n';
import { showSuggestions, shownTypes, shownTypeSet, singleWordNeedsFullName } from '../../utils/settings';
import { useSave } from './use-save';

interface ToggleProps {
  id: string;
  label: MessageKey;
  help?: MessageKey;
  checked: boolean | undefined;
  onToggle: (on: boolean) => void;
}

function Toggle({ id, label, help, checked, onToggle }: ToggleProps) {
  if (checked === undefined) return null;
  return (
    <div class="field">
      <label class="checkbox">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        {t(label)}
      </label>
      {help && (
        <p id={`${id}-help`} class="muted">
          {t(help)}
        </p>
      )}
    </div>
  );
}

export function ShownSection() {
  const typesValue = useStorageItem(shownTypes);
  const suggestions = useStorageItem(showSuggestions);
  const singleWord = useStorageItem(singleWordNeedsFullName);
  const { status, save } = useSave();
  const types = typesValue === undefined ? undefined : shownTypeSet(typesValue);

  const said = (label: MessageKey, on: boolean) =>
    t(on ? 'status_setting_on' : 'status_setting_off', t(label));
  const setType = (type: 'person' | 'organization', label: MessageKey) => (on: boolean) => {
    const next = { person: types?.has('person') ?? true, organization: types?.has('organization') ?? true };
    next[type] = on;
    void save(() => shownTypes.setValue(next), said(label, on));
  };

  return (
    <fieldset>
      <legend>{t('shown_legend')}</legend>
      <Toggle
        id="shown-people"
        label="shown_people"
        checked={types?.has('person')}
        onToggle={setType('person', 'shown_people')}
      />
      <Toggle
        id="shown-organizations"
        label="shown_organizations"
        checked={types?.has('organization')}
        onToggle={setType('organization', 'shown_organizations')}
      />
      <Toggle
        id="shown-suggestions"
        label="shown_suggestions"
        help="shown_suggestions_help"
        checked={suggestions}
        onToggle={(on) => void save(() => showSuggestions.setValue(on), said('shown_suggestions', on))}
      />
      <Toggle
        id="shown-single-word"
        label="shown_single_word"
        help="shown_single_word_help"
        checked={singleWord}
        onToggle={(on) =>
          void save(() => singleWordNeedsFullName.setValue(on), said('shown_single_word', on))
        }
      />
      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
