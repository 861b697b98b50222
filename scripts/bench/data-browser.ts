// Data benchmarks in the real extension (`npx tsx scripts/bench/data-browser.ts`, after
// `npx wxt build`): headless Chromium with .output/chrome-mv3 loaded, the same generated pack of
// 100,000 entities with notes as data.ts imported through the options page as a user would
// (file chooser, preview, "Import"), then the 100,000 notes exported as a pack, a CSV zip and W3C
// Web Annotations through the same page. While each runs, a probe in the options page records
// the longest gap between animation frames and the worst timer lag (is the page responsive?)
// and whether the progress bar was shown. Baselines are measured in the same browser, in a
// separate extension tab: JSON.parse / JSON.stringify of the same records (one giant string),
// a plain IndexedDB bulk put of the stored records in one transaction (the floor of any
// import), and getAll + JSON.stringify of the imported stores (the unstreamed export). Prints
// the figures, ratios (ours ÷ baseline) and the issue's budgets (export < 10 s, import < 20 s);
// nothing is asserted.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../start-chromium.mjs';
import { toStoredEntity } from '../../utils/db-schema';
import { PACK_FORMAT, PACK_VERSION } from '../../utils/pack-format';
import { generateRecords } from './data-records';

const ENTITIES = 100_000;
/** `BENCH_IMPORT_ONLY=1`: measure the import alone (no IndexedDB floor, no exports). */
const IMPORT_ONLY = process.env.BENCH_IMPORT_ONLY === '1';
const IMPORT_BUDGET_S = 20;
const EXPORT_BUDGET_S = 10;
/** A phase that takes longer than this is reported as unfinished. */
const PREVIEW_TIMEOUT_MS = 150_000;
const APPLY_TIMEOUT_MS = 180_000;
const EXPORT_TIMEOUT_MS = 90_000;
/** No export is started once the run is this old, so the whole run stays near six minutes. */
const RUN_DEADLINE_MS = 6 * 60_000;
/** Longest frame gap under which the page still counts as responsive (reported, not asserted). */
const RESPONSIVE_MS = 200;

const runStart = performance.now();
const sinceStart = () => performance.now() - runStart;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const log = (text: string) => console.log(`[${seconds(sinceStart()).padStart(8)}] ${text}`);

// ── The responsiveness probe in the options page ─────────────────────────────────────────────

interface ProgressSeen {
  /** Frames in which the bar was in the document. */
  frames: number;
  /** How many different values it showed. */
  values: number;
  last: number;
  max: number;
}

interface ProbeState {
  /** Longest gap between two animation frames, ms. */
  frameGap: number;
  /** Frames more than 100 ms after the previous one. */
  longFrames: number;
  frames: number;
  /** Worst lateness of a 50 ms interval timer, ms. */
  lag: number;
  ticks: number;
  visibility: string;
  progress: Record<string, ProgressSeen>;
}

interface ProbeHost {
  __benchProbe: { read(): ProbeState; reset(): void };
}

// A plain string, so the page runs exactly this (tsx would add `__name` calls to a function).
const PROBE_SCRIPT = `(() => {
  if (globalThis.__benchProbe) return;
  const state = { frameGap: 0, longFrames: 0, frames: 0, lag: 0, ticks: 0, visibility: '', progress: {} };
  let last = performance.now();
  let expected = performance.now() + 50;
  function frame(now) {
    const gap = now - last;
    if (gap > state.frameGap) state.frameGap = gap;
    if (gap > 100) state.longFrames += 1;
    last = now;
    state.frames += 1;
    for (const bar of document.querySelectorAll('progress[aria-label]')) {
      const label = bar.getAttribute('aria-label');
      const seen = state.progress[label] || (state.progress[label] = { frames: 0, values: 0, last: -1, max: 0 });
      seen.frames += 1;
      if (bar.value !== seen.last) { seen.values += 1; seen.last = bar.value; }
      seen.max = bar.max;
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  setInterval(() => {
    const now = performance.now();
    if (now - expected > state.lag) state.lag = now - expected;
    expected = now + 50;
    state.ticks += 1;
  }, 50);
  globalThis.__benchProbe = {
    read() {
      state.visibility = document.visibilityState;
      return JSON.parse(JSON.stringify(state));
    },
    reset() {
      Object.assign(state, { frameGap: 0, longFrames: 0, frames: 0, lag: 0, ticks: 0, progress: {} });
      last = performance.now();
      expected = performance.now() + 50;
    },
  };
})()`;

