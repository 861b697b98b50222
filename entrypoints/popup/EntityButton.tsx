// One entity in a popup list: its name and type in words, and optionally a mention count.
import type { EntitySummary } from '../../utils/model';
import { typeLabel } from '../../utils/protocol';

export interface EntityButtonProps {
  entity: EntitySummary;
  /** How often the page mentions it, where that is known. */
  count?: number;
  onOpen: (id: string) => void;
}

export function EntityButton({ entity, count, onOpen }: EntityButtonProps) {
  return (
    <button type="button" class="entity-button" onClick={() => onOpen(entity.id)}>
      <span class="entity-name">{entity.name}</span>
      <span class="entity-type">{typeLabel(entity.type)}</span>
      {count !== undefined && (
        <span class="badge">
          {count}
          <span class="visually-hidden">{count === 1 ? ' mention' : ' mentions'}</span>
        </span>
      )}
    </button>
  );
}
