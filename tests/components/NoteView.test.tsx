// A note as the popup shows it: safe source links, provenance, and a delete that asks first.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteView } from '../../components/NoteView';
import { makeNote } from './fake-background';

afterEach(cleanup);

describe('NoteView', () => {
  it('links http(s) sources in a new tab without a referrer, and no other kind', () => {
    const note = makeNote({
      sources: [
        { url: 'https://www.britannica.com/biography/Ada-Lovelace', title: 'Ada Lovelace | Biography' },
        { url: 'javascript:alert(1)', title: 'Not a page' },
      ],
    });
    render(<NoteView note={note} onEdit={vi.fn()} onDelete={vi.fn(async () => undefined)} />);

    const link = screen.getByRole('link', { name: 'Ada Lovelace | Biography' });
    expect(link.getAttribute('href')).toBe('https://www.britannica.com/biography/Ada-Lovelace');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'Not a page' })).toBeNull();
    expect(screen.getByText('Not a page')).toBeTruthy();
  });

  it('shows the author and, once edited, both dates', () => {
    const note = makeNote({ modified: '2024-04-02T09:00:00.000Z' });
    render(<NoteView note={note} onEdit={vi.fn()} onDelete={vi.fn(async () => undefined)} />);
    expect(screen.getByText(/By Sam Reporter/)).toBeTruthy();
    expect(screen.getByText(/edited/)).toBeTruthy();
  });

  it('offers no edit or delete for a note of a subscribed pack', () => {
    const note = makeNote({ origin: { kind: 'pack', packId: 'sub-1', packName: 'Newsroom pack' } });
    render(<NoteView note={note} onEdit={vi.fn()} onDelete={vi.fn(async () => undefined)} />);
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.getByText(/from Newsroom pack/u)).toBeTruthy();
    expect(screen.getByText('Read-only: it changes with the subscribed pack.')).toBeTruthy();
  });

  it('deletes only after the user confirms', async () => {
    const onDelete = vi.fn(async () => undefined);
    render(<NoteView note={makeNote()} onEdit={vi.fn()} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText('Delete this note?')).toBeTruthy();
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(onDelete).toHaveBeenCalledTimes(1));
  });
});