const resetProbe = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as ProbeHost).__benchProbe.reset());
const readProbe = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as ProbeHost).__benchProbe.read());

// ── Results ──────────────────────────────────────────────────────────────────────────────────

interface Row {
  measure: string;
  ours: number | null;
  baseline?: { label: string; ms: number };
  budgetS?: number;
  note?: string;
}
const rows: Row[] = [];
const notes: string[] = [];

function describeProbe(probe: ProbeState, bar: string): string {
  const seen = probe.progress[bar];
  const shown = seen
    ? `"${bar}" shown in ${seen.frames} frames, ${seen.values} values`
    : `"${bar}" never seen in a frame`;
  const verdict = probe.frameGap < RESPONSIVE_MS ? 'responsive' : 'NOT responsive';
  return (
    `longest frame gap ${probe.frameGap.toFixed(0)} ms (${verdict} by the < ${RESPONSIVE_MS} ms bar), ` +
    `${probe.longFrames} frames > 100 ms of ${probe.frames}, worst 50 ms timer lag ${probe.lag.toFixed(0)} ms; ` +
    `${shown}; page ${probe.visibility}`
  );
}

function printTable(): void {
  const header = ['Measure', 'Ours', 'Baseline (same browser)', 'Ours ÷ baseline', 'Budget'];
  const body = rows.map((row) => [
    row.measure,
    row.ours === null ? `unfinished${row.note ? ` (${row.note})` : ''}` : seconds(row.ours),
    row.baseline ? `${seconds(row.baseline.ms)} ${row.baseline.label}` : '',
    row.ours !== null && row.baseline && row.baseline.ms > 0
      ? `${(row.ours / row.baseline.ms).toFixed(1)}×`
      : '',
    row.budgetS === undefined
      ? ''
      : `< ${row.budgetS} s${row.ours === null ? '' : ` (${((row.ours / 1000 / row.budgetS) * 100).toFixed(0)} % of it)`}`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log('');
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const cells of body) console.log(line(cells));
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
}

// ── The files ────────────────────────────────────────────────────────────────────────────────

interface Files {
  dir: string;
  /** The pack, as data.ts builds it. */
  pack: string;
  /** The same records in their stored form (entities with their index keys), for the floor. */
  stored: string;
  packBytes: number;
  counts: { entities: number; notes: number; mentions: number };
}

async function writeFiles(): Promise<Files> {
  const dir = await mkdtemp(path.join(tmpdir(), 'backstory-bench-'));
  const records = generateRecords(ENTITIES, 1, 11);
  const packText = JSON.stringify({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exported: new Date().toISOString(),
    ...records,
  });
  const pack = path.join(dir, 'bench-pack.json');
  await writeFile(pack, packText);
  const stored = path.join(dir, 'bench-stored.json');
  await writeFile(
    stored,
    JSON.stringify({
      entities: records.entities.map(toStoredEntity),
      notes: records.notes,
      mentions: records.mentions,
    }),
  );
  return {
    dir,
    pack,
    stored,
    packBytes: (await stat(pack)).size,
    counts: {
      entities: records.entities.length,
      notes: records.notes.length,
      mentions: records.mentions.length,
    },
  };
}

// ── Baselines, in a separate extension tab ───────────────────────────────────────────────────

async function baselineTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    document.body.append(input);
  });
  return page;
}

/** Reads the chosen file, parses it and writes it back as one string. */
async function jsonBaseline(page: Page, file: string) {
  await page.setInputFiles('#bench-file', file);
  return page.evaluate(async () => {
    const chosen = document.querySelector<HTMLInputElement>('#bench-file')?.files?.[0];
    if (!chosen) throw new Error('No file was chosen');
    const t0 = performance.now();
    const text = await chosen.text();
    const t1 = performance.now();
    const parsed: unknown = JSON.parse(text);
    const t2 = performance.now();
    const chars = JSON.stringify(parsed).length;
    const t3 = performance.now();
    return { readMs: t1 - t0, parseMs: t2 - t1, stringifyMs: t3 - t2, chars };
  });
}

