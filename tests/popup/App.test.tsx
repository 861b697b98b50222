// The popup as a user meets it: who the page names, search, the entity editor, the site
// switch, and keeping up with changes made elsewhere.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { App } from '../../entrypoints/popup/App';
import { askBackground, askTab } from '../../utils/messaging';
import type { EntitySummary } from '../../utils/model';
import type { TabReplies } from '../../utils/protocol';
import { TRASH_UNDO_MS } from '../../utils/protocol';
import { disabledSites, enabledSites, pendingEntity, pendingNote } from '../../utils/settings';
import { fakeBackground, makeEntity, makeNote } from '../components/fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
  askTab: vi.fn(),
}));

const ask = vi.mocked(askBackground);
const askPage = vi.mocked(askTab);

const summary: TabReplies['page.summary'] = {
  url: 'https://www.news.example/2024/ada',
  title: 'The first programmer',
  enabled: true,
  isArticle: true,
  wholePage: false,
  entities: [
    { id: 'e-babbage', type: 'person', name: 'Charles Babbage', count: 1 },
    { id: 'e-ada', type: 'person', name: 'Ada Lovelace', count: 3 },
    { id: 'e-rs', type: 'organization', name: 'Royal Society', count: 2 },
  ],
};

const everyone: EntitySummary[] = [
  { id: 'e-ada', type: 'person', name: 'Ada Lovelace' },
  { id: 'e-babbage', type: 'person', name: 'Charles Babbage' },
  { id: 'e-rs', type: 'organization', name: 'Royal Society' },
];

function tab(id: number, url: string): Browser.tabs.Tab {
  const fields = {
    id,
    url,
    title: 'A tab',
    index: 0,
    windowId: 1,
    highlighted: true,
    active: true,
    pinned: false,
    incognito: false,
  };
  // Only the fields the popup reads; the rest of a Tab does not matter here.
  return fields as Browser.tabs.Tab;
}

