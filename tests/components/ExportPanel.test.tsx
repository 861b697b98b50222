// The export panel reading the knowledge base (or, where it cannot open it, a real export
// port): the chosen format and filters apply, progress is shown, and the files are saved.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../components/ExportPanel';
import { askBackground } from '../../utils/messaging';
import type { ExportedFile } from '../../utils/export/run-export';
import { EXPORT_PORT, serveExportPort } from '../../utils/export/port';
import type { BackstoryDb } from '../../utils/db';
import { listEntities, openBackstoryDb } from '../../utils/db';
import { OWNER, populatedDb, portPair } from '../export/helpers';
import { fakeBackground } from './fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
}));
const ask = vi.mocked(askBackground);

let db: BackstoryDb;
beforeEach(async () => {
  db = await populatedDb();
  const entities = await listEntities(db);
  ask.mockReset();
  ask.mockImplementation(
    fakeBackground({ 'entity.list': () => entities.map(({ id, type, name }) => ({ id, type, name })) }),
  );
});

function connect(name: string) {
  expect(name).toBe(EXPORT_PORT);
  const [page, background] = portPair(name);
  serveExportPort(background, db, OWNER);
  return page;
}

/** The same knowledge base, opened by the panel as the options page opens it. */
const openSame = () => openBackstoryDb(db.name);
const noDatabase = () => Promise.reject(new Error('no database here'));

describe('ExportPanel', () => {
  it('exports a pack of everything, read from the knowledge base', async () => {
    const saved: ExportedFile[] = [];
    const port = vi.fn(connect);
    render(<ExportPanel connect={port} openDb={openSame} save={(file) => saved.push(file)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Exported backstory-pack-/u));
    expect(saved).toHaveLength(1);
    const pack = JSON.parse((await saved[0]?.blob.text()) ?? '') as { entities: unknown[]; notes: unknown[] };
    expect(pack.entities).toHaveLength(2);
    expect(pack.notes).toHaveLength(2);
    expect(port).not.toHaveBeenCalled();
  });

  it('exports through the background when the knowledge base cannot be opened here', async () => {
    const saved: ExportedFile[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const port = vi.fn(connect);
    render(<ExportPanel connect={port} openDb={noDatabase} save={(file) => saved.push(file)} />);
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'csv-files' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(4));
    expect(port).toHaveBeenCalledOnce();
    expect(await saved[0]?.blob.text()).toMatch(/Vladimir Putin/u);
    warn.mockRestore();
  });

  it('exports W3C annotations, only this page’s in the popup', async () => {
    const saved: ExportedFile[] = [];
    render(
      <ExportPanel
        connect={connect}
        openDb={openSame}
        save={(file) => saved.push(file)}
        pageUrl="https://other.example/x"
      />,
    );
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'w3c' } });
    expect(screen.getByRole('checkbox', { name: 'Only this page’s annotations' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const collection = JSON.parse((await saved[0]?.blob.text()) ?? '') as {
      total: number;
      first: { items: { motivation: string }[] };
    };
    expect(collection.total).toBe(1);
    expect(collection.first.items[0]?.motivation).toBe('identifying');
  });

  it('says when the export failed', async () => {
    const broken = () => {
      const [page, background] = portPair(EXPORT_PORT);
      // The background goes away (a crash, an update) before answering.
      setTimeout(() => background.disconnect(), 0);
      return page;
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<ExportPanel connect={broken} openDb={noDatabase} save={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'csv-zip' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The export failed/u);
    warn.mockRestore();
  });
});
