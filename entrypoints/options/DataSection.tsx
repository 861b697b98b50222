// "Knowledge base data": import a pack in one step, export everything, the demo pack, storage
// use, and deleting everything. The fuller import, export and shared-pack panels follow it.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { splitLines } from '../../components/ErrorMessage';
import { todayIsoDate } from '../../components/dates';
import { StorageInfo } from '../../components/StorageInfo';
import { t } from '../../utils/i18n';
import { askBackground } from '../../utils/messaging';
import { DeleteEverything } from './DeleteEverything';
import { downloadText } from './download';
import { entitiesAndNotes } from './plural';

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
      t('data_importing', file.name),
      async () => {
        const report = await askBackground('pack.import', { text: await file.text() });
        return t('data_imported', entitiesAndNotes(report));
      },
      t('data_import_failed', file.name),
    ).finally(() => {
      // Let the same file be chosen again after fixing it.
      input.value = '';
    });
  };

  const exportAll = () =>
    run(
      t('data_exporting'),
      async () => {
        const text = await askBackground('pack.export', {});
        const filename = `backstory-pack-${todayIsoDate()}.json`;
        downloadText(text, filename);
        return t('data_exported', filename);
      },
      t('data_export_failed'),
    );

  const loadDemo = () =>
    run(
      t('data_demo_loading'),
      async () => t('data_demo_loaded', entitiesAndNotes(await askBackground('demo.load', {}))),
      t('data_demo_load_failed'),
    );

  const removeDemo = () =>
    run(
      t('data_demo_removing'),
      async () => {
        await askBackground('demo.remove', {});
        return t('data_demo_removed');
      },
      t('data_demo_remove_failed'),
    );

  return (
    <fieldset>
      <legend>{t('data_legend')}</legend>
      <div class="field">
        <label for="import-pack">{t('data_import_label')}</label>
        <input
          id="import-pack"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby="import-pack-help"
          onChange={(event) => importFile(event.currentTarget)}
        />
        <p id="import-pack-help" class="muted">
          {t('data_import_help')}
        </p>
      </div>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void exportAll()}>
          {t('data_export_all')}
        </button>
        <button type="button" disabled={busy} onClick={() => void loadDemo()}>
          {t('data_demo_load')}
        </button>
        <button type="button" disabled={busy} onClick={() => void removeDemo()}>
          {t('data_demo_remove')}
        </button>
      </div>
      <div role="status" class={`status ${status.kind === 'failed' ? 'status-error' : ''}`}>
        <StatusText status={status} />
      </div>
      <StorageInfo revision={revision} />
      <DeleteEverything onDeleted={() => setRevision((current) => current + 1)} />
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
