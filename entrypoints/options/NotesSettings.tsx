// "Notes": the author name given to new notes and how long the popover waits before opening.
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { authorName, popoverDelay } from '../../utils/settings';

export const MAX_POPOVER_DELAY_MS = 3000;

export function NotesSettings() {
  const [author, setAuthor] = useState('');
  const [delay, setDelay] = useState('');
  const [delayError, setDelayError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void Promise.all([authorName.getValue(), popoverDelay.getValue()]).then(([name, ms]) => {
      setAuthor(name);
      setDelay(String(ms));
    });
  }, []);

  const save = async (write: () => Promise<void>, done: string) => {
    try {
      await write();
      setStatus(done);
    } catch (error) {
      setStatus(`The setting was not saved: ${errorText(error)}`);
    }
  };

  const saveAuthor = () => {
    const name = author.trim();
    void save(
      () => authorName.setValue(name),
      name === '' ? 'New notes will have no author.' : `New notes will be by ${name}.`,
    );
  };

  const saveDelay = () => {
    const ms = Number(delay);
    if (delay.trim() === '' || !Number.isInteger(ms) || ms < 0 || ms > MAX_POPOVER_DELAY_MS) {
      setDelayError(`Enter a whole number of milliseconds from 0 to ${MAX_POPOVER_DELAY_MS}.`);
      return;
    }
    setDelayError(null);
    void save(() => popoverDelay.setValue(ms), `The popover will open after ${ms} ms.`);
  };

  return (
    <fieldset>
      <legend>Notes</legend>
      <div class="field">
        <label for="author-name">Author name for new notes</label>
        <input
          id="author-name"
          type="text"
          autoComplete="name"
          value={author}
          onInput={(event) => setAuthor(event.currentTarget.value)}
          onChange={saveAuthor}
        />
      </div>
      <div class="field">
        <label for="popover-delay">Popover delay (milliseconds)</label>
        <input
          id="popover-delay"
          type="number"
          min={0}
          max={MAX_POPOVER_DELAY_MS}
          step={50}
          inputMode="numeric"
          value={delay}
          aria-invalid={delayError !== null}
          aria-describedby={delayError !== null ? 'popover-delay-error' : 'popover-delay-help'}
          onInput={(event) => setDelay(event.currentTarget.value)}
          onChange={saveDelay}
        />
        <p id="popover-delay-help" class="muted">
          How long the pointer rests on a highlighted name before its notes open.
        </p>
        {delayError !== null && (
          <p id="popover-delay-error" class="field-error">
            {delayError}
          </p>
        )}
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
