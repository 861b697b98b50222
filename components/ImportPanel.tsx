// "Import": a pack (any version), a hand-written pack or a W3C collection we wrote. The file
// is checked whole and previewed (new, changed, unchanged, conflicting) before anything is
// written; the user answers each conflict or all at once; the write is one transaction.
import { useState } from 'preact/hooks';
import type { ConnectPort } from '../utils/export/connect';
import { connectToBackground } from '../utils/export/connect';
import { applyPackSettings } from '../utils/export/pack-settings';
import type { ConflictChoice, Resolution } from '../utils/import/diff';
import type { ImportPreview as Preview } from '../utils/import/preview';
import { IMPORT_PORT, ImportFailure, ImportSession } from '../utils/import/port';
import { openKnowledgeBase } from '../utils/page-db';
import { stageFileInPage } from '../utils/import/transfer';
import type { ImportReport } from '../utils/protocol';
import { errorText } from './error-text';
import { ImportPreview } from './ImportPreview';

export interface ImportPanelProps {
  /** Opens a port to the background (tests pass their own). */
  connect?: ConnectPort;
  /** Called after an import has been written. */
  onImported?: (report: ImportReport) => void;
  /**
   * Hands the file to the background through the database: its id, or null where that cannot
   * be done (tests pass their own).
   */
  stageFile?: (file: File) => Promise<string | null>;
}

const stageInKnowledgeBase = (file: File) => stageFileInPage(file, openKnowledgeBase);

type Stage =
  | { kind: 'idle' }
  /** `sent` while the text goes in messages; absent while the background reads the file itself. */
  | { kind: 'reading'; name: string; sent?: number; total: number }
  | { kind: 'preview'; name: string; preview: Preview }
  | { kind: 'writing'; name: string; done: number; total: number }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string; problems: string[] };

export function ImportPanel({
  connect = connectToBackground,
  onImported,
  stageFile: stageForBackground = stageInKnowledgeBase,
}: ImportPanelProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [session, setSession] = useState<ImportSession | null>(null);
  const [all, setAll] = useState<ConflictChoice>('mine');
  const [byKey, setByKey] = useState<Record<string, ConflictChoice>>({});
  const [withSettings, setWithSettings] = useState(false);

  const fail = (error: unknown) => {
    session?.close();
    setSession(null);
    if (error instanceof ImportFailure)
      setStage({ kind: 'failed', text: error.message, problems: error.problems });
    else setStage({ kind: 'failed', text: `Nothing was imported: ${errorText(error)}`, problems: [] });
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    session?.close();
    setByKey({});
    setAll('mine');
    setStage({ kind: 'reading', name: file.name, total: file.size });
    const next = new ImportSession(connect(IMPORT_PORT));
    setSession(next);
    try {
      // The file goes through the database, so this page never reads it into one string; if
      // that cannot be done (no database here), its text goes in messages instead.
      const staged = await stageForBackground(file);
      const preview =
        staged !== null
          ? await next.previewStaged(staged)
          : await next.preview(await file.text(), (sent, total) =>
              setStage({ kind: 'reading', name: file.name, sent, total }),
            );
      setStage({ kind: 'preview', name: file.name, preview });
    } catch (error) {
      next.close();
      setSession(null);
      if (error instanceof ImportFailure)
        setStage({ kind: 'failed', text: `${file.name}: ${error.message}`, problems: error.problems });
      else
        setStage({
          kind: 'failed',
          text: `${file.name} was not imported: ${errorText(error)}`,
          problems: [],
        });
    }
  };

  const apply = async (name: string, preview: Preview) => {
    if (!session) return;
    // Asked on the user's click: the browser may then keep the data under storage pressure.
    void navigator.storage?.persist?.().catch(() => false);
    setStage({ kind: 'writing', name, done: 0, total: 0 });
    const resolution: Resolution = { all, byKey };
    try {
      const report = await session.apply(resolution, (done, total) =>
        setStage({ kind: 'writing', name, done, total }),
      );
      session.close();
      setSession(null);
      if (withSettings && preview.settings) await applyPackSettings(preview.settings);
      setStage({
        kind: 'done',
        text: `Imported ${name}: ${report.entities} entities and ${report.notes} notes written.`,
      });
      onImported?.(report);
    } catch (error) {
      fail(error);
    }
  };

  const cancel = () => {
    session?.close();
    setSession(null);
    setStage({ kind: 'idle' });
  };

  const busy = stage.kind === 'reading' || stage.kind === 'writing';
  return (
    <fieldset class="import-panel">
      <legend>Import</legend>
      <div class="field">
        <label for="import-file">Pack or annotation file</label>
        <input
          id="import-file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          onChange={(event) => void choose(event.currentTarget)}
        />
      </div>
      {stage.kind === 'preview' && (
        <ImportPreview
          name={stage.name}
          preview={stage.preview}
          all={all}
          byKey={byKey}
          onAll={setAll}
          onChoice={(key, choice) => setByKey((current) => ({ ...current, [key]: choice }))}
          withSettings={withSettings}
          onSettings={setWithSettings}
          onApply={() => void apply(stage.name, stage.preview)}
          onCancel={cancel}
        />
      )}
      {busy && (
        <progress
          aria-label="Import progress"
          max={stage.total || 1}
          // No value while the background reads the file: the bar shows work without a measure.
          value={stage.kind === 'reading' ? stage.sent : stage.done}
        />
      )}
      <div role="status" class="status">
        {stage.kind === 'reading' && <p>{`Checking ${stage.name}…`}</p>}
        {stage.kind === 'writing' && (
          <p>{stage.total ? `Importing… ${stage.done} of ${stage.total} records.` : 'Importing…'}</p>
        )}
        {stage.kind === 'done' && <p>{stage.text}</p>}
      </div>
      {stage.kind === 'failed' && (
        <div role="alert" class="status status-error">
          <p>{stage.text}</p>
          {stage.problems.length > 0 && (
            <ul>
              {stage.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
