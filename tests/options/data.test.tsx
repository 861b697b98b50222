// The options page's "Knowledge base data": quick import of a pack, export of everything, the
// demo pack, storage use and deleting everything, checked by what the user sees and asks.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { REVOKE_DELAY_MS } from '../../utils/export/download';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '../../components/dates';
import { DataSection } from '../../entrypoints/options/DataSection';
import { askBackground } from '../../utils/messaging';
import { fakeBackground } from '../components/fake-background';
import { openBackstoryDb } from '../../utils/db';
import { exportPack } from '../../utils/pack';
import { freshDb } from '../db/helpers';
import { populatedDb } from '../export/helpers';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
  askTab: vi.fn(),
}));

const ask = vi.mocked(askBackground);

beforeEach(() => {
  ask.mockReset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function chooseFile(file: File) {
  const input = screen.getByLabelText('Import a pack') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function dataStatus(): HTMLElement {
  const group = screen.getByRole('group', { name: 'Knowledge base data' });
  // The first status line is the section's own; storage and deleting have theirs.
  const [first] = within(group).getAllByRole('status');
  if (!first) throw new Error('no status line');
  return first;
}

const noDatabase = () => Promise.reject(new Error('no database here'));

describe('options: knowledge base data', () => {
  it('hands the chosen file to the background through the database and says how much came in', async () => {
    const text = JSON.stringify({ entities: [{ name: 'Ada Lovelace', type: 'person', aliases: [] }] });
    const db = await freshDb();
    const staged: string[] = [];
    ask.mockImplementation(
      fakeBackground({
        'pack.importStaged': async ({ id }) => {
          staged.push(id);
          expect(await db.get('transfers', id)).toMatchObject({ id });
          return { entities: 3, notes: 1 };
        },
      }),
    );
    render(<DataSection openDb={() => openBackstoryDb(db.name)} />);
    chooseFile(new File([text], 'pack.json', { type: 'application/json' }));

    await waitFor(() => expect(dataStatus().textContent).toBe('Imported 3 entities and 1 note.'));
    expect(staged).toHaveLength(1);
    expect(ask).not.toHaveBeenCalledWith('pack.import', expect.anything());
  });

  it('sends the file’s text in a message where the database cannot be opened here', async () => {
    const text = JSON.stringify({ entities: [{ name: 'Ada Lovelace', type: 'person', aliases: [] }] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    ask.mockImplementation(fakeBackground({ 'pack.import': () => ({ entities: 3, notes: 1 }) }));
    render(<DataSection openDb={noDatabase} />);
    chooseFile(new File([text], 'pack.json', { type: 'application/json' }));

    await waitFor(() => expect(dataStatus().textContent).toBe('Imported 3 entities and 1 note.'));
    expect(ask).toHaveBeenCalledWith('pack.import', { text });
  });

  it('exports everything read in this page, as a pack of every record', async () => {
    const db = await populatedDb();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backstory/export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<DataSection openDb={() => openBackstoryDb(db.name)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));

    const filename = `backstory-pack-${todayIsoDate()}.json`;
    await waitFor(() => expect(dataStatus().textContent).toBe(`Exported everything to ${filename}.`));
    expect(ask).not.toHaveBeenCalledWith('pack.export', expect.anything());
    const text = (await blobs[0]?.text()) ?? '';
    expect(text.replace(/"exported": "[^"]*"/u, '')).toBe(
      (await exportPack(db)).replace(/"exported": "[^"]*"/u, ''),
    );
  });

  it('lists each problem of a pack that was refused', async () => {
    ask.mockImplementation(async () => {
      throw new Error('entities[3].name: name is empty\nentities[5].type: not person or organization');
    });
    render(<DataSection />);
    chooseFile(new File(['{}'], 'broken.json', { type: 'application/json' }));

    const status = dataStatus();
    await waitFor(() => expect(within(status).queryAllByRole('listitem')).toHaveLength(2));
    expect(status.textContent).toContain('broken.json was not imported');
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['entities[3].name: name is empty', 'entities[5].type: not person or organization']);
  });

  it('exports everything through the background, as a dated JSON download, where the database cannot be opened here', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pack = '{"format":"backstory-pack","version":1,"entities":[]}';
    ask.mockImplementation(fakeBackground({ 'pack.export': () => pack }));
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backstory/export';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });

    // The object URL is let go of a while after the click; run that timer at once.
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) =>
      ms === REVOKE_DELAY_MS
        ? realSetTimeout(callback, 0)
        : realSetTimeout(callback, ms)) as typeof setTimeout);

    render(<DataSection openDb={noDatabase} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));

    const filename = `backstory-pack-${todayIsoDate()}.json`;
    await waitFor(() => expect(dataStatus().textContent).toBe(`Exported everything to ${filename}.`));
    expect(ask).toHaveBeenCalledWith('pack.export', {});
    expect(create).toHaveBeenCalledTimes(1);
    expect(await blobs[0]?.text()).toBe(pack);
    expect(blobs[0]?.type).toBe('application/json');
    expect(clicked).toEqual([{ href: 'blob:backstory/export', download: filename, attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:backstory/export'));
  });

  it('loads and removes the demo pack with a sentence saying so', async () => {
    ask.mockImplementation(
      fakeBackground({ 'demo.load': () => ({ entities: 12, notes: 30 }), 'demo.remove': () => null }),
    );
    render(<DataSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Load demo pack' }));
    await waitFor(() =>
      expect(dataStatus().textContent).toBe('Loaded the demo pack: 12 entities and 30 notes.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove demo pack' }));
    await waitFor(() => expect(dataStatus().textContent).toBe('Removed the demo pack.'));
    expect(ask.mock.calls.map(([type]) => type)).toEqual(['demo.load', 'demo.remove']);
  });

  it('shows how much storage is used when the browser says', async () => {
    const estimate = vi.fn(async () => ({ usage: 1_500_000, quota: 2_000_000_000 }));
    const persisted = vi.fn(async () => true);
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate, persisted } });
    try {
      render(<DataSection />);
      expect(await screen.findByText(/Storage used: 1\.4 MB of 1\.9 GB available\. Persistent/)).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('deletes everything only after DELETE is typed', async () => {
    ask.mockImplementation(fakeBackground({ 'data.deleteAll': () => null }));
    render(<DataSection />);
    const button = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    const field = screen.getByLabelText('Type DELETE to confirm');
    expect(button.disabled).toBe(true);
    fireEvent.input(field, { target: { value: 'delete' } });
    expect(button.disabled).toBe(true);
    fireEvent.input(field, { target: { value: 'DELETE' } });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);

    expect(await screen.findByText('Everything was deleted. Your settings are kept.')).toBeTruthy();
    expect(ask.mock.calls).toEqual([['data.deleteAll', {}]]);
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('says so when deleting failed', async () => {
    ask.mockImplementation(async () => {
      throw new Error('The database is closed.');
    });
    render(<DataSection />);
    fireEvent.input(screen.getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was deleted: The database is closed.',
    );
  });
});
