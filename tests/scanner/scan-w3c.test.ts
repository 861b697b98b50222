// @vitest-environment node
// `--format w3c`: one W3C Web Annotation AnnotationCollection, checked for its structure
// (types, motivation, bodies, targets, selectors) and against the JSON Lines of the same scan.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScanRecord } from '../../scripts/lib/scan.ts';
import { runScanned as run } from './run';
import { repoRoot, sharedFixture } from '../shared-fixtures';

const SEED = sharedFixture('seed-article.txt');
const BBC = sharedFixture('pages', 'bbc-1.html');

let dir = '';
let pack = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-w3c-'));
  pack = join(dir, 'pack.json');
  const entities = [
    {
      name: 'Vladimir Putin',
      type: 'person',
      aliases: ['Putin'],
      links: [{ url: 'https://www.wikidata.org/wiki/Q7747' }],
    },
    { name: 'Barack Obama', type: 'person', aliases: ['Obama'] },
    { name: 'Meduza', type: 'organization' },
  ];
  await writeFile(pack, JSON.stringify({ entities }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function field(value: unknown, key: string): unknown {
  expect(isRecord(value)).toBe(true);
  return isRecord(value) ? value[key] : undefined;
}

describe('backstory scan --format w3c', { timeout: 60_000 }, () => {
  it('writes one AnnotationCollection whose annotations are the JSON Lines’ mentions', async () => {
    const w3c = await run(['--format', 'w3c', '--pack', pack, SEED, BBC]);
    const jsonl = await run(['--pack', pack, SEED, BBC]);
    expect(w3c.code).toBe(0);
    expect(w3c.stderr).toBe('');
    const records = jsonl.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ScanRecord);

    const collection: unknown = JSON.parse(w3c.stdout);
    expect(field(collection, '@context')).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(field(collection, 'type')).toBe('AnnotationCollection');
    expect(field(collection, 'id')).toMatch(/^urn:uuid:[0-9a-f-]{36}$/u);
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(field(collection, 'generator')).toMatchObject({ type: 'Software', name: `Backstory ${version}` });
    expect(Number.isNaN(Date.parse(String(field(collection, 'generated'))))).toBe(false);

    const page = field(collection, 'first');
    expect(field(page, 'type')).toBe('AnnotationPage');
    expect(field(page, 'partOf')).toBe(field(collection, 'id'));
    expect(field(collection, 'last')).toBe(field(page, 'id'));
    const items = field(page, 'items');
    expect(Array.isArray(items)).toBe(true);
    if (!Array.isArray(items)) return;
    expect(items).toHaveLength(records.length);
    expect(field(collection, 'total')).toBe(records.length);
    expect(new Set(items.map((item) => field(item, 'id'))).size).toBe(items.length);

    items.forEach((item: unknown, index) => {
      const record = records[index];
      expect(record).toBeDefined();
      if (!record) return;
      expect(field(item, 'type')).toBe('Annotation');
      expect(field(item, 'motivation')).toBe('identifying');
      const body = field(item, 'body');
      expect(field(body, 'type')).toBe('SpecificResource');
      // Putin links to Wikidata: its entity IRI; the others have only ours.
      expect(field(body, 'source')).toBe(
        record.name === 'Vladimir Putin'
          ? 'http://www.wikidata.org/entity/Q7747'
          : `urn:backstory:entity:${record.entityId ?? ''}`,
      );
      const target = field(item, 'target');
      expect(field(target, 'source')).toBe(pathToFileURL(record.file).href);
      expect(field(target, 'selector')).toEqual([
        { type: 'TextQuoteSelector', exact: record.exact, prefix: record.prefix, suffix: record.suffix },
        { type: 'TextPositionSelector', start: record.start, end: record.end },
      ]);
    });
    const sources = new Set(items.map((item) => field(field(item, 'target'), 'source')));
    expect(sources).toEqual(new Set([pathToFileURL(SEED).href, pathToFileURL(BBC).href]));
  });

  it('gives a suggestion the suggested name as a TextualBody', async () => {
    const { code, stdout } = await run(['--format=w3c', '--suggest', '--pack', pack, SEED]);
    expect(code).toBe(0);
    const items = field(field(JSON.parse(stdout), 'first'), 'items');
    expect(Array.isArray(items)).toBe(true);
    if (!Array.isArray(items)) return;
    const bodies = items.map((item) => field(item, 'body'));
    expect(bodies).toContainEqual({
      type: 'TextualBody',
      purpose: 'identifying',
      value: 'Vyacheslav Gladkov',
      format: 'text/plain',
    });
    for (const item of items) expect(field(item, 'motivation')).toBe('identifying');
  });

  it('writes an empty collection when nothing is found', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, 'Nobody is named here.');
    const { code, stdout } = await run(['--format', 'w3c', '--pack', pack, empty]);
    expect(code).toBe(0);
    const collection: unknown = JSON.parse(stdout);
    expect(field(collection, 'total')).toBe(0);
    expect(field(field(collection, 'first'), 'items')).toEqual([]);
  });
});
