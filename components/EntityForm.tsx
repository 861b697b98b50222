// Editor for one entity (person or organisation): name, type, other names with their matching
// options, description, links and tags. Before saving it checks for an entity of the same type
// already known by one of the names, and offers to merge into it. Deleting goes to the trash
// (the popup offers Undo). Errors are shown beside the form.
import { useEffect, useId, useState } from 'preact/hooks';
import type { Entity, EntitySummary } from '../utils/model';
import { ENTITY_TYPES } from '../utils/model';
import { askBackground } from '../utils/messaging';
import { typeLabel } from '../utils/protocol';
import type { EntityInput } from '../utils/schemas';
import { AliasFields } from './AliasFields';
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
  /** Called after the entity went to the trash; without it there is no Delete button. */
  onDeleted?: (entity: EntitySummary) => void;
}

export function EntityForm({ entity, initialName = '', onSaved, onCancel, onDeleted }: EntityFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<EntityDraft>(() => draftFromEntity(entity, initialName));
  // The page's selection may arrive after the form opened: take it while the name is empty.
  useEffect(() => {
    if (!entity && initialName)
      setDraft((current) => (current.name === '' ? { ...current, name: initialName } : current));
  }, [entity, initialName]);
  const [errors, setErrors] = useState<EntityDraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [duplicates, setDuplicates] = useState<{ input: EntityInput; found: EntitySummary[] } | null>(null);

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
    try {
      const found = await askBackground('entity.duplicates', { entity: result.input });
      if (found.length > 0) {
        setDuplicates({ input: result.input, found });
        return;
      }
    } catch {
      // The check is a courtesy: if it fails, saving still works.
    }
    await write(result.input, null);
  };

  /** Saves, then (with `mergeInto`) merges the saved entity into that one. */
  const write = async (input: EntityInput, mergeInto: EntitySummary | null) => {
    setSaving(true);
    setFailure(null);
    try {
      const saved = await askBackground('entity.save', { entity: input });
      const result = mergeInto
        ? await askBackground('entity.merge', { keepId: mergeInto.id, mergeId: saved.id })
        : saved;
      setDuplicates(null);
      onSaved(result);
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
      onDeleted(await askBackground('entity.trash', { id: entity.id }));
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

      <AliasFields aliases={draft.aliases} onChange={(aliases) => change({ aliases })} />

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

      <div class="field">
        <label for={`${id}-tags`}>Tags (separated by commas)</label>
        <input
          id={`${id}-tags`}
          type="text"
          value={draft.tags}
          onInput={(event) => change({ tags: event.currentTarget.value })}
        />
      </div>

      <ErrorMessage error={failure} />

      {duplicates && (
        <div class="duplicates" role="alertdialog" aria-label="Possible duplicate">
          <p>
            {duplicates.found.length === 1
              ? 'An entity of this type already has one of these names:'
              : 'Entities of this type already have one of these names:'}
          </p>
          <ul>
            {duplicates.found.map((other) => (
              <li key={other.id}>
                {other.name}{' '}
                <button
                  type="button"
                  class="small"
                  disabled={saving}
                  onClick={() => void write(duplicates.input, other)}
                >
                  Merge into {other.name}
                </button>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" disabled={saving} onClick={() => void write(duplicates.input, null)}>
              Save as a separate entity
            </button>
            <button type="button" onClick={() => setDuplicates(null)}>
              Go back
            </button>
          </div>
        </div>
      )}

      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {entity && onDeleted && (
          <button
            type="button"
            class="danger"
            aria-label={`Delete ${entity.name}`}
            onClick={() => void remove()}
          >
            Delete
          </button>
        )}
      </div>
    </form>
  );
}
