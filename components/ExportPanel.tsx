// "Export": the knowledge base (or a filtered part, or one page's annotations) as a pack,
// CSV files (zipped or separate) or W3C Web Annotations, read page by page with progress and
// saved as files. Read here from the knowledge base; over the background's export port where
// the database cannot be opened here.
import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../utils/messaging';
import type { EntitySummary } from '../utils/model';
import type { ConnectPort } from '../utils/export/connect';
import { connectToBackground } from '../utils/export/connect';
import { saveBlob } from '../utils/export/download';
import type { ExportedFile } from '../utils/export/run-export';
import { exportInPage, fromPort } from '../utils/export/run-export';
import type { OpenDb } from '../utils/page-db';
import { openKnowledgeBase } from '../utils/page-db';
import { EXPORT_PORT } from '../utils/export/port';
import type { ExportFilter } from '../utils/export/filters';
import type { ExportRequest } from '../utils/export/stream';
import { readPackSettings } from '../utils/export/pack-settings';
import { errorText } from './error-text';

type Format = 'pack' | 'csv-zip' | 'csv-files' | 'w3c';

export interface ExportPanelProps {
  /** In the popup: the current page, so its own annotations can be exported alone. */
  pageUrl?: string;
  /** Opens a port to the background (tests pass their own). */
  connect?: ConnectPort;
  /** Opens the knowledge base to read the export from (tests pass their own). */
  openDb?: OpenDb;
  /** Saves a file (tests pass their own). */
  save?: (file: ExportedFile) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; done: number; total: number }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string };

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export function ExportPanel({
  pageUrl,
  connect = connectToBackground,
  openDb = openKnowledgeBase,
  save,
}: ExportPanelProps) {
  const [format, setFormat] = useState<Format>('pack');
  const [entities, setEntities] = useState<EntitySummary[]>([]);
  const [entityId, setEntityId] = useState('');
  const [tags, setTags] = useState('');
  const [sites, setSites] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [pageOnly, setPageOnly] = useState(pageUrl !== undefined);
  const [bom, setBom] = useState(true);
  const [withSettings, setWithSettings] = useState(false);
  const [rights, setRights] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    askBackground('entity.list', { query: '', limit: 5000 })
      .then(setEntities)
      .catch(() => setEntities([]));
  }, []);

  const run = async () => {
    setStatus({ kind: 'busy', done: 0, total: 0 });
    try {
      const filter: ExportFilter = {
        entityIds: entityId ? [entityId] : [],
        tags: list(tags),
        sites: list(sites),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(pageOnly && pageUrl ? { pageUrl } : {}),
      };
      const request: ExportRequest = {
        format: format === 'csv-zip' || format === 'csv-files' ? 'csv' : format,
        filter,
        bom,
        ...(format === 'w3c' && rights.trim() ? { rights: rights.trim() } : {}),
        ...(format === 'pack' && withSettings ? { settings: await readPackSettings() } : {}),
      };
      const files = await exportInPage(
        openDb,
        request,
        () => fromPort(connect(EXPORT_PORT), request),
        { zip: format === 'csv-zip', stamp: new Date().toISOString().slice(0, 10) },
        ({ done, total }) => setStatus({ kind: 'busy', done, total }),
      );
      for (const file of files) (save ?? ((item: ExportedFile) => saveBlob(item.blob, item.name)))(file);
      setStatus({ kind: 'done', text: `Exported ${files.map((file) => file.name).join(', ')}.` });
    } catch (error) {
      setStatus({ kind: 'failed', text: `The export failed: ${errorText(error)}` });
    }
  };

  const busy = status.kind === 'busy';
  return (
    <fieldset class="export-panel">
      <legend>Export</legend>
      <div class="field">
        <label for="export-format">Format</label>
        <select
          id="export-format"
          value={format}
          onChange={(event) => setFormat(event.currentTarget.value as Format)}
        >
          <option value="pack">Backstory pack (JSON, everything)</option>
          <option value="csv-zip">CSV files in one zip</option>
          <option value="csv-files">CSV files, separately</option>
          <option value="w3c">W3C Web Annotations (JSON-LD)</option>
        </select>
      </div>
      {pageUrl !== undefined && (
        <label class="check">
          <input
            type="checkbox"
            checked={pageOnly}
            onChange={(event) => setPageOnly(event.currentTarget.checked)}
          />
          Only this page’s annotations
        </label>
      )}
      <div class="field">
        <label for="export-entity">Entity</label>
        <select
          id="export-entity"
          value={entityId}
          onChange={(event) => setEntityId(event.currentTarget.value)}
        >
          <option value="">All entities</option>
          {entities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="export-tags">Tags (comma-separated)</label>
        <input id="export-tags" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="export-sites">Sites (comma-separated)</label>
        <input id="export-sites" value={sites} onInput={(event) => setSites(event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="export-from">From</label>
        <input
          id="export-from"
          type="date"
          value={from}
          onInput={(event) => setFrom(event.currentTarget.value)}
        />
        <label for="export-to">To</label>
        <input id="export-to" type="date" value={to} onInput={(event) => setTo(event.currentTarget.value)} />
      </div>
      {format.startsWith('csv') && (
        <label class="check">
          <input type="checkbox" checked={bom} onChange={(event) => setBom(event.currentTarget.checked)} />
          Byte-order mark, for spreadsheets
        </label>
      )}
      {format === 'pack' && (
        <label class="check">
          <input
            type="checkbox"
            checked={withSettings}
            onChange={(event) => setWithSettings(event.currentTarget.checked)}
          />
          Include settings
        </label>
      )}
      {format === 'w3c' && (
        <div class="field">
          <label for="export-rights">Licence of the notes (URL, optional)</label>
          <input
            id="export-rights"
            type="url"
            value={rights}
            onInput={(event) => setRights(event.currentTarget.value)}
          />
        </div>
      )}
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void run()}>
          Export
        </button>
      </div>
      {busy && <progress aria-label="Export progress" max={status.total || 1} value={status.done} />}
      <div role="status" class="status">
        {status.kind === 'busy' && (
          <p>{status.total ? `Exporting… ${status.done} of ${status.total} records read.` : 'Exporting…'}</p>
        )}
        {status.kind === 'done' && <p>{status.text}</p>}
      </div>
      {status.kind === 'failed' && (
        <div role="alert" class="status status-error">
          <p>{status.text}</p>
        </div>
      )}
    </fieldset>
  );
}
