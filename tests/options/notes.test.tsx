// The options page's "Notes": the author name given to new notes.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NotesSettings } from '../../entrypoints/options/NotesSettings';
import { authorName } from '../../utils/settings';

describe('options: notes', () => {
  it('saves the author name for new notes', async () => {
    render(<NotesSettings />);
    const field = screen.getByLabelText('Author name for new notes');
    fireEvent.input(field, { target: { value: '  Sam Reporter ' } });
    fireEvent.change(field);
    await waitFor(async () => expect(await authorName.getValue()).toBe('Sam Reporter'));
    expect(await screen.findByText('New notes will be by Sam Reporter.')).toBeTruthy();
  });

  it('shows the stored name and says when new notes will have none', async () => {
    await authorName.setValue('Kim');
    render(<NotesSettings />);
    const field = screen.getByLabelText('Author name for new notes') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('Kim'));
    fireEvent.input(field, { target: { value: ' ' } });
    fireEvent.change(field);
    expect(await screen.findByText('New notes will have no author.')).toBeTruthy();
    expect(await authorName.getValue()).toBe('');
  });
});
