// "Knowledge base data": import a pack in one step, export everything, the demo pack, storage
// use, and deleting everything. The fuller import, export and shared-pack panels follow it.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { splitLines } from '../../components/ErrorMessage';
import { todayIsoDate } from '../../components/dates';
import { StorageInfo } from '../../components/StorageInfo';
import { t } from '../../utils/i18n';
import { askBackground } from '../../utils/messaging';
import type { BackstoryDb } from '../../utils/db-schema';
import { openBackstoryDb } from '../../utils/db-schema';
import { saveBlob } from '../../utils/export/download';
import { exportToFiles, fromDatabase } from '../../utils/export/run-export';
import { stageFile } from '../../utils/import/transfer';
import type { ImportReport } from '../../utils/protocol';
import { DeleteEverything } from './DeleteEverything';
import { downloadText } from './download';
import { entitiesAndNotes } from './plural';

export interface DataSectionProps {
  /** Opens the knowledge base in this page (tests pass their own). */
  openDb?: () => Promise<BackstoryDb>;
}

/** The knowledge base opened in this page, or null (with a warning) where it cannot be. */
async function openHere(openDb: () => Promise<BackstoryDb>, instead: string): Promise<BackstoryDb | null> {
  try {
    return await openDb();
  } catch (error) {
    console.warn(`Backstory: ${instead}:`, error);
    return null;
  }
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; heading: string; problems: string[] };

export function DataSection({ openDb = () => openBackstoryDb() }: DataSectionProps = {}) {
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
        const db = await openHere(openDb, 'sending the pack in a message instead');
        let staged: string | null = null;
        if (db) {
          staged = await stageFile(db, file).catch(() => null);
          db.close();
        }
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
        const filename = `backstory-pack-${todayIsoDate()}.json`;
        // Read here, page by page, as the Export panel does; from the background where the
        // database cannot be opened in this page.
        const db = await openHere(openDb, 'exporting through the background instead');
        if (!db) {
          downloadText(await askBackground('pack.export', {}), filename);
          return t('data_exported', filename);
        }
        try {
          const [file] = await exportToFiles(
            fromDatabase(db, { format: 'pack' }),
            { zip: false, stamp: todayIsoDate() },
            () => undefined,
          );
          if (!file) throw new Error('The export made no file.');
          saveBlob(file.blob, filename);
        } finally {
          db.close();
        }
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
