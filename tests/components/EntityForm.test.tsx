// The entity editor: what it refuses, what it sends to the background, and how it deletes.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntityForm } from '../../components/EntityForm';
import { askBackground } from '../../utils/messaging';
import { fakeBackground, makeEntity } from './fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
  askTab: vi.fn(),
}));

const ask = vi.mocked(askBackground);

beforeEach(() => {
  ask.mockReset();
});
afterEach(cleanup);

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('EntityForm', () => {
  it('takes the page’s selection as the name when it arrives after the form opened, unless the user typed one', () => {
    const { rerender } = render(<EntityForm initialName="" onSaved={vi.fn()} onCancel={vi.fn()} />);
    rerender(<EntityForm initialName="Meduza" onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Meduza');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Meduza (outlet)' } });
    rerender(<EntityForm initialName="Something else" onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Meduza (outlet)');
  });

  it('refuses to save without a name', () => {
    render(<EntityForm onSaved={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByText('Enter a name.')).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(ask).not.toHaveBeenCalled();
  });

  it('refuses a link that is not http(s) and says which', () => {
    render(<EntityForm onSaved={vi.fn()} onCancel={vi.fn()} />);
    type('Name', 'Acme');
    type('Link 1 URL', 'javascript:alert(1)');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByText(/Links must be web addresses starting with http/)).toBeTruthy();
    expect(screen.getByLabelText('Link 1 URL').getAttribute('aria-invalid')).toBe('true');
    expect(ask).not.toHaveBeenCalled();
  });

  it('sends a new entity with cleaned-up aliases and links, and reports the saved one', async () => {
    const saved = makeEntity({ id: 'e-new', name: 'Acme Ltd', type: 'organization' });
    ask.mockImplementation(fakeBackground({ 'entity.save': () => saved, 'entity.duplicates': () => [] }));
    const onSaved = vi.fn();
    render(<EntityForm onSaved={onSaved} onCancel={vi.fn()} />);

    type('Name', '  Acme Ltd ');
    fireEvent.click(screen.getByLabelText('Organisation'));
    for (const name of ['ACME', '', 'Acme Corporation', 'acme']) {
      fireEvent.click(screen.getByRole('button', { name: 'Add other name' }));
      const rows = screen.getAllByRole('group', { name: /^Other name \d+$/ });
      const row = rows[rows.length - 1];
      if (!row) throw new Error('no alias row');
      fireEvent.input(within(row).getByRole('textbox'), { target: { value: name } });
    }
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Other name 1' })).getByLabelText('Any letter case'),
    );
    type(/Tags/, 'industry, anvils, industry');
    type('Description', 'Maker of anvils.');
    type('Link 1 URL', 'https://acme.example/about');
    type('Link 1 Label', 'About');
    fireEvent.click(screen.getByRole('button', { name: 'Add link' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(ask).toHaveBeenCalledWith('entity.save', {
      entity: {
        type: 'organization',
        name: 'Acme Ltd',
        aliases: [{ text: 'ACME', caseInsensitive: true }, { text: 'Acme Corporation' }],
        description: 'Maker of anvils.',
        links: [{ url: 'https://acme.example/about', label: 'About' }],
        tags: ['industry', 'anvils'],
      },
    });
  });

  it('keeps the id, tags and alias options of an entity it edits; marks and removes aliases', async () => {
    const entity = makeEntity({ aliases: [...makeEntity().aliases, { text: 'Ada Byron' }] });
    ask.mockImplementation(fakeBackground({ 'entity.save': () => entity, 'entity.duplicates': () => [] }));
    render(<EntityForm entity={entity} onSaved={vi.fn()} onCancel={vi.fn()} />);

    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Ada Lovelace');
    expect((screen.getByLabelText('Person') as HTMLInputElement).checked).toBe(true);
    const first = within(screen.getByRole('group', { name: 'Other name 1' }));
    expect((first.getByLabelText('Any letter case') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove other name 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add other name' }));
    const added = within(screen.getByRole('group', { name: 'Other name 2' }));
    fireEvent.input(added.getByRole('textbox'), { target: { value: 'Ada King' } });
    fireEvent.click(added.getByLabelText('Safe single word'));
    fireEvent.click(added.getByLabelText('With or without accents'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(ask).toHaveBeenCalled());
    expect(ask).toHaveBeenCalledWith('entity.save', {
      entity: expect.objectContaining({
        id: 'e-ada',
        tags: ['computing'],
        aliases: [
          { text: 'Countess of Lovelace', caseInsensitive: true },
          { text: 'Ada King', safe: true, foldDiacritics: true },
        ],
      }),
    });
  });

  it('shows the background’s refusal in an alert and stays open', async () => {
    ask.mockImplementation(async () => {
      throw new Error('name: name is too long');
    });
    const onSaved = vi.fn();
    render(<EntityForm onSaved={onSaved} onCancel={vi.fn()} />);
    type('Name', 'Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('name: name is too long');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('deletes to the trash (the popup offers Undo) and reports what went', async () => {
    const summary = { id: 'e-ada', type: 'person' as const, name: 'Ada Lovelace' };
    ask.mockImplementation(fakeBackground({ 'entity.trash': () => summary }));
    const onDeleted = vi.fn();
    render(<EntityForm entity={makeEntity()} onSaved={vi.fn()} onCancel={vi.fn()} onDeleted={onDeleted} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Ada Lovelace' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(summary));
    expect(ask).toHaveBeenCalledWith('entity.trash', { id: 'e-ada' });
  });

  it('finds a duplicate before saving and merges into it on request', async () => {
    const existing = { id: 'e-old', type: 'person' as const, name: 'Ada King' };
    const kept = makeEntity({ id: 'e-old', name: 'Ada King' });
    ask.mockImplementation(
      fakeBackground({
        'entity.duplicates': () => [existing],
        'entity.save': () => makeEntity({ id: 'e-new', name: 'Ada Lovelace' }),
        'entity.merge': () => kept,
      }),
    );
    const onSaved = vi.fn();
    render(<EntityForm onSaved={onSaved} onCancel={vi.fn()} />);
    type('Name', 'Ada Lovelace');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Possible duplicate' });
    expect(dialog.textContent).toContain('Ada King');
    expect(ask).not.toHaveBeenCalledWith('entity.save', expect.anything());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge into Ada King' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(kept));
    expect(ask).toHaveBeenCalledWith('entity.merge', { keepId: 'e-old', mergeId: 'e-new' });
  });

  it('saves a separate entity when the user says the names only look alike', async () => {
    const saved = makeEntity({ id: 'e-new' });
    ask.mockImplementation(
      fakeBackground({
        'entity.duplicates': () => [{ id: 'e-old', type: 'person', name: 'Ada' }],
        'entity.save': () => saved,
      }),
    );
    const onSaved = vi.fn();
    render(<EntityForm onSaved={onSaved} onCancel={vi.fn()} />);
    type('Name', 'Ada');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save as a separate entity' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(ask).not.toHaveBeenCalledWith('entity.merge', expect.anything());
  });

  it('removes a link row and still offers one empty row', () => {
    render(<EntityForm entity={makeEntity()} onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect((screen.getByLabelText('Link 1 URL') as HTMLInputElement).value).toBe(
      'https://en.wikipedia.org/wiki/Ada_Lovelace',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove link 1' }));
    expect((screen.getByLabelText('Link 1 URL') as HTMLInputElement).value).toBe('');
  });
});
