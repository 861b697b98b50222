// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { PagePopover } from '../../components/PagePopover';
import type { EntityCard as EntityCardData } from '../../utils/protocol';

const card: EntityCardData = {
  entity: {
    id: 'e1',
    type: 'person',
    name: 'Vyacheslav Gladkov',
    aliases: [{ text: 'Gladkov' }],
    description: 'Governor of Belgorod Oblast',
    links: [],
    tags: [],
    origin: { kind: 'own' },
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
  },
  notes: [
    {
      id: 'n1',
      entityId: 'e1',
      text: 'Governor since 2020.\n\nSecond paragraph <img src=x onerror=alert(1)>',
      sources: [
        {
          url: 'https://en.wikipedia.org/wiki/Vyacheslav_Gladkov',
          title: 'Vyacheslav Gladkov - Wikipedia',
          publisher: 'Wikipedia',
          accessed: '2024-02-03',
        },
        { url: 'javascript:alert(1)', title: 'Hostile link' },
      ],
      author: 'A. Curator',
      origin: { kind: 'pack', packId: 'p', packName: 'Newsroom pack' },
      created: '2024-02-03T10:00:00.000Z',
      modified: '2024-02-05T10:00:00.000Z',
    },
  ],
};

const anchor = {
  getBoundingClientRect: () => new DOMRect(10, 10, 50, 16),
};

describe('EntityCard', () => {
  it('shows name, type, description, notes with their sources and provenance', () => {
    render(<EntityCard card={card} pageCount={3} headingId="h" />);
    expect(screen.getByRole('heading', { name: 'Vyacheslav Gladkov' })).toBeTruthy();
    expect(screen.getByText('Person')).toBeTruthy();
    expect(screen.getByText('Governor of Belgorod Oblast')).toBeTruthy();
    const notes = screen.getByRole('list', { name: 'Notes' });
    expect(within(notes).getByText('Governor since 2020.')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Vyacheslav Gladkov - Wikipedia' });
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Vyacheslav_Gladkov');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText(/Wikipedia · accessed 2024-02-03/u)).toBeTruthy();
    expect(
      screen.getByText(/Written by A. Curator on 2024-02-03, edited 2024-02-05 · from Newsroom pack/u),
    ).toBeTruthy();
    expect(screen.getByText('Mentioned 3 times on this page')).toBeTruthy();
  });

  it('never turns note text into HTML or a javascript: URL into a link', () => {
    const { container } = render(<EntityCard card={card} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/Second paragraph <img/u)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Hostile link' })).toBeNull();
    expect(screen.getByText('Hostile link')).toBeTruthy();
  });

  it('links to the other pages the entity was seen on, and names the pack it came from', () => {
    const onShowPages = vi.fn();
    const packed = {
      ...card.entity,
      origin: { kind: 'pack' as const, packId: 'p', packName: 'Newsroom pack' },
    };
    render(
      <EntityCard
        card={{ ...card, entity: packed, otherPages: 2 }}
        pageCount={1}
        onShowPages={onShowPages}
      />,
    );
    expect(screen.getByText('From Newsroom pack')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'seen on 2 other pages' }));
    expect(onShowPages).toHaveBeenCalledTimes(1);
  });

  it('offers no Edit on a note of a subscribed pack', () => {
    const subscribed = {
      ...card.notes[0],
      origin: { kind: 'pack' as const, packId: 'sub-1', packName: 'Team' },
    };
    render(
      <EntityCard
        card={{ ...card, notes: [subscribed as (typeof card.notes)[number]] }}
        onEditNote={vi.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Edit note/u })).toBeNull();
  });

  it('says so when there are no notes', () => {
    render(<EntityCard card={{ ...card, notes: [] }} />);
    expect(screen.getByText('No notes yet.')).toBeTruthy();
  });
});

describe('PagePopover', () => {
  it('is a dialog named after the entity, closed by Escape and by its close button', () => {
    const onClose = vi.fn();
    render(
      <PagePopover
        anchor={anchor}
        content={{ status: 'ready', card, pageCount: 1 }}
        onClose={onClose}
        onPointerEnter={() => undefined}
        onPointerLeave={() => undefined}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Vyacheslav Gladkov' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('shows loading and error states with the entity’s name', () => {
    const props = {
      anchor,
      onClose: () => undefined,
      onPointerEnter: () => undefined,
      onPointerLeave: () => undefined,
    };
    const { rerender } = render(<PagePopover {...props} content={{ status: 'loading', name: 'Meduza' }} />);
    expect(screen.getByRole('dialog', { name: 'Meduza' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading notes…');
    rerender(<PagePopover {...props} content={{ status: 'error', name: 'Meduza', message: 'Gone.' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Gone.');
  });

  it('takes the dark theme when asked', () => {
    const props = {
      anchor,
      onClose: () => undefined,
      onPointerEnter: () => undefined,
      onPointerLeave: () => undefined,
    };
    const { rerender } = render(
      <PagePopover {...props} theme="dark" content={{ status: 'loading', name: 'Mash' }} />,
    );
    expect(screen.getByRole('dialog').classList.contains('bs-dark')).toBe(true);
    rerender(<PagePopover {...props} theme="light" content={{ status: 'loading', name: 'Mash' }} />);
    expect(screen.getByRole('dialog').classList.contains('bs-dark')).toBe(false);
  });
});
