// "Knowledge base data": import a pack in one step, export everything, the demo pack, storage
// use, and deleting everything. The fuller import, export and shared-pack panels follow it.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { splitLines } from '../../components/ErrorMessage';
import { todayIsoDate } from '../../components/dates';
import { StorageInfo } from '../../components/StorageInfo';
import { t } from '../../utils/i18n';
import { askBackground } from '../../utils/messaging';
import { saveBlob } from '../../utils/export/download';
import type { ChunkSource } from '../../utils/export/run-export';
import { exportInPage } from '../../utils/export/run-export';
import { exportFiles } from '../../utils/export/stream';
import { stageFileInPage } from '../../utils/import/transfer';
import type { OpenDb } from '../../utils/page-db';
import { openKnowledgeBase } from '../../utils/page-db';
import type { ImportReport } from '../../utils/protocol';
import { DeleteEverything } from './DeleteEverything';
import { entitiesAndNotes } from './plural';

export interface DataSectionProps {
  /** Opens the knowledge base in this page (tests pass their own). */
  openDb?: OpenDb;
}

/** The whole pack as one text from the background: where the database cannot be opened here. */
const packFromBackground: ChunkSource = async (onChunk) => {
  const files = exportFiles('pack');
  const text = await askBackground('pack.export', {});
  for (const file of files) onChunk({ file, text, done: 1, total: 1 });
  return files;
};

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; heading: string; problems: string[] };

export function DataSection({ openDb = openKnowledgeBase }: DataSectionProps = {}) {
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
        // The file goes to the background through the database (import/transfer.ts), so a large
        // one is never read into this page; its text goes in a message where that cannot be.
        const staged = await stageFileInPage(file, openDb);
        const report: ImportReport =
          staged !== null
            ? await askBackground('pack.importStaged', { id: staged })
            : await askBackground('pack.import', { text: await file.text() });
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
        // Read here, page by page, as the Export panel does.
        const [file] = await exportInPage(
          openDb,
          { format: 'pack' },
          () => packFromBackground,
          { zip: false, stamp: todayIsoDate() },
          () => undefined,
        );
        if (!file) throw new Error('The export made no file.');
        saveBlob(file.blob, file.name);
        return t('data_exported', file.name);
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
