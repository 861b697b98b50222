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
    ask.mockImplementation(fakeBackground({ 'entity.save': () => saved }));
    const onSaved = vi.fn();
    render(<EntityForm onSaved={onSaved} onCancel={vi.fn()} />);

    type('Name', '  Acme Ltd ');
    fireEvent.click(screen.getByLabelText('Organisation'));
    type(/Other names/, 'ACME\n\nAcme Corporation\nacme');
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
        aliases: [{ text: 'ACME' }, { text: 'Acme Corporation' }],
        description: 'Maker of anvils.',
        links: [{ url: 'https://acme.example/about', label: 'About' }],
        tags: [],
      },
    });
  });

  it('keeps the id, tags and alias options of an entity it edits', async () => {
    const entity = makeEntity();
    ask.mockImplementation(fakeBackground({ 'entity.save': () => entity }));
    render(<EntityForm entity={entity} onSaved={vi.fn()} onCancel={vi.fn()} />);

    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Ada Lovelace');
    expect((screen.getByLabelText('Person') as HTMLInputElement).checked).toBe(true);
    type(/Other names/, 'Countess of Lovelace\nAda King');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(ask).toHaveBeenCalled());
    expect(ask).toHaveBeenCalledWith('entity.save', {
      entity: expect.objectContaining({
        id: 'e-ada',
        tags: ['computing'],
        aliases: [{ text: 'Countess of Lovelace', caseInsensitive: true }, { text: 'Ada King' }],
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

  it('asks before deleting, and deletes only when confirmed', async () => {
    ask.mockImplementation(fakeBackground({ 'entity.delete': () => null }));
    const onDeleted = vi.fn();
    render(<EntityForm entity={makeEntity()} onSaved={vi.fn()} onCancel={vi.fn()} onDeleted={onDeleted} />);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Ada Lovelace' }));
    const question = screen.getByRole('group', { name: /Delete Ada Lovelace and all its notes\?/ });
    expect(ask).not.toHaveBeenCalled();

    fireEvent.click(within(question).getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('group', { name: /all its notes/ })).toBeNull();
    expect(ask).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete Ada Lovelace' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(ask).toHaveBeenCalledWith('entity.delete', { id: 'e-ada' });
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
