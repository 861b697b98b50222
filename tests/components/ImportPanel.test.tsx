// The import panel against a real import port and database: preview table, conflict choices,
// progress and the result, and a broken file's problems listed with nothing written.
import { Blob as NodeBlob } from 'node:buffer';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../components/ImportPanel';
import type { BackstoryDb } from '../../utils/db';
import { saveNote } from '../../utils/db';
import { IMPORT_PORT, serveImportPort } from '../../utils/import/port';
import { stageFile } from '../../utils/import/transfer';
import { exportPack } from '../../utils/pack';
import { freshDb } from '../db/helpers';
import { OWNER, populatedDb, portPair } from '../export/helpers';
import { dump, rawDump } from '../import/helpers';

function panelFor(db: BackstoryDb) {
  return { connect: connectTo(db), stageFile: stagingIn(db) };
}

function connectTo(db: BackstoryDb) {
  return (name: string) => {
    expect(name).toBe(IMPORT_PORT);
    const [page, background] = portPair(name);
    serveImportPort(background, { db, owner: OWNER, onChanged: () => undefined });
    return page;
  };
}

/**
 * Stages the chosen file in `db` as the options page does. happy-dom's File cannot be stored in
 * fake-indexeddb, so its text goes in as a Node Blob; the browser stores the File itself.
 */
const stagingIn = (db: BackstoryDb) => async (file: File) =>
  stageFile(db, new NodeBlob([await file.text()]) as unknown as Blob);

function chooseFile(text: string, name = 'pack.json') {
  const input = screen.getByLabelText('Pack or annotation file');
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

describe('ImportPanel', () => {
  it('previews, then imports into an empty profile', async () => {
    const source = await populatedDb();
    const target = await freshDb();
    render(<ImportPanel {...panelFor(target)} />);
    chooseFile(await exportPack(source));
    const table = await screen.findByRole('table', { name: 'What importing it would do' });
    const entities = within(table).getByRole('row', { name: /Entities/u });
    expect(
      within(entities)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '0', '0', '0']);
    expect(await rawDump(target)).toBe(await rawDump(await freshDb()));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/2 entities and 2 notes written/u),
    );
    expect(await dump(target)).toBe(await dump(source));
  });

  it('sends the text in messages when the file cannot be staged in the database', async () => {
    const source = await populatedDb();
    const target = await freshDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // As stageFileInPage answers where the database cannot be opened here.
    const refuse = vi.fn(async () => null);
    render(<ImportPanel connect={connectTo(target)} stageFile={refuse} />);
    chooseFile(await exportPack(source));
    await screen.findByRole('table', { name: 'What importing it would do' });
    expect(refuse).toHaveBeenCalledOnce();
    expect(await target.count('transfers')).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/2 entities and 2 notes written/u),
    );
    expect(await dump(target)).toBe(await dump(source));
    warn.mockRestore();
  });

  it('lets the user answer one conflict and all the others', async () => {
    const mine = await populatedDb();
    const theirsText = await exportPack(mine);
    const notes = await mine.getAll('notes');
    const [first, second] = notes;
    if (!first || !second) throw new Error('fixture');
    // Their copies are older than my edits, and differ: conflicts.
    const theirs = JSON.parse(theirsText) as { notes: { id: string; text: string }[] };
    for (const note of theirs.notes) note.text = `Theirs: ${note.text}`;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveNote(mine, { ...first, text: 'Mine 1' });
    await saveNote(mine, { ...second, text: 'Mine 2' });

    render(<ImportPanel {...panelFor(mine)} />);
    chooseFile(JSON.stringify(theirs));
    const groups = await screen.findAllByRole('group', { name: /^Note:/u });
    expect(groups).toHaveLength(2);
    const [one] = groups;
    if (!one) throw new Error('no conflict shown');
    fireEvent.click(within(one).getByRole('radio', { name: 'Take theirs' }));
    fireEvent.change(screen.getByLabelText('For every conflict'), { target: { value: 'both' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/written/u));
    const texts = (await mine.getAll('notes')).map((note) => note.text.slice(0, 8)).sort();
    // One conflict taken from theirs, the other kept twice.
    expect(texts).toHaveLength(3);
    expect(texts.filter((text) => text.startsWith('Theirs'))).toHaveLength(2);
  });

  it('lists every problem of a broken file and writes nothing', async () => {
    const db = await populatedDb();
    const before = await rawDump(db);
    render(<ImportPanel {...panelFor(db)} />);
    chooseFile(
      JSON.stringify({ entities: [{ name: 'A', type: 'robot' }, { type: 'person' }] }),
      'broken.json',
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.json');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['entities[0].type: not person or organization', 'entities[1].name: missing']);
    expect(await rawDump(db)).toBe(before);
  });
});

describe('ImportPanel settings', () => {
  it('applies a pack’s settings only when asked', async () => {
    const { authorName, disabledSites } = await import('../../utils/settings');
    const source = await populatedDb();
    const pack = JSON.parse(await exportPack(source)) as Record<string, unknown>;
    const text = JSON.stringify({
      ...pack,
      settings: { authorName: 'Newsdesk', disabledSites: ['example.com'] },
    });
    render(<ImportPanel {...panelFor(await freshDb())} />);
    chooseFile(text);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Also apply the pack’s settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/written/u));
    expect(await authorName.getValue()).toBe('Newsdesk');
    expect(await disabledSites.getValue()).toEqual(['example.com']);
  });
});
