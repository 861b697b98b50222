// The page popover's actions: add or edit a note with the page as its source, open the
// entity in Backstory, hide it on the site.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PagePopover } from '../../components/PagePopover';
import { askBackground } from '../../utils/messaging';
import type { EntityCard } from '../../utils/protocol';
import { fakeBackground, makeEntity, makeNote } from './fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
}));

const ask = vi.mocked(askBackground);
const anchor = { getBoundingClientRect: () => new DOMRect(10, 10, 50, 16) };
const entity = makeEntity();
const note = makeNote();
const card: EntityCard = { entity, notes: [note] };
const page = {
  url: 'https://news.example/2023/05/22/legion',
  title: 'Legion calls for end of Putin’s rule',
  publisher: 'News Example',
  quote: 'The legion released a video on Monday.',
};

function renderPopover(extra: Partial<Parameters<typeof PagePopover>[0]> = {}) {
  return render(
    <PagePopover
      anchor={anchor}
      content={{ status: 'ready', card, pageCount: 2 }}
      onClose={() => undefined}
      onPointerEnter={() => undefined}
      onPointerLeave={() => undefined}
      page={page}
      {...extra}
    />,
  );
}

beforeEach(() => {
  ask.mockReset();
});

describe('PagePopover actions', () => {
  it('adds a note with the page as its first source and the sentence as its quote', async () => {
    ask.mockImplementation(fakeBackground({ 'note.save': () => makeNote({ id: 'n-new' }) }));
    renderPopover();
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByRole('heading', { name: `New note on ${entity.name}` })).toBeTruthy();
    const source = within(screen.getByRole('group', { name: 'Source 1' }));
    expect((source.getByLabelText('URL') as HTMLInputElement).value).toBe(page.url);
    expect((source.getByLabelText('Publisher') as HTMLInputElement).value).toBe('News Example');
    expect((source.getByLabelText('Quote') as HTMLTextAreaElement).value).toBe(page.quote);

    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Seen on the page.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add note' })).toBeTruthy());
    expect(ask).toHaveBeenCalledWith('note.save', {
      note: expect.objectContaining({
        entityId: entity.id,
        text: 'Seen on the page.',
        sources: [expect.objectContaining({ url: page.url, quote: page.quote, title: page.title })],
      }),
    });
  });

  it('edits an existing note in place', async () => {
    ask.mockImplementation(fakeBackground({ 'note.save': () => note }));
    renderPopover();
    fireEvent.click(screen.getByRole('button', { name: /^Edit note/u }));
    expect(screen.getByRole('heading', { name: `Edit note on ${entity.name}` })).toBeTruthy();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe(note.text);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Add note' })).toBeTruthy();
    expect(ask).not.toHaveBeenCalled();
  });

  it('opens the entity in Backstory and hides it on the site', () => {
    const onOpenEntity = vi.fn();
    const onHide = vi.fn();
    renderPopover({ onOpenEntity, onHide });
    fireEvent.click(screen.getByRole('button', { name: 'Open in Backstory' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide on this site' }));
    expect(onOpenEntity).toHaveBeenCalledWith(entity.id);
    expect(onHide).toHaveBeenCalledWith(entity.id);
  });
});
