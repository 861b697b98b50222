// @vitest-environment node
// The scanner's pure parts: its command line and how a pack becomes the entities it matches.
import { describe, expect, it } from 'vitest';
import { minimalEntityId, packEntities, parseScanArgs, type ParsedScanArgs } from '../../scripts/lib/scan.ts';
import { parsePack } from '../../utils/pack-format.ts';

const defaults = { format: 'jsonl', suggest: false, wholePage: false } as const;

describe('parseScanArgs', () => {
  const cases: { args: string[]; expected: ParsedScanArgs | { kind: 'error'; message: RegExp } }[] = [
    {
      args: ['--pack', 'p.json', 'a.html', 'b.txt'],
      expected: { kind: 'scan', options: { ...defaults, pack: 'p.json', files: ['a.html', 'b.txt'] } },
    },
    {
      args: ['a.html', '--pack=p.json', '--format=w3c', '--suggest', '--whole-page'],
      expected: {
        kind: 'scan',
        options: { pack: 'p.json', files: ['a.html'], format: 'w3c', suggest: true, wholePage: true },
      },
    },
    {
      args: ['--pack', 'p.json', '--format', 'jsonl', '--', '--odd-name.html'],
      expected: { kind: 'scan', options: { ...defaults, pack: 'p.json', files: ['--odd-name.html'] } },
    },
    { args: ['--help'], expected: { kind: 'help' } },
    { args: ['--pack', 'p.json', '-h', 'a.html'], expected: { kind: 'help' } },
    { args: ['a.html'], expected: { kind: 'error', message: /--pack PACK\.json is required/u } },
    { args: ['--pack', 'p.json'], expected: { kind: 'error', message: /no files to scan/u } },
    { args: ['--pack'], expected: { kind: 'error', message: /--pack needs a file name/u } },
    { args: ['--pack', '--suggest', 'a.html'], expected: { kind: 'error', message: /--pack needs/u } },
    {
      args: ['--pack', 'p.json', '--format', 'xml', 'a'],
      expected: { kind: 'error', message: /jsonl, w3c.*"xml"/u },
    },
    {
      args: ['--pack', 'p.json', '--verbose', 'a'],
      expected: { kind: 'error', message: /unknown option "--verbose"/u },
    },
    { args: ['--pack', 'p.json', '-x', 'a'], expected: { kind: 'error', message: /unknown option "-x"/u } },
    {
      args: ['--pack', 'p.json', '--suggest=yes', 'a'],
      expected: { kind: 'error', message: /takes no value/u },
    },
  ];

  it.each(cases)('$args', ({ args, expected }) => {
    const parsed = parseScanArgs(args);
    if (expected.kind === 'error' && expected.message instanceof RegExp) {
      expect(parsed.kind).toBe('error');
      if (parsed.kind === 'error') expect(parsed.message).toMatch(expected.message);
    } else {
      expect(parsed).toEqual(expected);
    }
  });
});

describe('packEntities', () => {
  it('gives a minimal pack’s entities stable ids and merges repeated ones as an import would', () => {
    const parsed = parsePack(
      JSON.stringify({
        entities: [
          { name: 'Vladimir Putin', type: 'person', aliases: ['Putin'] },
          { name: 'Meduza', type: 'organization' },
          {
            name: 'vladimir  putin',
            type: 'person',
            aliases: ['V. Putin'],
            links: [{ url: 'https://www.wikidata.org/wiki/Q7747' }],
          },
          { name: 'Meduza', type: 'person' },
        ],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { entities, notSuggested } = packEntities(parsed.records);
    expect(entities.map((entity) => entity.id)).toEqual([
      'person-vladimir-putin',
      'organization-meduza',
      'person-meduza',
    ]);
    expect(entities[0]?.aliases.map((alias) => alias.text)).toEqual(['Putin', 'V. Putin']);
    expect(entities[0]?.links).toEqual([{ url: 'https://www.wikidata.org/wiki/Q7747' }]);
    expect(notSuggested).toEqual(new Set(['vladimir putin', 'putin', 'v. putin', 'meduza']));
  });

  it.each([
    ['Ðорогой Иван', 'person-ðорогой-иван'],
    ['A.P. Møller–Mærsk', 'organization-a-p-møller-mærsk'],
    ['!!!', 'person-entity'],
  ])('makes an id of %s', (name, id) => {
    expect(minimalEntityId(id.startsWith('organization') ? 'organization' : 'person', name)).toBe(id);
  });
});
