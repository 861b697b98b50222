// The note editor: the page and author it starts from, what it refuses and what it sends.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '../../components/dates';
import { NoteForm } from '../../components/NoteForm';
import { askBackground } from '../../utils/messaging';
import type { Note } from '../../utils/model';
import { NOTE_CONFLICT_ERROR } from '../../utils/protocol';
import { authorName } from '../../utils/settings';
import { fakeBackground, makeNote } from './fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
  askTab: vi.fn(),
}));

const ask = vi.mocked(askBackground);
const page = { url: 'https://news.example/2024/ada', title: 'The first programmer' };

beforeEach(() => {
  ask.mockReset();
});
afterEach(cleanup);

/** A note form editing `note`, as the popup shows it. */
function EntityFormless({ note, onSaved }: { note: Note; onSaved: (note: Note) => void }) {
  return <NoteForm entityId="e-ada" note={note} onSaved={onSaved} onCancel={vi.fn()} />;
}

function source(n: number) {
  return within(screen.getByRole('group', { name: `Source ${n}` }));
}

function valueOf(element: HTMLElement): string {
  return (element as HTMLInputElement).value;
}

describe('NoteForm', () => {
  it('offers the open page as the first source, read today', () => {
    render(<NoteForm entityId="e-ada" page={page} onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect(valueOf(source(1).getByLabelText('URL'))).toBe(page.url);
    expect(valueOf(source(1).getByLabelText('Title'))).toBe(page.title);
    expect(valueOf(source(1).getByLabelText('Accessed'))).toBe(todayIsoDate());
  });

  it('takes the page’s publisher, author, date and the quoted sentence into the first source', async () => {
    ask.mockImplementation(fakeBackground({ 'note.save': () => makeNote({ id: 'n-q' }) }));
    const rich = {
      ...page,
      publisher: 'News Example',
      author: 'Sam Writer',
      published: '2024-01-02',
      quote: 'Ada wrote the first program.',
    };
    render(<NoteForm entityId="e-ada" page={rich} onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect(valueOf(source(1).getByLabelText('Publisher'))).toBe('News Example');
    expect(valueOf(source(1).getByLabelText('Source author'))).toBe('Sam Writer');
    expect(valueOf(source(1).getByLabelText('Published'))).toBe('2024-01-02');
    expect(valueOf(source(1).getByLabelText('Quote'))).toBe('Ada wrote the first program.');
    fireEvent.input(source(1).getByLabelText('Quote'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'First programmer.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(ask).toHaveBeenCalled());
    expect(ask.mock.calls[0]?.[1]).toMatchObject({
      note: {
        sources: [
          {
            url: page.url,
            title: page.title,
            publisher: 'News Example',
            author: 'Sam Writer',
            published: '2024-01-02',
            accessed: todayIsoDate(),
          },
        ],
      },
    });
    const sent = ask.mock.calls[0]?.[1] as { note: { sources: Record<string, unknown>[] } };
    expect(sent.note.sources[0]).not.toHaveProperty('quote');
  });

  it('does not offer a browser page as a source', () => {
    render(
      <NoteForm
        entityId="e-ada"
        page={{ url: 'chrome://newtab/', title: 'New Tab' }}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(valueOf(source(1).getByLabelText('URL'))).toBe('');
    expect(valueOf(source(1).getByLabelText('Title'))).toBe('');
  });

  it('fills in the author from the settings', async () => {
    await authorName.setValue('Sam Reporter');
    render(<NoteForm entityId="e-ada" page={page} onSaved={vi.fn()} onCancel={vi.fn()} />);
    await waitFor(() => expect(valueOf(screen.getByLabelText('Author'))).toBe('Sam Reporter'));
  });

  it('sends the note with the sources as the user changed them', async () => {
    await authorName.setValue('Sam Reporter');
    const saved = makeNote({ id: 'n-new' });
    ask.mockImplementation(fakeBackground({ 'note.save': () => saved }));
    const onSaved = vi.fn();
    render(<NoteForm entityId="e-ada" page={page} onSaved={onSaved} onCancel={vi.fn()} />);
    await waitFor(() => expect(valueOf(screen.getByLabelText('Author'))).toBe('Sam Reporter'));

    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Wrote the first program.' } });
    fireEvent.input(source(1).getByLabelText('Title'), { target: { value: 'Ada, the first programmer' } });
    fireEvent.input(source(1).getByLabelText('Publisher'), { target: { value: 'News Example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    fireEvent.input(source(2).getByLabelText('URL'), { target: { value: 'https://archive.example/ada' } });
    fireEvent.input(source(2).getByLabelText('Accessed'), { target: { value: '2024-02-29' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(ask).toHaveBeenCalledWith('note.save', {
      note: {
        entityId: 'e-ada',
        text: 'Wrote the first program.',
        author: 'Sam Reporter',
        sources: [
          {
            url: page.url,
            title: 'Ada, the first programmer',
            publisher: 'News Example',
            accessed: todayIsoDate(),
          },
          { url: 'https://archive.example/ada', accessed: '2024-02-29' },
        ],
      },
    });
  });

  it('refuses an empty note and a source address that is not http(s)', () => {
    render(<NoteForm entityId="e-ada" page={page} onSaved={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.input(source(1).getByLabelText('URL'), { target: { value: 'file:///etc/passwd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

    expect(screen.getByText('Write the note.')).toBeTruthy();
    expect(source(1).getByText(/must start with http:\/\/ or https:\/\//)).toBeTruthy();
    expect(ask).not.toHaveBeenCalled();
  });

  it('edits an existing note, keeping its id and the source fields it does not show', async () => {
    const note = makeNote({
      sources: [{ url: 'https://example.org/a', title: 'A', quote: 'the passage', published: '2023-01-02' }],
    });
    ask.mockImplementation(fakeBackground({ 'note.save': () => note }));
    render(<NoteForm entityId="e-ada" note={note} page={page} onSaved={vi.fn()} onCancel={vi.fn()} />);

    expect(valueOf(source(1).getByLabelText('URL'))).toBe('https://example.org/a');
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Changed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(ask).toHaveBeenCalled());
    expect(ask).toHaveBeenCalledWith('note.save', {
      note: {
        id: 'n-1',
        entityId: 'e-ada',
        text: 'Changed.',
        author: 'Sam Reporter',
        sources: [
          { url: 'https://example.org/a', title: 'A', quote: 'the passage', published: '2023-01-02' },
        ],
      },
      expectedModified: note.modified,
    });
  });

  it('says when the note was changed elsewhere; “Keep mine” saves over it', async () => {
    const note = makeNote();
    const theirs = makeNote({ text: 'Their change.', modified: '2024-03-02T10:00:00.000Z', author: 'Kim' });
    let saves = 0;
    ask.mockImplementation(
      fakeBackground({
        'note.save': (payload) => {
          saves += 1;
          if (saves === 1) throw new Error(NOTE_CONFLICT_ERROR);
          return makeNote({ text: payload.note.text });
        },
        'note.get': () => theirs,
      }),
    );
    const onSaved = vi.fn();
    render(<EntityFormless note={note} onSaved={onSaved} />);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'My change.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'This note was changed elsewhere' });
    expect(dialog.textContent).toContain('Their change.');
    expect(dialog.textContent).toContain('by Kim');
    expect(onSaved).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(ask).toHaveBeenLastCalledWith('note.save', {
      note: expect.objectContaining({ text: 'My change.' }),
      expectedModified: theirs.modified,
    });
  });

  it('“Take theirs” drops this edit and shows the other one', async () => {
    const theirs = makeNote({ text: 'Their change.', modified: '2024-03-02T10:00:00.000Z' });
    ask.mockImplementation(
      fakeBackground({
        'note.save': () => {
          throw new Error(NOTE_CONFLICT_ERROR);
        },
        'note.get': () => theirs,
      }),
    );
    render(<EntityFormless note={makeNote()} onSaved={vi.fn()} />);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'My change.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Take theirs' }));
    expect(valueOf(screen.getByLabelText('Note'))).toBe('Their change.');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows a failed save in an alert', async () => {
    ask.mockImplementation(async () => {
      throw new Error('sources[0].url: not an http(s) URL');
    });
    render(<NoteForm entityId="e-ada" page={page} onSaved={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Text' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect((await screen.findByRole('alert')).textContent).toContain('sources[0].url: not an http(s) URL');
  });
});
