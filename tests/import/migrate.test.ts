// The pack version ladder: our unversioned (version 0) pack is brought up to version 1, its
// messages still point at the records as written, and newer or nonsense versions are refused.
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migratePack, packVersion } from '../../utils/import/migrate';
import { parsePack } from '../../utils/pack';
import { readImport } from '../../utils/import/read';

const VERSION_0 = {
  format: 'backstory-pack',
  exported: '2025-01-02T03:04:05.000Z',
  entities: [
    {
      id: 'e1',
      type: 'person',
      name: 'Vladimir Putin',
      aliases: ['Putin', { text: 'VVP', caseInsensitive: true }],
      description: '',
      links: [],
      tags: [],
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-01T00:00:00.000Z',
    },
  ],
  notes: [
    {
      id: 'n1',
      entityId: 'e1',
      text: 'President of Russia.',
      sources: [{ url: 'https://example.com/a' }],
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-01T00:00:00.000Z',
    },
  ],
};

describe('pack migrations', () => {
  it('numbers versions: missing is 0, the current one is 1', () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(packVersion({})).toBe(0);
    expect(packVersion({ version: 1 })).toBe(1);
    expect(packVersion({ version: 1.5 })).toBeNull();
  });

  it('takes an unversioned pack to version 1: alias objects, own origin, empty author', () => {
    const migration = migratePack(VERSION_0);
    expect(migration).toMatchObject({ ok: true, from: 0, pack: { version: 1 } });
    const parsed = parsePack(JSON.stringify(VERSION_0));
    if (!parsed.ok || parsed.records.kind !== 'full') throw new Error(JSON.stringify(parsed));
    expect(parsed.meta).toEqual({ version: 0 });
    expect(parsed.records.entities[0]).toMatchObject({
      aliases: [{ text: 'Putin' }, { text: 'VVP', caseInsensitive: true }],
      origin: { kind: 'own' },
    });
    expect(parsed.records.notes[0]).toMatchObject({ author: '', origin: { kind: 'own' } });
    expect(parsed.records.noteVersions).toEqual([]);
  });

  it('also reads `version: 0` and a pack without an export time', () => {
    const { exported: _exported, ...rest } = VERSION_0;
    expect(readImport(JSON.stringify({ ...rest, version: 0 }))).toMatchObject({ ok: true, kind: 'pack' });
  });

  it('points at the record as written in the old file', () => {
    const broken = structuredClone(VERSION_0);
    broken.entities[0]?.aliases.push('  ');
    expect(parsePack(JSON.stringify(broken))).toEqual({
      ok: false,
      errors: ['entities[0].aliases[2].text: alias is empty'],
    });
  });

  it.each([
    [
      { version: 2 },
      'version: this pack is version 2, this Backstory reads version 1; update Backstory to import it',
    ],
    [{ version: -1 }, 'version: -1 is not a pack version'],
    [{ version: 'one' }, 'version: missing or not a number'],
  ])('refuses %j', (version, error) => {
    expect(migratePack({ ...VERSION_0, ...version })).toEqual({ ok: false, error });
  });
});
