// Editor for one entity (person or organisation): name, type, aliases, description and links.
// Saves and deletes through the background; its errors are shown beside the form.
import { useId, useState } from 'preact/hooks';
import type { Entity } from '../utils/model';
import { ENTITY_TYPES } from '../utils/model';
import { askBackground } from '../utils/messaging';
import { typeLabel } from '../utils/protocol';
import { ConfirmButton } from './ConfirmButton';
import type { EntityDraft, EntityDraftErrors } from './entity-draft';
import { draftFromEntity, entityInputFromDraft } from './entity-draft';
import { errorText } from './error-text';
import { ErrorMessage } from './ErrorMessage';
import { LinkFields } from './LinkFields';

export interface EntityFormProps {
  /** The entity to change; absent for a new one. */
  entity?: Entity | null;
  /** Name to start a new entity with (what the user searched for, say). */
  initialName?: string;
  onSaved: (entity: Entity) => void;
  onCancel: () => void;
  /** Called after the entity was deleted; without it there is no Delete button. */
  onDeleted?: () => void;
}

export function EntityForm({ entity, initialName = '', onSaved, onCancel, onDeleted }: EntityFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<EntityDraft>(() => draftFromEntity(entity, initialName));
  const [errors, setErrors] = useState<EntityDraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (next: Partial<EntityDraft>) => setDraft((current) => ({ ...current, ...next }));

  const save = async (event: Event) => {
    event.preventDefault();
    const result = entityInputFromDraft(draft, entity);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    try {
      const saved = await askBackground('entity.save', { entity: result.input });
      onSaved(saved);
    } catch (error) {
      setFailure(`The entity was not saved: ${errorText(error)}`);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!entity || !onDeleted) return;
    setFailure(null);
    try {
      await askBackground('entity.delete', { id: entity.id });
      onDeleted();
    } catch (error) {
      setFailure(`The entity was not deleted: ${errorText(error)}`);
    }
  };

  return (
    <form
      class="editor"
      aria-label={entity ? `Edit ${entity.name}` : 'New entity'}
      noValidate
      onSubmit={save}
    >
      <div class="field">
        <label for={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          required
          value={draft.name}
          aria-invalid={errors.name !== undefined}
          aria-describedby={errors.name !== undefined ? `${id}-name-error` : undefined}
          onInput={(event) => change({ name: event.currentTarget.value })}
        />
        {errors.name !== undefined && (
          <p id={`${id}-name-error`} class="field-error">
            {errors.name}
          </p>
        )}
      </div>

      <fieldset class="choice">
        <legend>Type</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type}>
            <input
              type="radio"
              name={`${id}-type`}
              value={type}
              checked={draft.type === type}
              onChange={() => change({ type })}
            />
            {typeLabel(type)}
          </label>
        ))}
      </fieldset>

      <div class="field">
        <label for={`${id}-aliases`}>Other names (one per line)</label>
        <textarea
          id={`${id}-aliases`}
          rows={3}
          value={draft.aliases}
          onInput={(event) => change({ aliases: event.currentTarget.value })}
        />
      </div>

      <div class="field">
        <label for={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          rows={3}
          value={draft.description}
          onInput={(event) => change({ description: event.currentTarget.value })}
        />
      </div>

      <LinkFields links={draft.links} errors={errors.links} onChange={(links) => change({ links })} />

      <ErrorMessage error={failure} />

      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {entity && onDeleted && (
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete ${entity.name}`}
            question={`Delete ${entity.name} and all its notes?`}
            confirmLabel="Yes, delete"
            onConfirm={remove}
          />
        )}
      </div>
    </form>
  );
}
