// "Knowledge base data": import a pack, export everything, the demo pack, and storage use.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { splitLines } from '../../components/ErrorMessage';
import { todayIsoDate } from '../../components/dates';
import { askBackground } from '../../utils/messaging';
import { downloadText } from './download';
import { entitiesAndNotes } from './plural';
import { StorageUse } from './StorageUse';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; heading: string; problems: string[] };

export function DataSection() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [revision, setRevision] = useState(0);
  const busy = status.kind === 'busy';

  const run = async (busyText: string, action: () => Promise<string>, failure: string) => {
    setStatus({ kind: 'busy', text: busyText });
    try {
      setStatus({ kind: 'done', text: await action() });
      setRevision((current) => current + 1);
    } catch (error) {
      setStatus({ kind: 'failed', heading: failure, problems: splitLines(errorText(error)) });
    }
  };

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void run(
      `Importing ${file.name}…`,
      async () => {
        const report = await askBackground('pack.import', { text: await file.text() });
        return `Imported ${entitiesAndNotes(report)}.`;
      },
      `${file.name} was not imported:`,
    ).finally(() => {
      // Let the same file be chosen again after fixing it.
      input.value = '';
    });
  };

  const exportAll = () =>
    run(
      'Preparing the export…',
      async () => {
        const text = await askBackground('pack.export', {});
        const filename = `backstory-pack-${todayIsoDate()}.json`;
        downloadText(text, filename);
        return `Exported everything to ${filename}.`;
      },
      'The export failed:',
    );

  const loadDemo = () =>
    run(
      'Loading the demo pack…',
      async () => `Loaded the demo pack: ${entitiesAndNotes(await askBackground('demo.load', {}))}.`,
      'The demo pack was not loaded:',
    );

  const removeDemo = () =>
    run(
      'Removing the demo pack…',
      async () => {
        await askBackground('demo.remove', {});
        return 'Removed the demo pack.';
      },
      'The demo pack was not removed:',
    );

  return (
    <fieldset>
      <legend>Knowledge base data</legend>
      <div class="field">
        <label for="import-pack">Import a pack</label>
        <input
          id="import-pack"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => importFile(event.currentTarget)}
        />
      </div>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void exportAll()}>
          Export everything
        </button>
        <button type="button" disabled={busy} onClick={() => void loadDemo()}>
          Load demo pack
        </button>
        <button type="button" disabled={busy} onClick={() => void removeDemo()}>
          Remove demo pack
        </button>
      </div>
      <div role="status" class={`status ${status.kind === 'failed' ? 'status-error' : ''}`}>
        <StatusText status={status} />
      </div>
      <StorageUse revision={revision} />
    </fieldset>
  );
}

function StatusText({ status }: { status: Status }) {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'busy':
    case 'done':
      return <p>{status.text}</p>;
    case 'failed':
      if (status.problems.length <= 1) return <p>{`${status.heading} ${status.problems[0] ?? ''}`.trim()}</p>;
      return (
        <>
          <p>{status.heading}</p>
          <ul>
            {status.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </>
      );
  }
}
