// The options page's "What Backstory shows": people, organisations, suggestions and the
// one-word-name rule, each a checkbox that writes its setting at once.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ShownSection } from '../../entrypoints/options/ShownSection';
import { showSuggestions, shownTypes, singleWordNeedsFullName } from '../../utils/settings';

const box = async (name: string) => (await screen.findByRole('checkbox', { name })) as HTMLInputElement;

describe('options: what Backstory shows', () => {
  it('starts with everything on, as the defaults say', async () => {
    render(<ShownSection />);
    for (const name of [
      'People',
      'Organisations',
      'Suggestions',
      'A one-word name needs the full name first',
    ]) {
      expect((await box(name)).checked).toBe(true);
    }
  });

  it('turns organisations off and keeps people on', async () => {
    render(<ShownSection />);
    fireEvent.click(await box('Organisations'));
    await waitFor(async () =>
      expect(await shownTypes.getValue()).toEqual({ person: true, organization: false }),
    );
    expect(await screen.findByText('Organisations: off.')).toBeTruthy();
    fireEvent.click(await box('People'));
    await waitFor(async () =>
      expect(await shownTypes.getValue()).toEqual({ person: false, organization: false }),
    );
  });

  it('turns suggestions and the one-word rule off', async () => {
    render(<ShownSection />);
    fireEvent.click(await box('Suggestions'));
    await waitFor(async () => expect(await showSuggestions.getValue()).toBe(false));
    fireEvent.click(await box('A one-word name needs the full name first'));
    await waitFor(async () => expect(await singleWordNeedsFullName.getValue()).toBe(false));
    expect(await screen.findByText('A one-word name needs the full name first: off.')).toBeTruthy();
  });

  it('explains the one-word rule in the checkbox’s description', async () => {
    render(<ShownSection />);
    const rule = await box('A one-word name needs the full name first');
    const help = document.getElementById(rule.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toContain('only on pages that also give the full name');
  });

  it('follows a change made elsewhere', async () => {
    render(<ShownSection />);
    await box('Suggestions');
    await showSuggestions.setValue(false);
    await waitFor(async () => expect((await box('Suggestions')).checked).toBe(false));
  });
});
