// A note's history in the note list: earlier versions with who and when, and restoring one.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteView } from '../../components/NoteView';
import { askBackground } from '../../utils/messaging';
import type { NoteVersion } from '../../utils/model';
import { fakeBackground, makeNote } from './fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
  askTab: vi.fn(),
}));

const ask = vi.mocked(askBackground);
const note = makeNote({ text: 'Now.', modified: '2024-03-03T10:00:00.000Z' });
const versions: NoteVersion[] = [
  {
    id: 'v-1',
    noteId: 'n-1',
    text: 'First.',
    sources: [],
    author: 'Kim',
    modified: '2024-03-01T10:00:00.000Z',
    replaced: '2024-03-02T10:00:00.000Z',
  },
  {
    id: 'v-2',
    noteId: 'n-1',
    text: 'Second.',
    sources: note.sources,
    author: 'Sam Reporter',
    modified: '2024-03-02T10:00:00.000Z',
    replaced: '2024-03-03T10:00:00.000Z',
  },
];

beforeEach(() => {
  ask.mockReset();
});

describe('note history', () => {
  it('lists earlier versions newest first, with author and what differs, and restores one', async () => {
    const restored = makeNote({ text: 'First.' });
    ask.mockImplementation(
      fakeBackground({ 'note.versions': () => versions, 'note.restore': () => restored }),
    );
    const onRestored = vi.fn();
    render(
      <NoteView note={note} onEdit={vi.fn()} onDelete={async () => undefined} onRestored={onRestored} />,
    );

    fireEvent.click(screen.getByRole('button', { name: 'History' }));
    const history = await screen.findByRole('region', { name: 'Earlier versions' });
    const items = await within(history).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('blockquote')?.textContent)).toEqual(['Second.', 'First.']);
    expect(items[1]?.textContent).toContain('by Kim');
    expect(items[1]?.textContent).toContain('Differs from now in: text, sources, author.');
    expect(items[0]?.textContent).toContain('Differs from now in: text.');

    const second = items[1];
    if (!second) throw new Error('no second version');
    fireEvent.click(within(second).getByRole('button', { name: /Restore the version/ }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith(restored));
    expect(ask).toHaveBeenCalledWith('note.restore', { noteId: 'n-1', versionId: 'v-1' });
  });

  it('has no History button for a note never edited', () => {
    render(
      <NoteView note={makeNote()} onEdit={vi.fn()} onDelete={async () => undefined} onRestored={vi.fn()} />,
    );
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
  });
});
