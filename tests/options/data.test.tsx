// The options page: importing and exporting packs, the demo pack, the site list and the
// note settings, each checked by what the user sees and what is stored.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '../../components/dates';
import { App } from '../../entrypoints/options/App';
import { askBackground } from '../../utils/messaging';
import { authorName, autoArticles, disabledSites, enabledSites, popoverDelay } from '../../utils/settings';
import { fakeBackground } from '../components/fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
  askTab: vi.fn(),
}));

const ask = vi.mocked(askBackground);

beforeEach(() => {
  ask.mockReset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function chooseFile(file: File) {
  const input = screen.getByLabelText('Import a pack') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function dataStatus(): HTMLElement {
  const group = screen.getByRole('group', { name: 'Knowledge base data' });
  return within(group).getByRole('status');
}

describe('options: knowledge base data', () => {
  it('has the title and its sections', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Backstory options' })).toBeTruthy();
    for (const name of ['Knowledge base data', 'Sites', 'Notes']) {
      expect(screen.getByRole('group', { name })).toBeTruthy();
    }
    expect(screen.getByLabelText('Import a pack').getAttribute('accept')).toBe('.json,application/json');
  });

  it('imports the chosen file’s text and says how much came in', async () => {
    const text = JSON.stringify({ entities: [{ name: 'Ada Lovelace', type: 'person', aliases: [] }] });
    ask.mockImplementation(fakeBackground({ 'pack.import': () => ({ entities: 3, notes: 1 }) }));
    render(<App />);
    chooseFile(new File([text], 'pack.json', { type: 'application/json' }));

    await waitFor(() => expect(dataStatus().textContent).toBe('Imported 3 entities and 1 note.'));
    expect(ask).toHaveBeenCalledWith('pack.import', { text });
  });

  it('lists each problem of a pack that was refused', async () => {
    ask.mockImplementation(async () => {
      throw new Error('entities[3].name: name is empty\nentities[5].type: not person or organization');
    });
    render(<App />);
    chooseFile(new File(['{}'], 'broken.json', { type: 'application/json' }));

    const status = dataStatus();
    await waitFor(() => expect(within(status).queryAllByRole('listitem')).toHaveLength(2));
    expect(status.textContent).toContain('broken.json was not imported');
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['entities[3].name: name is empty', 'entities[5].type: not person or organization']);
  });

  it('exports everything as a dated JSON download and lets go of the file afterwards', async () => {
    const pack = '{"format":"backstory-pack","version":1,"entities":[]}';
    ask.mockImplementation(fakeBackground({ 'pack.export': () => pack }));
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backstory/export';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });

    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));

    const filename = `backstory-pack-${todayIsoDate()}.json`;
    await waitFor(() => expect(dataStatus().textContent).toBe(`Exported everything to ${filename}.`));
    expect(ask).toHaveBeenCalledWith('pack.export', {});
    expect(create).toHaveBeenCalledTimes(1);
    expect(await blobs[0]?.text()).toBe(pack);
    expect(blobs[0]?.type).toBe('application/json');
    expect(clicked).toEqual([{ href: 'blob:backstory/export', download: filename, attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:backstory/export'));
  });

  it('loads and removes the demo pack with a sentence saying so', async () => {
    ask.mockImplementation(
      fakeBackground({ 'demo.load': () => ({ entities: 12, notes: 30 }), 'demo.remove': () => null }),
    );
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Load demo pack' }));
    await waitFor(() =>
      expect(dataStatus().textContent).toBe('Loaded the demo pack: 12 entities and 30 notes.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove demo pack' }));
    await waitFor(() => expect(dataStatus().textContent).toBe('Removed the demo pack.'));
    expect(ask.mock.calls.map(([type]) => type)).toEqual(['demo.load', 'demo.remove']);
  });

  it('shows how much storage is used when the browser says', async () => {
    const estimate = vi.fn(async () => ({ usage: 1_500_000, quota: 2_000_000_000 }));
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate } });
    try {
      render(<App />);
      expect(await screen.findByText('Storage used: 1.5 MB of 2.0 GB available.')).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('options: sites', () => {
  it('lists the sites where highlighting is off and turns one back on', async () => {
    await disabledSites.setValue(['example.com', 'news.example']);
    render(<App />);
    const list = await screen.findByRole('list', { name: 'Sites where highlighting is off' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('span')?.textContent),
    ).toEqual(['example.com', 'news.example']);

    fireEvent.click(screen.getByRole('button', { name: 'Turn back on example.com' }));
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['news.example']));
    // Back to the default, not made to run on every page.
    expect(await enabledSites.getValue()).toEqual([]);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Turn back on example.com' })).toBeNull(),
    );
  });

  it('adds a site from a pasted address, normalised', async () => {
    render(<App />);
    fireEvent.input(screen.getByLabelText('Site'), {
      target: { value: 'HTTPS://www.Example.ORG/news/today?x=1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));

    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['example.org']));
    expect(await screen.findByRole('button', { name: 'Turn back on example.org' })).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('Site') as HTMLInputElement).value).toBe(''));
  });

  it('refuses something that is not a site name', async () => {
    render(<App />);
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'not a site!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));

    expect(await screen.findByText(/is not a valid site name|is not a web address/)).toBeTruthy();
    expect(screen.getByLabelText('Site').getAttribute('aria-invalid')).toBe('true');
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('accepts a pattern for a site and all its subdomains, and no site it already covers', async () => {
    render(<App />);
    const field = screen.getByLabelText('Site');
    fireEvent.input(field, { target: { value: '*.Tabloid.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['*.tabloid.example']));

    await waitFor(() => expect((field as HTMLInputElement).value).toBe(''));
    fireEvent.input(field, { target: { value: 'sport.tabloid.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect(await screen.findByText('Highlighting is already off for sport.tabloid.example.')).toBeTruthy();
    expect(await disabledSites.getValue()).toEqual(['*.tabloid.example']);
  });

  it('turning a site off takes it off the always-on list, which can also be emptied by hand', async () => {
    await enabledSites.setValue(['blog.example', 'news.example']);
    render(<App />);
    const always = await screen.findByRole('list', { name: 'Sites where highlighting is always on' });
    expect(within(always).getAllByRole('listitem')).toHaveLength(2);

    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'news.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    await waitFor(async () => expect(await enabledSites.getValue()).toEqual(['blog.example']));
    expect(await disabledSites.getValue()).toEqual(['news.example']);

    fireEvent.click(await screen.findByRole('button', { name: 'Back to default blog.example' }));
    await waitFor(async () => expect(await enabledSites.getValue()).toEqual([]));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Sites where highlighting is always on' })).toBeNull(),
    );
  });

  it('switches reading news articles by itself off and on', async () => {
    render(<App />);
    const box = (await screen.findByRole('checkbox', {
      name: 'Highlight names on news articles by itself',
    })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect(await autoArticles.getValue()).toBe(false));
    expect(await screen.findByText('Backstory will read only the sites you switch on.')).toBeTruthy();
  });

  it('follows changes made elsewhere, such as the popup’s switch', async () => {
    render(<App />);
    expect(await screen.findByText('Highlighting is not turned off on any site.')).toBeTruthy();
    await disabledSites.setValue(['elsewhere.example']);
    expect(await screen.findByRole('button', { name: 'Turn back on elsewhere.example' })).toBeTruthy();
  });
});

describe('options: notes', () => {
  it('saves the author name for new notes', async () => {
    render(<App />);
    const field = screen.getByLabelText('Author name for new notes');
    fireEvent.input(field, { target: { value: '  Sam Reporter ' } });
    fireEvent.change(field);
    await waitFor(async () => expect(await authorName.getValue()).toBe('Sam Reporter'));
    expect(await screen.findByText('New notes will be by Sam Reporter.')).toBeTruthy();
  });

  it('saves a popover delay within 0–3000 ms and refuses one outside it', async () => {
    render(<App />);
    const field = screen.getByLabelText('Popover delay (milliseconds)') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('300'));

    fireEvent.input(field, { target: { value: '5000' } });
    fireEvent.change(field);
    expect(await screen.findByText('Enter a whole number of milliseconds from 0 to 3000.')).toBeTruthy();
    expect(await popoverDelay.getValue()).toBe(300);

    fireEvent.input(field, { target: { value: '750' } });
    fireEvent.change(field);
    await waitFor(async () => expect(await popoverDelay.getValue()).toBe(750));
    expect(screen.queryByText(/Enter a whole number/)).toBeNull();
  });
});
