// @vitest-environment node
// The scanner on the seed article with the shared minimal pack: exactly the mentions the
// extension finds, with offsets and quote selectors that fit the text; and with --suggest,
// the suggestion engine's names as well.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type ScanRecord } from '../../scripts/lib/scan.ts';
import { scanRecords as scan } from './run';
import { sharedFixture } from '../shared-fixtures';

const SEED = sharedFixture('seed-article.txt');
const PACK = sharedFixture('minimal-pack.json');

/** Offsets, exact text and context all agree with the text, as a TextQuoteSelector must. */
function expectConsistent(text: string, record: ScanRecord): void {
  expect(text.slice(record.start, record.end)).toBe(record.exact);
  expect(record.prefix.length).toBeLessThanOrEqual(32);
  expect(record.suffix.length).toBeLessThanOrEqual(32);
  expect(text.slice(record.start - record.prefix.length, record.start)).toBe(record.prefix);
  expect(text.slice(record.end, record.end + record.suffix.length)).toBe(record.suffix);
  // The context is as long as the text allows.
  expect(record.prefix.length).toBe(Math.min(32, record.start));
  expect(record.suffix.length).toBe(Math.min(32, text.length - record.end));
}

describe('backstory scan on the seed article', { timeout: 60_000 }, () => {
  it('finds exactly the mentions of the minimal pack, in document order', async () => {
    const text = await readFile(SEED, 'utf8');
    const { code, records, stderr } = await scan(['--pack', PACK, SEED]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(records.map(({ exact, name, type, kind }) => [exact, name, type, kind])).toEqual([
      ['Vladimir Putin', 'Vladimir Putin', 'person', 'mention'],
      ['Putin', 'Vladimir Putin', 'person', 'mention'],
      ['Putin', 'Vladimir Putin', 'person', 'mention'],
      ['Putin', 'Vladimir Putin', 'person', 'mention'],
      ['Vladimir Putin', 'Vladimir Putin', 'person', 'mention'],
      ['Russian Volunteer Corps', 'Russian Volunteer Corps', 'organization', 'mention'],
      ['RVC', 'Russian Volunteer Corps', 'organization', 'mention'],
      ['Meduza', 'Meduza', 'organization', 'mention'],
      ['Meduza', 'Meduza', 'organization', 'mention'],
    ]);
    expect(records.map((record) => record.start)).toEqual([164, 282, 784, 963, 1201, 2239, 2264, 3050, 3223]);
    expect(new Set(records.map((record) => record.entityId))).toEqual(
      new Set(['person-vladimir-putin', 'organization-russian-volunteer-corps', 'organization-meduza']),
    );
    for (const record of records) {
      expect(record.file).toBe(SEED);
      expectConsistent(text, record);
    }
    const first = records[0];
    expect(first?.prefix).toBe('he "dictatorial country" run by ');
    expect(first?.suffix).toBe('.\n\nThe video message was release');
  });

  it('adds suggestions with --suggest, in document order, never over a mention', async () => {
    const text = await readFile(SEED, 'utf8');
    const { code, records } = await scan(['--suggest', '--pack', PACK, SEED]);
    expect(code).toBe(0);
    const mentions = records.filter((record) => record.kind === 'mention');
    const suggestions = records.filter((record) => record.kind === 'suggestion');
    expect(mentions).toHaveLength(9);
    const gladkov = suggestions.find((record) => record.name === 'Vyacheslav Gladkov');
    expect(gladkov).toMatchObject({ type: 'person', exact: 'Vyacheslav Gladkov', file: SEED });
    expect(gladkov).not.toHaveProperty('entityId');
    // Names of the pack are never suggested.
    expect(suggestions.map((record) => record.name)).not.toContain('Meduza');
    for (const record of records) expectConsistent(text, record);
    const starts = records.map((record) => record.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const suggestion of suggestions) {
      for (const mention of mentions) {
        expect(suggestion.end <= mention.start || mention.end <= suggestion.start).toBe(true);
      }
    }
  });
});
