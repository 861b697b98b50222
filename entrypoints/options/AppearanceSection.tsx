// "Appearance": per kind of name a highlight style (underline, tint or both) and a colour,
// with a live preview; then the popover's theme, delay and width (PopoverSettings).
import { useStorageItem } from '../../components/use-storage-item';
import {
  appearance,
  DEFAULT_APPEARANCE,
  readAppearance,
  type Appearance,
  type MarkStyle,
  type StyledKind,
} from '../../utils/appearance';
import { t, type MessageKey } from '../../utils/i18n';
import { HighlightPreview } from './HighlightPreview';
import { PopoverSettings } from './PopoverSettings';
import { useSave } from './use-save';

const KINDS: { kind: StyledKind; label: MessageKey }[] = [
  { kind: 'person', label: 'shown_people' },
  { kind: 'organization', label: 'shown_organizations' },
  { kind: 'suggestion', label: 'appearance_suggestions' },
];

const STYLES: { style: MarkStyle; label: MessageKey }[] = [
  { style: 'underline', label: 'appearance_style_underline' },
  { style: 'tint', label: 'appearance_style_tint' },
  { style: 'both', label: 'appearance_style_both' },
];

export function AppearanceSection() {
  const stored = useStorageItem(appearance);
  const { status, save } = useSave();
  const look = readAppearance(stored);

  const change = (kind: StyledKind, label: MessageKey, patch: Partial<Appearance[StyledKind]>) => {
    const next: Appearance = { ...look, [kind]: { ...look[kind], ...patch } };
    void save(() => appearance.setValue(next), t('appearance_status_changed', t(label)));
  };

  return (
    <fieldset>
      <legend>{t('appearance_legend')}</legend>
      <div class="kind-grid">
        {KINDS.map(({ kind, label }) => (
          <fieldset key={kind} class="kind-look">
            <legend>{t(label)}</legend>
            <fieldset class="choice plain">
              <legend class="visually-hidden">{t('appearance_style_legend', t(label))}</legend>
              {STYLES.map(({ style, label: styleLabel }) => (
                <label key={style}>
                  <input
                    type="radio"
                    name={`look-${kind}`}
                    value={style}
                    checked={look[kind].style === style}
                    disabled={stored === undefined}
                    onChange={() => change(kind, label, { style })}
                  />
                  {t(styleLabel)}
                </label>
              ))}
            </fieldset>
            <label class="colour">
              <input
                type="color"
                value={look[kind].color}
                disabled={stored === undefined}
                onChange={(event) => change(kind, label, { color: event.currentTarget.value.toLowerCase() })}
              />
              {t('appearance_colour_label', t(label))}
            </label>
          </fieldset>
        ))}
      </div>
      <HighlightPreview look={look} />
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            void save(() => appearance.setValue(DEFAULT_APPEARANCE), t('appearance_status_reset'))
          }
        >
          {t('appearance_reset')}
        </button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
      <PopoverSettings />
    </fieldset>
  );
}
