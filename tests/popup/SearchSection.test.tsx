// The popup's search: results as the background answers them, and a word when imported notes
// are still being added to search (so an empty answer is not mistaken for "no such note").
import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchSection } from '../../entrypoints/popup/SearchSection';
import { askBackground } from '../../utils/messaging';
import { fakeBackground } from '../components/fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
  askTab: vi.fn(),
}));

const ask = vi.mocked(askBackground);
const INDEXING = 'Imported notes are still being added to search: some may not be found yet.';

function renderSearch(query: string) {
  return render(
    <SearchSection revision={0} query={query} onQueryChange={vi.fn()} onOpen={vi.fn()} onAdd={vi.fn()} />,
  );
}

beforeEach(() => {
  ask.mockReset();
});

describe('SearchSection', () => {
  it('says imported notes are still being added when the background says so', async () => {
    ask.mockImplementation(
      fakeBackground({ 'kb.search': () => ({ entities: [], notes: [], notesIndexing: true }) }),
    );
    renderSearch('helsinki');
    expect(await screen.findByText('Nothing matches “helsinki”.')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe(INDEXING);
  });

  it('says nothing of it otherwise, or for an empty query', async () => {
    ask.mockImplementation(fakeBackground({ 'kb.search': () => ({ entities: [], notes: [] }) }));
    renderSearch('helsinki');
    await screen.findByText('Nothing matches “helsinki”.');
    expect(screen.queryByRole('note')).toBeNull();
    ask.mockImplementation(
      fakeBackground({ 'kb.search': () => ({ entities: [], notes: [], notesIndexing: true }) }),
    );
    renderSearch('');
    await screen.findByText('The knowledge base is empty. Add an entity or load the demo pack.');
    expect(screen.queryByText(INDEXING)).toBeNull();
  });
});