beforeEach(() => {
  ask.mockReset();
  askPage.mockReset();
  askPage.mockResolvedValue(summary);
  ask.mockImplementation(
    fakeBackground({
      'kb.search': ({ query }) => ({
        entities: everyone.filter((entity) => entity.name.toLowerCase().includes(query.toLowerCase())),
        notes: [],
      }),
      'entity.card': ({ id }) => (id === 'e-ada' ? { entity: makeEntity(), notes: [makeNote()] } : null),
      'entity.trash': () => ({ id: 'e-ada', type: 'person', name: 'Ada Lovelace' }),
      'entity.restore': () => makeEntity(),
      'mention.list': () => [],
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function listCalls(): unknown[] {
  return ask.mock.calls.filter(([type]) => type === 'kb.search').map(([, payload]) => payload);
}

describe('popup', () => {
  it('lists the entities the page names, most mentioned first, with counts and types in words', async () => {
    render(<App search="?tab=7" />);
    const list = await screen.findByRole('list', { name: 'Entities on this page' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Ada LovelacePerson3 mentions',
      'Royal SocietyOrganisation2 mentions',
      'Charles BabbagePerson1 mention',
    ]);
    expect(askPage).toHaveBeenCalledWith(7, 'page.summary');
  });

  it('asks the active tab of the current window when no tab is named', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(12, 'https://news.example/x')]);
    render(<App search="" />);
    await screen.findByRole('list', { name: 'Entities on this page' });
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(askPage).toHaveBeenCalledWith(12, 'page.summary');
  });

  it('explains kindly when the tab is a browser page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(3, 'chrome://extensions/')]);
    askPage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<App search="" />);
    expect(await screen.findByText(/works on web pages, not on browser or extension pages/)).toBeTruthy();
    expect(screen.queryByText(/Receiving end/)).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('suggests reloading a web page whose content script is not running', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tab(7, 'https://news.example/old'));
    askPage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<App search="?tab=7" />);
    expect(await screen.findByText(/Reload the page, then open Backstory again/)).toBeTruthy();
    // The knowledge base still works without the page.
    expect(await screen.findByRole('list', { name: 'Search results' })).toBeTruthy();
  });

  it('searches the knowledge base as the user types, once they pause', async () => {
    render(<App search="?tab=7" />);
    await waitFor(() => expect(listCalls()).toEqual([{ query: '', limit: 50, noteLimit: 10 }]));
    const box = screen.getByRole('searchbox', { name: 'Search the knowledge base' });
    // Keystrokes 30 ms apart: quicker than the pause the popup waits for.
    for (const value of ['r', 'ro', 'roy']) {
      fireEvent.input(box, { target: { value } });
      await pause(30);
    }

    const results = await screen.findByRole('list', { name: 'Search results' });
    await waitFor(() =>
      expect(
        within(results)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Royal SocietyOrganisation']),
    );
    expect(listCalls()).toEqual([
      { query: '', limit: 50, noteLimit: 10 },
      { query: 'roy', limit: 50, noteLimit: 10 },
    ]);

    fireEvent.input(box, { target: { value: 'zzz' } });
    expect(await screen.findByText('Nothing matches “zzz”.')).toBeTruthy();
  });

  it('opens an entity with its notes, and prefills a new note’s source with the page', async () => {
    render(<App search="?tab=7" />);
    fireEvent.click(await screen.findByRole('button', { name: /Ada Lovelace/ }));

    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(ask).toHaveBeenCalledWith('entity.card', { id: 'e-ada' });
    expect(screen.getByText('Published notes on the Analytical Engine in 1843.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ada Lovelace | Biography' }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const source = within(screen.getByRole('group', { name: 'Source 1' }));
    expect((source.getByLabelText('URL') as HTMLInputElement).value).toBe(summary.url);
    expect((source.getByLabelText('Title') as HTMLInputElement).value).toBe(summary.title);
  });

  it('opens the entity named in its address (a popup window opened from a page popover)', async () => {
    render(<App search="?tab=7&entity=e-ada" />);
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(ask).toHaveBeenCalledWith('entity.card', { id: 'e-ada' });
  });

  it('opens the entity a page popover asked for a moment ago, once', async () => {
    await pendingEntity.setValue({ id: 'e-ada', at: Date.now() });
    render(<App search="?tab=7" />);
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(await pendingEntity.getValue()).toBeNull();
  });

  it('ignores a stale request to open an entity', async () => {
    await pendingEntity.setValue({ id: 'e-ada', at: Date.now() - 60_000 });
    render(<App search="?tab=7" />);
    expect(await screen.findByRole('button', { name: /Ada Lovelace/ })).toBeTruthy();
    await waitFor(async () => expect(await pendingEntity.getValue()).toBeNull());
    expect(screen.queryByRole('heading', { name: 'Ada Lovelace' })).toBeNull();
  });

  it('deletes an entity with Undo, back on the lists; Undo restores it', async () => {
    render(<App search="?tab=7" />);
    fireEvent.click(await screen.findByRole('button', { name: /Ada Lovelace/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit entity' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete Ada Lovelace' }));

    await waitFor(() => expect(ask).toHaveBeenCalledWith('entity.trash', { id: 'e-ada' }));
    expect(await screen.findByRole('heading', { name: 'On this page' })).toBeTruthy();
    const bar = screen.getByRole('status');
    expect(bar.textContent).toContain('Deleted Ada Lovelace and its notes.');
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(ask).toHaveBeenCalledWith('entity.restore', { id: 'e-ada' }));
    await waitFor(() => expect(screen.queryByText(/Deleted Ada Lovelace/)).toBeNull());
  });

  it('lets the Undo offer lapse after the undo window', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      render(<App search="?tab=7&entity=e-ada" />);
      fireEvent.click(await screen.findByRole('button', { name: 'Edit entity' }));
      fireEvent.click(screen.getByRole('button', { name: 'Delete Ada Lovelace' }));
      await screen.findByText(/Deleted Ada Lovelace/);
      await vi.advanceTimersByTimeAsync(TRASH_UNDO_MS + 10);
      expect(screen.queryByText(/Deleted Ada Lovelace/)).toBeNull();
      expect(ask).not.toHaveBeenCalledWith('entity.restore', expect.anything());
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists names the page mentions that are not known yet, and adds one citing the page', async () => {
    const source = {
      url: summary.url,
      title: 'The first programmer',
      publisher: 'News Example',
      accessed: '2024-03-01',
    };
    askPage.mockResolvedValue({
      ...summary,
      source,
      suggestions: [{ name: 'Mary Somerville', type: 'person', count: 2 }],
    });
    ask.mockImplementation(
      fakeBackground({
        'kb.search': () => ({ entities: [], notes: [] }),
        'suggest.accept': () => makeEntity({ id: 'e-mary', name: 'Mary Somerville' }),
        'entity.card': () => ({ entity: makeEntity({ id: 'e-mary', name: 'Mary Somerville' }), notes: [] }),
        'mention.list': () => [],
      }),
    );
    render(<App search="?tab=7" />);
    const list = await screen.findByRole('list', { name: 'Suggested names' });
    expect(within(list).getByRole('listitem').textContent).toContain('Mary SomervillePerson2 mentions');
    fireEvent.click(within(list).getByRole('button', { name: 'Add Mary Somerville' }));
    await waitFor(() =>
      expect(ask).toHaveBeenCalledWith('suggest.accept', {
        entity: { type: 'person', name: 'Mary Somerville', aliases: [] },
        note: { text: 'Named in “The first programmer”.', sources: [source] },
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Mary Somerville' })).toBeTruthy();
  });

  it('shows notes that match the search, opening their entity', async () => {
    ask.mockImplementation(
      fakeBackground({
        'kb.search': ({ query }) => ({
          entities: [],
          notes:
            query === ''
              ? []
              : [{ noteId: 'n-1', entity: everyone[0] ?? makeEntity(), excerpt: 'Published notes…' }],
        }),
        'entity.card': () => ({ entity: makeEntity(), notes: [makeNote()] }),
        'mention.list': () => [],
      }),
    );
    render(<App search="?tab=7" />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the knowledge base' }), {
      target: { value: 'analytical' },
    });
    const notes = await screen.findByRole('list', { name: 'Notes that match' });
    fireEvent.click(within(notes).getByRole('button', { name: /Published notes/ }));
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
  });

  it('opens a new note prefilled with the page and selection the context menu captured', async () => {
    const source = {
      url: 'https://news.example/b',
      title: 'Page B',
      publisher: 'B News',
      quote: 'the passage',
    };
    await pendingNote.setValue({ entityId: 'e-ada', source, at: Date.now() });
    await pendingEntity.setValue({ id: 'e-ada', at: Date.now() });
    render(<App search="?tab=7" />);
    const form = await screen.findByRole('form', { name: 'New note' });
    const first = within(within(form).getByRole('group', { name: 'Source 1' }));
    expect((first.getByLabelText('URL') as HTMLInputElement).value).toBe(source.url);
    expect((first.getByLabelText('Publisher') as HTMLInputElement).value).toBe('B News');
    expect((first.getByLabelText('Quote') as HTMLInputElement).value).toBe('the passage');
    expect(await pendingNote.getValue()).toBeNull();
  });

  it('lists the pages an entity was seen on, and forgets one', async () => {
    const mention = {
      id: 'm-1',
      entityId: 'e-ada',
      url: 'https://news.example/seen',
      title: 'Where Ada was seen',
      seen: '2024-03-05T10:00:00.000Z',
      selector: { exact: 'Ada Lovelace', prefix: 'said ', suffix: ' wrote' },
      start: 5,
      end: 17,
    };
    let mentions = [mention];
    ask.mockImplementation(
      fakeBackground({
        'kb.search': () => ({ entities: [], notes: [] }),
        'entity.card': () => ({ entity: makeEntity(), notes: [] }),
        'mention.list': () => mentions,
        'mention.delete': () => {
          mentions = [];
          return null;
        },
      }),
    );
    render(<App search="?tab=7&entity=e-ada" />);
    const list = await screen.findByRole('list', { name: 'Pages it was seen on' });
    const link = within(list).getByRole('link', { name: 'Where Ada was seen' });
    expect(link.getAttribute('href')).toBe(mention.url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(list).getByRole('listitem').textContent).toContain('…said Ada Lovelace wrote…');
    fireEvent.click(within(list).getByRole('button', { name: /Remove Where Ada was seen/ }));
    await waitFor(() => expect(ask).toHaveBeenCalledWith('mention.delete', { id: 'm-1' }));
    expect(await screen.findByText('Not seen on any page yet.')).toBeTruthy();
  });

  it('shows the background’s error in an alert when adding an entity fails', async () => {
    ask.mockImplementation(
      fakeBackground({
        'kb.search': () => ({ entities: [], notes: [] }),
        'entity.duplicates': () => [],
        'entity.save': () => {
          throw new Error('The knowledge base is full.');
        },
      }),
    );
    render(<App search="?tab=7" />);
    const box = screen.getByRole('searchbox', { name: 'Search the knowledge base' });
    fireEvent.input(box, { target: { value: 'Grace Hopper' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add entity' }));

    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Grace Hopper');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The knowledge base is full.');
  });

  it('turns highlighting off for the page’s site, and back on for all its pages', async () => {
    render(<App search="?tab=7" />);
    const toggle = (await screen.findByRole('switch', {
      name: 'Highlight on this site',
    })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);

    fireEvent.click(toggle);
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['news.example']));
    await waitFor(() => expect(toggle.checked).toBe(false));
    expect(screen.getByText(/Highlighting is off on this site/)).toBeTruthy();

    fireEvent.click(toggle);
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual([]));
    expect(await enabledSites.getValue()).toEqual(['news.example']);
    await waitFor(() => expect(toggle.checked).toBe(true));
  });

  it('explains a page that is not an article, and switching on runs Backstory there', async () => {
    askPage.mockResolvedValue({ ...summary, entities: [], enabled: false, isArticle: false });
    render(<App search="?tab=7" />);
    expect(await screen.findByText(/doesn’t look like a news article/)).toBeTruthy();
    const toggle = screen.getByRole('switch', { name: 'Highlight on this site' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);

    fireEvent.click(toggle);
    await waitFor(async () => expect(await enabledSites.getValue()).toEqual(['news.example']));
  });

  it('reads the whole page on request when only the article was read', async () => {
    let scanned = false;
    askPage.mockImplementation(async (_tab, type) => {
      if (type === 'page.scanAll') scanned = true;
      return type === 'page.scanAll' ? null : { ...summary, wholePage: scanned };
    });
    render(<App search="?tab=7" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read the whole page' }));

    await waitFor(() => expect(askPage).toHaveBeenCalledWith(7, 'page.scanAll'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Read the whole page' })).toBeNull());
    expect(askPage.mock.calls.map(([, type]) => type)).toEqual([
      'page.summary',
      'page.scanAll',
      'page.summary',
    ]);
  });

  it('shows the switch off for a site turned off earlier', async () => {
    await disabledSites.setValue(['news.example']);
    render(<App search="?tab=7" />);
    await screen.findByText(/Highlighting is off on this site/);
    expect((screen.getByRole('switch', { name: 'Highlight on this site' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('reloads when the background says the knowledge base changed, and ignores other messages', async () => {
    const sender = { id: fakeBrowser.runtime.id };
    render(<App search="?tab=7" />);
    await waitFor(() => expect(listCalls()).toHaveLength(1));
    expect(askPage).toHaveBeenCalledTimes(1);

    const ignored = await fakeBrowser.runtime.onMessage.trigger(
      { to: 'tab', type: 'page.summary', payload: {} },
      sender,
    );
    await pause(150);
    expect(listCalls()).toHaveLength(1);
    expect(ignored.every((answer) => answer === undefined)).toBe(true);

    const answers = await fakeBrowser.runtime.onMessage.trigger({ to: 'all', type: 'kb.changed' }, sender);
    expect(answers.every((answer) => answer === undefined)).toBe(true);
    await waitFor(() => expect(listCalls()).toHaveLength(2));
    expect(askPage).toHaveBeenCalledTimes(2);
  });

  it('opens the options page from its link', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<App search="?tab=7" />);
    fireEvent.click(screen.getByRole('link', { name: 'Options' }));
    expect(open).toHaveBeenCalledTimes(1);
  });
});
