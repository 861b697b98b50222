// @vitest-environment node
// The file an options page hands to the background through the `transfers` store: taken once,
// exactly, then gone; left-overs cleared after an hour; previewed and imported through the port.
import { describe, expect, it, vi } from 'vitest';
import {
  STAGED_FILE_MAX_AGE_MS,
  clearStagedFiles,
  stageFile,
  stageFileInPage,
  takeStagedFile,
} from '../../utils/import/transfer';
import { openBackstoryDb } from '../../utils/db';
import { exportPack } from '../../utils/pack';
import { freshDb } from '../db/helpers';
import { populatedDb } from '../export/helpers';
import { KEEP_MINE, dump, openSession, rawDump } from './helpers';

describe('staged import files', () => {
  it('gives the background the exact text once, then removes it', async () => {
    const db = await freshDb();
    const text = `{"name": "Zoë 😀 “quoted”\\u0000", "x": "${'é'.repeat(70_000)}"}`;
    const id = await stageFile(db, new Blob([text], { type: 'application/json' }));
    expect(await db.count('transfers')).toBe(1);
    expect(await takeStagedFile(db, id)).toBe(text);
    expect(await db.count('transfers')).toBe(0);
    expect(await takeStagedFile(db, id)).toBeNull();
  });

  it('stages from a page through its own connection, closed again after', async () => {
    const db = await freshDb();
    const opened: { close(): void }[] = [];
    const open = async () => {
      const own = await openBackstoryDb(db.name);
      opened.push(own);
      return own;
    };
    const id = await stageFileInPage(new Blob(['{"entities": []}']), open);
    expect(id).not.toBeNull();
    expect(await takeStagedFile(db, id ?? '')).toBe('{"entities": []}');
    // A closed connection refuses transactions: it was closed once the file was staged.
    expect(() =>
      (opened[0] as unknown as { transaction(name: string): unknown }).transaction('transfers'),
    ).toThrow();
  });

  it('answers null, with a warning, where the page cannot open or write the database', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await stageFileInPage(new Blob(['x']), () => Promise.reject(new Error('no database')))).toBeNull();
    const closed = await freshDb();
    closed.close();
    expect(await stageFileInPage(new Blob(['x']), async () => closed)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('clears files left for more than an hour, and only those', async () => {
    const db = await freshDb();
    const now = Date.parse('2026-03-01T12:00:00.000Z');
    const old = new Date(now - STAGED_FILE_MAX_AGE_MS - 1000).toISOString();
    const recent = new Date(now - 60_000).toISOString();
    await db.put('transfers', { id: 'old', file: new Blob(['a']), created: old });
    await db.put('transfers', { id: 'recent', file: new Blob(['b']), created: recent });
    expect(await clearStagedFiles(db, now)).toBe(1);
    expect(await db.getAllKeys('transfers')).toEqual(['recent']);
  });

  it('previews and imports a staged pack through the port', async () => {
    const source = await populatedDb();
    const target = await freshDb();
    const session = openSession(target);
    const id = await stageFile(target, new Blob([await exportPack(source)]));
    const preview = await session.previewStaged(id);
    expect(preview).toMatchObject({ kind: 'pack', entities: { new: 2 }, notes: { new: 2 } });
    expect(await target.count('transfers')).toBe(0);
    expect(await session.apply(KEEP_MINE, () => undefined)).toEqual({ entities: 2, notes: 2 });
    expect(await dump(target)).toBe(await dump(source));
  });

  it('says so when the staged file is not there, and writes nothing', async () => {
    const target = await freshDb();
    const before = await rawDump(target);
    const session = openSession(target);
    await expect(session.previewStaged('no-such-file')).rejects.toThrow('The file to import was not found.');
    expect(await rawDump(target)).toBe(before);
  });

  it('rejects a broken staged file with its problems, and removes it', async () => {
    const target = await freshDb();
    const session = openSession(target);
    const id = await stageFile(
      target,
      new Blob(['{"format": "backstory-pack", "version": 1, "entities": [']),
    );
    await expect(session.previewStaged(id)).rejects.toMatchObject({
      problems: [expect.stringMatching(/JSON/u)],
    });
    expect(await target.count('transfers')).toBe(0);
  });
});
