// `backstory scan`: reads a pack and saved pages, finds the pack's entities (and, if asked,
// suggested names) in each page's text as the extension does, and writes JSON Lines or one
// W3C AnnotationCollection. The pieces live in scan-*.ts; this module runs them in order and
// decides the exit code, with its output and error streams passed in so tests need no spawn.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Dictionary } from '../../utils/match/index.ts';
import type { Entity } from '../../utils/model.ts';
import { EXIT_OK, EXIT_UNREADABLE_PAGE, EXIT_USAGE, SCAN_USAGE, parseScanArgs } from './scan-args.ts';
import { loadPack } from './scan-pack.ts';
import { readErrorMessage, readPageText } from './scan-page.ts';
import { MAX_SUGGEST_TEXT, loadSuggester, scanText, toJsonLines, type ScanContext } from './scan-records.ts';
import { annotationCollection, type ScannedFile } from './scan-w3c.ts';

export * from './scan-args.ts';
export * from './scan-pack.ts';
export * from './scan-page.ts';
export * from './scan-records.ts';
export * from './scan-w3c.ts';

export interface ScanIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Relative file names are resolved against this folder (default: the process's). */
  cwd?: string;
}

const PROGRAM = 'backstory scan';

/** Backstory's name and version, from the package.json beside scripts/. */
export function generatorInfo(): { name: string; version: string } {
  let version = '0.0.0';
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'version' in parsed &&
      typeof parsed.version === 'string'
    )
      version = parsed.version;
  } catch {
    // Without a package.json the output is still valid; only the version is unknown.
  }
  return { name: 'Backstory', version };
}

/** Runs `backstory scan` with the arguments after `scan`; resolves to the exit code. */
export async function runScan(args: readonly string[], io: ScanIo): Promise<number> {
  const parsed = parseScanArgs(args);
  if (parsed.kind === 'help') {
    io.stdout(SCAN_USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    io.stderr(`${PROGRAM}: ${parsed.message}\nRun "backstory scan --help" for the options.\n`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  const cwd = io.cwd ?? process.cwd();

  const loaded = await loadPack(resolve(cwd, options.pack));
  if (!loaded.ok) {
    const name = JSON.stringify(options.pack);
    io.stderr(
      loaded.reason === 'unreadable'
        ? `${PROGRAM}: cannot read the pack ${name}: ${loaded.error}\n`
        : `${PROGRAM}: the pack ${name} is not valid:\n${loaded.errors.map((line) => `  ${line}\n`).join('')}`,
    );
    return EXIT_USAGE;
  }
  const { entities, notSuggested } = loaded.pack;
  const byId = new Map<string, Entity>(entities.map((entity) => [entity.id, entity]));
  const context: ScanContext = { dictionary: Dictionary.fromEntities(entities), entities: byId };
  if (options.suggest) context.suggester = await loadSuggester(notSuggested);

  let exitCode = EXIT_OK;
  const scanned: ScannedFile[] = [];
  for (const file of options.files) {
    const path = resolve(cwd, file);
    let text: string;
    try {
      text = await readPageText(path, { wholePage: options.wholePage });
    } catch (error) {
      io.stderr(`${PROGRAM}: cannot read ${JSON.stringify(file)}: ${readErrorMessage(error)}\n`);
      exitCode = EXIT_UNREADABLE_PAGE;
      continue;
    }
    if (options.suggest && text.length > MAX_SUGGEST_TEXT)
      io.stderr(`${PROGRAM}: ${file}: text longer than ${MAX_SUGGEST_TEXT} characters, no suggestions\n`);
    const records = scanText(file, text, context);
    if (options.format === 'jsonl') io.stdout(toJsonLines(records));
    else scanned.push({ url: pathToFileURL(path).href, records });
  }
  if (options.format === 'w3c') {
    const collection = annotationCollection(scanned, byId, { generator: generatorInfo() });
    io.stdout(`${JSON.stringify(collection, null, 2)}\n`);
  }
  return exitCode;
}
