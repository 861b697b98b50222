// The export port: chunks pulled in order with progress, only for our own pages, and the page
// side assembling files (or a zip) from them.
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { EXPORT_PORT, runExport, serveExportPort } from '../../utils/export/port';
import { BlobParts, exportToFiles, fromDatabase, fromPort } from '../../utils/export/run-export';
import { collectExport } from '../../utils/export/stream';
import type { BackstoryDb } from '../../utils/db';
import { saveEntity, saveNote } from '../../utils/db';
import { entityInput, freshDb, noteInput } from '../db/helpers';
import { OWNER, populatedDb, portPair } from './helpers';
import type { PortSender } from '../../utils/export/data-port';

function connect(db: BackstoryDb, sender?: PortSender) {
  const [page, background] = portPair(EXPORT_PORT, sender);
  serveExportPort(background, db, OWNER);
  return page;
}

describe('export port', () => {
  it('streams the same pack as a whole export, with progress up to the total', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    for (let index = 0; index < 2500; index += 1) {
      await saveNote(db, noteInput(entity.id, { text: `Note ${index} ${'x'.repeat(2000)}` }));
    }
    const parts: string[] = [];
    const progress: number[] = [];
    const files = await runExport(
      connect(db),
      { format: 'pack' },
      (chunk) => parts.push(chunk.text),
      ({ done, total }) => {
        expect(total).toBe(2501);
        progress.push(done);
      },
    );
    expect(files).toEqual(['backstory-pack.json']);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const streamed = JSON.parse(parts.join('')) as Record<string, unknown>;
    const whole = JSON.parse([...(await collectExport(db, { format: 'pack' })).values()].join('')) as Record<
      string,
      unknown
    >;
    expect({ ...streamed, exported: '' }).toEqual({ ...whole, exported: '' });
    // Exactly what JSON.stringify would write.
    const text = parts.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('sends one batch per pull, however slowly the page pulls', async () => {
    const db = await freshDb();
    const entity = await saveEntity(db, entityInput());
    for (let index = 0; index < 3000; index += 1) {
      await saveNote(db, noteInput(entity.id, { text: `Note ${index} ${'y'.repeat(2000)}` }));
    }
    const page = connect(db);
    const received: { type: string }[] = [];
    page.onMessage.addListener((message) => received.push(message as { type: string }));
    page.postMessage({ type: 'start', request: { format: 'pack' } });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    // The next batch is ready by now, but waits for the page to ask.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.map((message) => message.type)).toEqual(['chunks']);
    page.postMessage({ type: 'pull' });
    await vi.waitFor(() => expect(received).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map((message) => message.type)).toEqual(['chunks', 'chunks']);
    page.disconnect();
  });

  it('delivers CSV as one zip or as separate files', async () => {
    const db = await populatedDb();
    const zipped = await exportToFiles(
      fromPort(connect(db), { format: 'csv', bom: true }),
      { zip: true, stamp: 'today' },
      () => undefined,
    );
    expect(zipped.map((file) => file.name)).toEqual(['backstory-today.zip']);
    const [zip] = zipped;
    if (!zip) throw new Error('no zip');
    const entries = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(['entities.csv', 'mentions.csv', 'notes.csv', 'sources.csv']);
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true })
        .decode(entries['entities.csv'])
        .startsWith('\uFEFFid,type,name'),
    ).toBe(true);
    const separate = await exportToFiles(
      fromPort(connect(db), { format: 'csv' }),
      { zip: false, stamp: 'today' },
      () => undefined,
    );
    expect(separate.map((file) => [file.name, file.blob.type])).toEqual([
      ['entities-today.csv', 'text/csv;charset=utf-8'],
      ['notes-today.csv', 'text/csv;charset=utf-8'],
      ['sources-today.csv', 'text/csv;charset=utf-8'],
      ['mentions-today.csv', 'text/csv;charset=utf-8'],
    ]);
  });

  it('makes the same files read straight from the database as over the port', async () => {
    const db = await populatedDb();
    for (const request of [
      { format: 'pack' as const },
      { format: 'w3c' as const },
      { format: 'csv' as const, bom: true },
      { format: 'csv' as const, filter: { tags: ['media'] } },
    ]) {
      const options = { zip: false, stamp: 'today' };
      const progress: number[] = [];
      const direct = await exportToFiles(fromDatabase(db, request), options, ({ done }) =>
        progress.push(done),
      );
      const ported = await exportToFiles(fromPort(connect(db), request), options, () => undefined);
      const texts = (files: { name: string; blob: Blob }[]) =>
        Promise.all(
          files.map(async (file) => [
            file.name,
            (await file.blob.text())
              .replace(/"(exported|generated)": "[^"]*"/gu, '')
              .replace(/urn:uuid:[0-9a-f-]+/gu, 'urn:uuid:'),
          ]),
        );
      expect(await texts(direct)).toEqual(await texts(ported));
      expect(progress.at(-1)).toBeGreaterThan(0);
    }
  });

  it('rejects a direct export request that does not fit', async () => {
    const db = await populatedDb();
    const bad = { format: 'xml' } as unknown as Parameters<typeof fromDatabase>[1];
    await expect(
      exportToFiles(fromDatabase(db, bad), { zip: false, stamp: 'x' }, () => undefined),
    ).rejects.toThrow();
  });

  it('takes the first request while the database is still opening', async () => {
    const db = await populatedDb();
    const [page, background] = portPair(EXPORT_PORT);
    serveExportPort(background, new Promise((resolve) => setTimeout(() => resolve(db), 30)), OWNER);
    const parts: string[] = [];
    await runExport(page, { format: 'csv' }, (chunk) => parts.push(chunk.text));
    expect(parts.join('')).toContain('Vladimir Putin');
  });

  it('refuses a web page and an invalid request', async () => {
    const db = await populatedDb();
    const page = { id: OWNER.ownId, url: 'https://evil.example/', tab: { id: 4 } };
    await expect(runExport(connect(db, page), { format: 'pack' }, () => undefined)).rejects.toThrow(
      /Refused/u,
    );
    await expect(
      runExport(connect(db), { format: 'xml' } as unknown as { format: 'pack' }, () => undefined),
    ).rejects.toThrow('Invalid export request.');
  });
});

describe('BlobParts', () => {
  it('makes one Blob of the text, in order, across many slices', async () => {
    const parts = new BlobParts();
    const pieces = Array.from({ length: 40 }, (_, at) => `${at}:${'é😀'.repeat(100_000 + at)}|`);
    for (const piece of pieces) parts.add(piece);
    parts.add('');
    const blob = parts.finish('application/json');
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(pieces.join(''));
  });

  it('makes an empty file of no text', async () => {
    expect(await new BlobParts().finish('text/csv').text()).toBe('');
  });
});
