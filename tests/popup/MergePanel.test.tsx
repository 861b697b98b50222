// Merging another entity into the one shown: find it, confirm, and the background merges.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MergePanel } from '../../entrypoints/popup/MergePanel';
import { askBackground } from '../../utils/messaging';
import { fakeBackground, makeEntity } from '../components/fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
  askTab: vi.fn(),
}));

const ask = vi.mocked(askBackground);

beforeEach(() => {
  ask.mockReset();
});

describe('MergePanel', () => {
  it('finds the other entity (not this one), asks, and merges it into this one', async () => {
    const kept = makeEntity({ aliases: [{ text: 'Ada King' }] });
    ask.mockImplementation(
      fakeBackground({
        'kb.search': () => ({
          entities: [
            { id: 'e-ada', type: 'person', name: 'Ada Lovelace' },
            { id: 'e-king', type: 'person', name: 'Ada King' },
          ],
          notes: [],
        }),
        'entity.merge': () => kept,
      }),
    );
    const onMerged = vi.fn();
    render(<MergePanel entity={makeEntity()} onMerged={onMerged} onCancel={vi.fn()} />);
    fireEvent.input(screen.getByLabelText('Find the entity to merge into Ada Lovelace'), {
      target: { value: 'ada' },
    });
    const list = await screen.findByRole('list', { name: 'Entities to merge' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Ada KingPerson']);
    fireEvent.click(within(list).getByRole('button'));
    expect(screen.getByText(/Ada King’s names, notes and the pages it was seen on will move/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Merge Ada King into Ada Lovelace' }));
    await waitFor(() => expect(onMerged).toHaveBeenCalledWith(kept));
    expect(ask).toHaveBeenCalledWith('entity.merge', { keepId: 'e-ada', mergeId: 'e-king' });
  });
});
