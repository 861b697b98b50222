// CSV exports: parsed back with papaparse they give the records; formulas are defused; the BOM
// option; the zip holds the same four files.
import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvCell, guardFormula } from '../../utils/export/csv';
import { collectExport } from '../../utils/export/stream';
import { ZipWriter } from '../../utils/export/zip';
import { listEntities } from '../../utils/db';
import { populatedDb } from './helpers';

const parse = (text: string) => {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/u, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
};

describe('csv cells', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
    ['Ünïcödé 😀', 'Ünïcödé 😀'],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('leaves numbers alone and guards only the start of a cell', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(guardFormula('a=b')).toBe('a=b');
  });
});

describe('CSV export', () => {
  it('writes four files that parse back into the records', async () => {
    const db = await populatedDb();
    const files = await collectExport(db, { format: 'csv' });
    expect([...files.keys()]).toEqual(['entities.csv', 'notes.csv', 'sources.csv', 'mentions.csv']);
    const entities = parse(files.get('entities.csv') ?? '');
    const stored = await listEntities(db);
    expect(entities.map((row) => row.id)).toEqual(stored.map((entity) => entity.id));
    const putin = entities.find((row) => row.name === 'Vladimir Putin');
    expect(putin).toMatchObject({
      type: 'person',
      aliases: 'Putin\nПутин',
      tags: 'politics\nrussia',
      origin: 'own',
    });

    const notes = parse(files.get('notes.csv') ?? '');
    const edited = notes.find((row) => row.entity_name === 'Vladimir Putin');
    expect(edited?.text).toBe('\'=HYPERLINK("http://evil.example") "quoted", Comma\nnew line');
    expect(edited?.source_urls).toBe('https://news.example/a\nhttps://www.other.example/b');
    expect(edited?.source_count).toBe('2');

    const sources = parse(files.get('sources.csv') ?? '');
    expect(sources.map((row) => [row.position, row.url, row.title, row.quote])).toEqual([
      ['1', 'https://news.example/a', 'A, "quoted"', ''],
      ['2', 'https://www.other.example/b', '', "'+1 more"],
    ]);

    const mentions = parse(files.get('mentions.csv') ?? '');
    expect(mentions).toHaveLength(2);
    expect(mentions.find((row) => row.entity_name === 'Mash')).toMatchObject({
      site: 'other.example',
      title: "'-Other",
      start: '0',
      end: '4',
    });
    for (const text of files.values()) {
      expect(text.startsWith('\uFEFF')).toBe(false);
      expect(text.split('\r\n').at(-1)).toBe('');
    }
  });

  it('starts each file with a byte-order mark when asked', async () => {
    const files = await collectExport(await populatedDb(), { format: 'csv', bom: true });
    for (const text of files.values())
      expect(text.startsWith('\uFEFFid,') || text.startsWith('\uFEFFnote_id,')).toBe(true);
  });

  it('zips the files from their chunks', async () => {
    const files = await collectExport(await populatedDb(), { format: 'csv' });
    const zip = new ZipWriter();
    for (const [name, text] of files) {
      // Two chunks per file, interleaved with the other files' chunks.
      zip.add(name, text.slice(0, 10));
    }
    for (const [name, text] of files) zip.add(name, text.slice(10));
    const parts = zip.finish();
    const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
    const unzipped = unzipSync(bytes);
    expect(Object.keys(unzipped).sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files) expect(strFromU8(unzipped[name] ?? new Uint8Array())).toBe(text);
  });
});
