// The command line of `backstory scan`, parsed by hand so that every mistake is said in the
// reader's words (and leads to exit code 2), and the usage text that documents it.

export type ScanFormat = 'jsonl' | 'w3c';

export interface ScanOptions {
  /** Path of the pack whose entities are looked for. */
  pack: string;
  /** Pages to scan, in the order given. */
  files: string[];
  format: ScanFormat;
  /** Also report names the pack does not know (the suggestion engine). */
  suggest: boolean;
  /** Scan the whole body rather than the article region. */
  wholePage: boolean;
}

export type ParsedScanArgs =
  { kind: 'help' } | { kind: 'scan'; options: ScanOptions } | { kind: 'error'; message: string };

/** Exit codes, as documented in the usage text. */
export const EXIT_OK = 0;
export const EXIT_UNREADABLE_PAGE = 1;
export const EXIT_USAGE = 2;

export const SCAN_USAGE = `Usage: backstory scan --pack PACK.json [options] FILE...

Finds the people and organisations of a pack named in saved pages, with the same text
extraction and matching as the Backstory extension. FILE is a saved page (HTML: its article
region is read, as the extension reads it) or a plain-text file (.txt: the text itself).
Writes one JSON object per mention to standard output, in document order per file:
  {"file","kind","type","entityId","name","exact","start","end","prefix","suffix"}
kind is "mention" (an entity of the pack) or "suggestion" (a name it does not know; no
entityId). start and end are UTF-16 offsets into the extracted text, end exclusive.

Options:
  --pack FILE       the pack: a Backstory pack or a minimal hand-written one (required)
  --format FORMAT   jsonl  one JSON object per line (default)
                    w3c    one W3C Web Annotation AnnotationCollection for all files
  --suggest         also report names the pack does not know (kind "suggestion")
  --whole-page      scan the whole page body, not only the article region
  -h, --help        show this help

Exit codes:
  0  every file was scanned (with or without mentions)
  1  a file could not be read (the others were still scanned and written)
  2  a usage error, or the pack is missing or not valid
`;

const FORMATS: readonly ScanFormat[] = ['jsonl', 'w3c'];

function isFormat(value: string): value is ScanFormat {
  return (FORMATS as readonly string[]).includes(value);
}

/** Parses the arguments after `scan`. `--name value` and `--name=value` both work. */
export function parseScanArgs(args: readonly string[]): ParsedScanArgs {
  let pack: string | undefined;
  let format: ScanFormat = 'jsonl';
  let suggest = false;
  let wholePage = false;
  const files: string[] = [];
  const error = (message: string): ParsedScanArgs => ({ kind: 'error', message });

  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      files.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = args[index + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) return undefined;
      index += 1;
      return next;
    };
    const flag = (): boolean => inline === undefined;
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--pack': {
        const path = value();
        if (!path) return error('--pack needs a file name: --pack PACK.json');
        pack = path;
        break;
      }
      case '--format': {
        const chosen = value();
        if (!chosen || !isFormat(chosen))
          return error(
            `--format must be one of ${FORMATS.join(', ')} (got ${chosen ? `"${chosen}"` : 'nothing'})`,
          );
        format = chosen;
        break;
      }
      case '--suggest':
        if (!flag()) return error('--suggest takes no value');
        suggest = true;
        break;
      case '--whole-page':
        if (!flag()) return error('--whole-page takes no value');
        wholePage = true;
        break;
      default:
        return error(`unknown option ${JSON.stringify(name)}`);
    }
  }
  if (pack === undefined) return error('--pack PACK.json is required');
  if (files.length === 0) return error('no files to scan: give one or more saved pages or .txt files');
  return { kind: 'scan', options: { pack, files, format, suggest, wholePage } };
}
