// The options page's "Where Backstory runs": the off and always-on lists, adding a site either
// way, the automatic-articles switch, and following changes made in the popup.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SitesSection } from '../../entrypoints/options/SitesSection';
import { autoArticles, disabledSites, enabledSites } from '../../utils/settings';

describe('options: sites', () => {
  it('lists the sites where highlighting is off and turns one back on', async () => {
    await disabledSites.setValue(['example.com', 'news.example']);
    render(<SitesSection />);
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
    render(<SitesSection />);
    fireEvent.input(screen.getByLabelText('Site'), {
      target: { value: 'HTTPS://www.Example.ORG/news/today?x=1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));

    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['example.org']));
    expect(await screen.findByRole('button', { name: 'Turn back on example.org' })).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('Site') as HTMLInputElement).value).toBe(''));
  });

  it('refuses something that is not a site name', async () => {
    render(<SitesSection />);
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'not a site!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));

    expect(await screen.findByText(/is not a valid site name|is not a web address/)).toBeTruthy();
    expect(screen.getByLabelText('Site').getAttribute('aria-invalid')).toBe('true');
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('accepts a pattern for a site and all its subdomains, and no site it already covers', async () => {
    render(<SitesSection />);
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
    render(<SitesSection />);
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
    render(<SitesSection />);
    const box = (await screen.findByRole('checkbox', {
      name: 'Highlight names on news articles by itself',
    })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect(await autoArticles.getValue()).toBe(false));
    expect(await screen.findByText('Backstory will read only the sites you switch on.')).toBeTruthy();
  });

  it('follows changes made elsewhere, such as the popup’s switch', async () => {
    render(<SitesSection />);
    expect(await screen.findByText('Highlighting is not turned off on any site.')).toBeTruthy();
    await disabledSites.setValue(['elsewhere.example']);
    expect(await screen.findByRole('button', { name: 'Turn back on elsewhere.example' })).toBeTruthy();
  });

  it('adds a site to the always-on list and lifts an off pattern covering it', async () => {
    await disabledSites.setValue(['*.example.org']);
    render(<SitesSection />);
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'news.example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Always on for this site' }));

    await waitFor(async () => expect(await enabledSites.getValue()).toEqual(['news.example.org']));
    expect(await disabledSites.getValue()).toEqual([]);
    expect(await screen.findByText('Backstory now reads every page of news.example.org.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Back to default news.example.org' })).toBeTruthy();
  });

  it('explains site patterns next to the field', () => {
    render(<SitesSection />);
    const field = screen.getByLabelText('Site');
    const help = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toContain('*.example.com for example.com and all its subdomains');
  });
});
