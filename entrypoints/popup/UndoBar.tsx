// "Deleted X. Undo": shown for the undo window after an entity went to the trash. Undo brings
// it back with its notes; after the window the background purges it.
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { EntitySummary } from '../../utils/model';
import { askBackground } from '../../utils/messaging';
import { TRASH_UNDO_MS } from '../../utils/protocol';

export interface UndoBarProps {
  deleted: EntitySummary;
  /** Called when the bar should go: after the window, or after Undo worked. */
  onDone: (restored: boolean) => void;
}

export function UndoBar({ deleted, onDone }: UndoBarProps) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => onDone(false), TRASH_UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted.id, onDone]);

  const undo = async () => {
    try {
      const restored = await askBackground('entity.restore', { id: deleted.id });
      if (restored) onDone(true);
      else setError(`${deleted.name} can no longer be brought back.`);
    } catch (failure) {
      setError(`${deleted.name} was not brought back: ${errorText(failure)}`);
    }
  };

  return (
    <div class="undo-bar" role="status">
      <span>Deleted {deleted.name} and its notes.</span>{' '}
      <button type="button" class="small" onClick={() => void undo()}>
        Undo
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