/** Puts the stored records into a throwaway database with the same stores and indexes. */
async function putBaseline(page: Page, file: string) {
  await page.setInputFiles('#bench-file', file);
  return page.evaluate(async () => {
    const chosen = document.querySelector<HTMLInputElement>('#bench-file')?.files?.[0];
    if (!chosen) throw new Error('No file was chosen');
    const records = JSON.parse(await chosen.text()) as Record<'entities' | 'notes' | 'mentions', unknown[]>;
    const name = `bench-floor-${Date.now()}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const created = request.result;
        const entities = created.createObjectStore('entities', { keyPath: 'id' });
        entities.createIndex('byAliasKey', 'keys', { multiEntry: true });
        entities.createIndex('byModified', 'modified');
        created.createObjectStore('notes', { keyPath: 'id' }).createIndex('byEntity', 'entityId');
        const mentions = created.createObjectStore('mentions', { keyPath: 'id' });
        mentions.createIndex('byEntity', 'entityId');
        mentions.createIndex('byUrl', 'url');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const start = performance.now();
    const tx = db.transaction(['entities', 'notes', 'mentions'], 'readwrite');
    for (const store of ['entities', 'notes', 'mentions'] as const) {
      const target = tx.objectStore(store);
      for (const record of records[store]) target.put(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
    const ms = performance.now() - start;
    db.close();
    await new Promise((resolve) => {
      const removal = indexedDB.deleteDatabase(name);
      removal.onsuccess = resolve;
      removal.onerror = resolve;
    });
    return { ms, records: records.entities.length + records.notes.length + records.mentions.length };
  });
}

/** getAll of the extension's own stores and one indented JSON.stringify, as data.ts's baseline. */
async function getAllBaseline(page: Page) {
  return page.evaluate(async () => {
    const known = await indexedDB.databases();
    // Opening a database that does not exist would create an empty one under the extension.
    if (!known.some((info) => info.name === 'backstory')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backstory');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const start = performance.now();
    const tx = db.transaction(['entities', 'notes', 'mentions'], 'readonly');
    const [entities = [], notes = [], mentions = []] = await Promise.all(
      (['entities', 'notes', 'mentions'] as const).map(
        (store) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error ?? new Error('getAll failed'));
          }),
      ),
    );
    const read = performance.now();
    const chars = JSON.stringify({ entities, notes, mentions }, null, 2).length;
    const end = performance.now();
    db.close();
    return {
      getAllMs: read - start,
      stringifyMs: end - read,
      chars,
      counts: { entities: entities.length, notes: notes.length, mentions: mentions.length },
    };
  });
}

// ── Import and export through the options page ───────────────────────────────────────────────

/** What the import panel says now (for a phase that did not finish). */
async function panelState(panel: Locator): Promise<string> {
  const status = (
    await panel
      .getByRole('status')
      .innerText()
      .catch(() => '')
  ).trim();
  const alert = (
    await panel
      .getByRole('alert')
      .allInnerTexts()
      .catch(() => [])
  )
    .join(' ')
    .trim();
  const bar = await panel
    .locator('progress')
    .first()
    // Not there once a phase is over: do not wait for it.
    .evaluate(
      (element) => {
        const progress = element as HTMLProgressElement;
        return `${progress.value} of ${progress.max}`;
      },
      undefined,
      { timeout: 1000 },
    )
    .catch(() => '');
  return [status, alert, bar && `progress ${bar}`].filter(Boolean).join('; ') || 'nothing shown';
}

async function importPack(options: Page, files: Files, floor: { ms: number } | null, parse: number) {
  const panel = options.getByRole('group', { name: 'Import', exact: true });
  await resetProbe(options);
  log('Import: choosing the file…');
  const chosen = performance.now();
  await options.getByLabel('Pack or annotation file').setInputFiles(files.pack);
  const preview = options.getByRole('region', { name: 'Import preview' });
  const previewOrAlert = preview.or(panel.getByRole('alert'));
  try {
    await previewOrAlert.first().waitFor({ timeout: PREVIEW_TIMEOUT_MS });
  } catch {
    const state = await panelState(panel);
    rows.push({
      measure: 'Import: file chosen → preview',
      ours: null,
      note: `after ${PREVIEW_TIMEOUT_MS / 1000} s: ${state}`,
    });
    notes.push(`Import stopped before its preview: ${state}.`);
    return false;
  }
  const previewed = performance.now();
  const readingProbe = await readProbe(options);
  if (!(await preview.isVisible())) {
    const state = await panelState(panel);
    rows.push({ measure: 'Import: file chosen → preview', ours: null, note: state });
    notes.push(`The import was refused: ${state}.`);
    return false;
  }
  const summary = (await preview.locator('p').first().innerText()).trim();
  log(`Import: preview after ${seconds(previewed - chosen)} (${summary})`);
  rows.push({
    measure: 'Import: file chosen → preview',
    ours: previewed - chosen,
    baseline: { label: 'JSON.parse of the file', ms: parse },
  });
  notes.push(
    `While reading and previewing, the options page had ${describeProbe(readingProbe, 'Import progress')}.`,
  );

  await resetProbe(options);
  log('Import: clicking "Import"…');
  const clicked = performance.now();
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  const done = panel
    .getByRole('status')
    .getByText(/^Imported /)
    .or(panel.getByRole('alert'));
  try {
    await done.first().waitFor({ timeout: APPLY_TIMEOUT_MS });
  } catch {
    const state = await panelState(panel);
    rows.push({
      measure: 'Import: "Import" clicked → done',
      ours: null,
      note: `after ${APPLY_TIMEOUT_MS / 1000} s: ${state}`,
    });
    notes.push(`The import did not finish within ${APPLY_TIMEOUT_MS / 1000} s: ${state}.`);
    return false;
  }
  const finished = performance.now();
  const writingProbe = await readProbe(options);
  const outcome = (await panelState(panel)).replace(/\s+/g, ' ');
  if (!/^Imported /.test(outcome)) {
    rows.push({ measure: 'Import: "Import" clicked → done', ours: null, note: outcome });
    notes.push(`The import failed: ${outcome}.`);
    return false;
  }
  log(`Import: done after ${seconds(finished - clicked)} more (${outcome})`);
  rows.push({
    measure: 'Import: "Import" clicked → done',
    ours: finished - clicked,
    ...(floor ? { baseline: { label: 'IndexedDB bulk put, one transaction', ms: floor.ms } } : {}),
  });
  rows.push({
    measure: `Import total (${megabytes(files.packBytes)} pack)`,
    ours: finished - chosen,
    ...(floor ? { baseline: { label: 'JSON.parse + bulk put', ms: floor.ms + parse } } : {}),
    budgetS: IMPORT_BUDGET_S,
  });
  notes.push(`While writing, the options page had ${describeProbe(writingProbe, 'Import progress')}.`);

  // Search words are added after the write, in the background (handlers.ts, indexWords); the
  // exports are measured once that is over, so they do not share the machine with it.
  const indexing = await waitForSearchIndex(options);
  log(`Import: every record searchable ${seconds(indexing)} after the import was done`);
  rows.push({ measure: 'Import: done → every record searchable (in the background)', ours: indexing });
  return true;
}

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** Waits until the background has given every imported record its search words. */
async function waitForSearchIndex(options: Page): Promise<number> {
  const start = performance.now();
  for (;;) {
    const pending = await options.evaluate(async () => {
      // The extension page's own storage API (a plain string key, as WXT's `local:` item keeps it).
      const api = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome;
      const stored = await api.storage.local.get('searchIndexPending');
      return stored.searchIndexPending === true;
    });
    if (!pending) return performance.now() - start;
    if (performance.now() - start > APPLY_TIMEOUT_MS) throw new Error('Search words were never finished.');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const FORMATS = [
  { value: 'pack', label: 'pack (JSON)' },
  { value: 'csv-zip', label: 'CSV zip' },
  { value: 'w3c', label: 'W3C (JSON-LD)' },
] as const;

async function exportAll(options: Page, baseline: { label: string; ms: number } | null): Promise<void> {
  const panel = options.getByRole('group', { name: 'Export', exact: true });
  for (const format of FORMATS) {
    const measure = `Export ${ENTITIES.toLocaleString('en')} notes: ${format.label}`;
    if (sinceStart() > RUN_DEADLINE_MS) {
      rows.push({ measure, ours: null, note: 'skipped: the run is out of time' });
      continue;
    }
    await options.getByLabel('Format', { exact: true }).selectOption(format.value);
    await resetProbe(options);
    log(`Export ${format.label}…`);
    const download = options.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
    const clicked = performance.now();
    await panel.getByRole('button', { name: 'Export', exact: true }).click();
    let offered: number;
    let size: number;
    let name: string;
    try {
      const file = await download;
      offered = performance.now();
      const saved = await file.path();
      size = (await stat(saved)).size;
      name = file.suggestedFilename();
      await file.delete();
    } catch (error) {
      const state = await panelState(panel);
      rows.push({ measure, ours: null, note: state });
      notes.push(`The ${format.label} export did not finish: ${state} (${String(error)}).`);
      continue;
    }
    const probe = await readProbe(options);
    await panel
      .getByRole('status')
      .getByText(/^Exported /)
      .waitFor({ timeout: EXPORT_TIMEOUT_MS });
    log(`Export ${format.label}: ${seconds(offered - clicked)}, ${name} ${megabytes(size)}`);
    rows.push({
      measure: `${measure} (${megabytes(size)})`,
      ours: offered - clicked,
      ...(baseline ? { baseline } : {}),
      budgetS: EXPORT_BUDGET_S,
    });
    notes.push(
      `Export ${format.label}: ${name}, ${size.toLocaleString('en')} bytes; ${describeProbe(probe, 'Export progress')}.`,
    );
  }
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  log(`Generating ${ENTITIES.toLocaleString('en')} entities with notes (data-records.ts, seed 11)…`);
  const files = await writeFiles();
  log(
    `Pack written: ${megabytes(files.packBytes)}, ${files.counts.entities.toLocaleString('en')} entities, ` +
      `${files.counts.notes.toLocaleString('en')} notes, ${files.counts.mentions.toLocaleString('en')} mentions`,
  );
  const browser = await launchChromiumWithExtension({ headless: true, timeoutMs: 30_000 });
  try {
    const { context, extensionId } = browser;
    const version = context.browser()?.version() ?? 'persistent context';
    const optionsUrl = `chrome-extension://${extensionId}/options.html`;
    log(`Chromium ${version}, extension ${extensionId}`);

    // Baselines before the import, in a tab that is closed before anything is measured.
    const scratch = await baselineTab(context, optionsUrl);
    const json = await jsonBaseline(scratch, files.pack);
    log(
      `Baseline: file.text ${seconds(json.readMs)}, JSON.parse ${seconds(json.parseMs)}, JSON.stringify ${seconds(json.stringifyMs)} (${megabytes(json.chars)} chars)`,
    );
    let floor: { ms: number; records: number } | null = null;
    try {
      if (!IMPORT_ONLY) floor = await putBaseline(scratch, files.stored);
      if (floor)
        log(
          `Baseline: IndexedDB bulk put of ${floor.records.toLocaleString('en')} records ${seconds(floor.ms)}`,
        );
    } catch (error) {
      notes.push(`The IndexedDB floor could not be measured: ${String(error)}`);
    }
    await scratch.close();

    const options = await context.newPage();
    await options.goto(optionsUrl, { waitUntil: 'load' });
    await options.bringToFront();
    await options.evaluate(PROBE_SCRIPT);
    const imported = await importPack(options, files, floor, json.parseMs);
    await rm(files.dir, { recursive: true, force: true });

    if (imported && IMPORT_ONLY) {
      notes.push('Import only (BENCH_IMPORT_ONLY=1): no IndexedDB floor and no exports were measured.');
    } else if (imported) {
      const second = await baselineTab(context, optionsUrl);
      const unstreamed = await getAllBaseline(second);
      await second.close();
      await options.bringToFront();
      let exportBaseline: { label: string; ms: number } | null = null;
      if (unstreamed) {
        const { counts } = unstreamed;
        log(
          `Baseline: getAll ${seconds(unstreamed.getAllMs)} + JSON.stringify(…, null, 2) ${seconds(unstreamed.stringifyMs)} ` +
            `(${megabytes(unstreamed.chars)} chars; stored ${counts.entities} entities, ${counts.notes} notes, ${counts.mentions} mentions)`,
        );
        exportBaseline = {
          label: 'getAll + one JSON.stringify',
          ms: unstreamed.getAllMs + unstreamed.stringifyMs,
        };
        notes.push(
          `The database after the import held ${counts.entities.toLocaleString('en')} entities, ${counts.notes.toLocaleString('en')} notes and ${counts.mentions.toLocaleString('en')} mentions; every export is of all of it.`,
        );
      }
      await exportAll(options, exportBaseline);
    } else {
      notes.push('Nothing was exported: the import did not finish, so there were no 100,000 notes.');
    }

    notes.push(
      `Baselines: file.text() of the pack ${seconds(json.readMs)}, JSON.parse ${seconds(json.parseMs)}, ` +
        `JSON.stringify ${seconds(json.stringifyMs)} → one ${megabytes(json.chars)}-char string` +
        (floor
          ? `; IndexedDB put of ${floor.records.toLocaleString('en')} stored records ${seconds(floor.ms)}`
          : '') +
        '.',
    );
    notes.push(`Whole run ${seconds(sinceStart())} (Chromium ${version}).`);
  } finally {
    await browser.close();
    await rm(files.dir, { recursive: true, force: true });
  }
  printTable();
}

await main();
