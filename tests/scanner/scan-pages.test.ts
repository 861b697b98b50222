// @vitest-environment node
// The scanner on real saved news pages with a small pack written here: the people and
// organisations named in them are found, in the article region the extension reads, with
// offsets that fit the extracted text.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPageText, type ScanRecord } from '../../scripts/lib/scan.ts';
import { scanRecords as scan } from './run';
import { sharedFixture } from '../shared-fixtures';

const PAGES_PACK = {
  entities: [
    {
      name: 'Barack Obama',
      type: 'person',
      aliases: ['Obama'],
      links: [{ url: 'https://www.wikidata.org/wiki/Q76' }],
    },
    { name: 'Hori Parata', type: 'person', aliases: ['Parata'] },
    { name: 'Department of Conservation', type: 'organization' },
    { name: 'Habib Essid', type: 'person', aliases: ['Essid'] },
    { name: 'Ennahda', type: 'organization' },
    { name: 'Amnesty International', type: 'organization' },
  ],
};

let dir = '';
let pack = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-scan-'));
  pack = join(dir, 'pages-pack.json');
  await writeFile(pack, JSON.stringify(PAGES_PACK));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** How often each exact text was found. */
function counts(records: readonly ScanRecord[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const record of records) result[record.exact] = (result[record.exact] ?? 0) + 1;
  return result;
}

describe('backstory scan on saved pages', { timeout: 60_000 }, () => {
  const cases: { page: string; expected: Record<string, number> }[] = [
    { page: 'bbc-1.html', expected: { 'Barack Obama': 3, Obama: 24 } },
    { page: 'guardian-1.html', expected: { 'Hori Parata': 4, Parata: 11, 'Department of Conservation': 3 } },
    {
      page: 'wapo-1.html',
      expected: { 'Habib Essid': 1, Essid: 1, Ennahda: 8, 'Amnesty International': 1 },
    },
  ];

  it.each(cases)('finds the pack’s names on $page', async ({ page, expected }) => {
    const file = sharedFixture('pages', page);
    const { code, records, stderr } = await scan(['--pack', pack, file]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(counts(records)).toEqual(expected);

    const text = htmlPageText(await readFile(file, 'utf8'), { wholePage: false });
    let previous = -1;
    for (const record of records) {
      expect(record).toMatchObject({ file, kind: 'mention' });
      expect(text.slice(record.start, record.end)).toBe(record.exact);
      expect(text.slice(record.start - record.prefix.length, record.start)).toBe(record.prefix);
      expect(text.slice(record.end, record.end + record.suffix.length)).toBe(record.suffix);
      expect(record.prefix.length).toBeLessThanOrEqual(32);
      expect(record.suffix.length).toBeLessThanOrEqual(32);
      expect(record.start).toBeGreaterThan(previous);
      previous = record.start;
    }
  });

  it('scans several pages in one run, each file’s mentions together and in order', async () => {
    const files = cases.map(({ page }) => sharedFixture('pages', page));
    const { code, records } = await scan(['--pack', pack, ...files]);
    expect(code).toBe(0);
    const order = records.map((record) => record.file).filter((file, i, all) => all[i - 1] !== file);
    expect(order).toEqual(files);
  });

  it('reads the whole body with --whole-page, a superset of the article region', async () => {
    const file = sharedFixture('pages', 'bbc-1.html');
    const article = await scan(['--pack', pack, file]);
    const whole = await scan(['--whole-page', '--pack', pack, file]);
    expect(whole.records.length).toBeGreaterThanOrEqual(article.records.length);
    const text = htmlPageText(await readFile(file, 'utf8'), { wholePage: true });
    for (const record of whole.records) expect(text.slice(record.start, record.end)).toBe(record.exact);
  });
});
