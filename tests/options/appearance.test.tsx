// The options page's "Appearance": style and colour per kind with a live preview, the default
// look, and the popover's colours, delay and width.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AppearanceSection } from '../../entrypoints/options/AppearanceSection';
import { previewParts } from '../../entrypoints/options/HighlightPreview';
import { appearance, DEFAULT_APPEARANCE, popoverWidth } from '../../utils/appearance';
import { popoverDelay, popoverTheme } from '../../utils/settings';

const group = (name: string) => screen.getByRole('group', { name });

function previewSpan(kind: string): HTMLElement {
  const span = document.querySelector<HTMLElement>(`.highlight-preview [data-kind="${kind}"]`);
  if (!span) throw new Error(`no ${kind} in the preview`);
  return span;
}

describe('options: highlight look', () => {
  it('has a style choice and a colour for each kind', async () => {
    render(<AppearanceSection />);
    for (const kind of ['People', 'Organisations', 'Suggested names']) {
      const styles = within(group(kind)).getByRole('group', { name: `Highlight style for ${kind}` });
      expect(
        within(styles)
          .getAllByRole('radio')
          .map((radio) => radio.closest('label')?.textContent),
      ).toEqual(['Underline', 'Tint', 'Both']);
      expect(within(group(kind)).getByLabelText(`Colour for ${kind}`)).toBeTruthy();
    }
    await waitFor(() =>
      expect((within(group('People')).getByRole('radio', { name: 'Both' }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );
  });

  it('saves a style and a colour and shows them in the preview at once', async () => {
    render(<AppearanceSection />);
    const people = group('People');
    await waitFor(() =>
      expect((within(people).getByRole('radio', { name: 'Tint' }) as HTMLInputElement).disabled).toBe(false),
    );
    fireEvent.click(within(people).getByRole('radio', { name: 'Tint' }));
    await waitFor(async () => expect((await appearance.getValue()).person.style).toBe('tint'));
    expect(
      await screen.findByText('The look of People was changed; open pages show it at once.'),
    ).toBeTruthy();

    const colour = within(group('Organisations')).getByLabelText('Colour for Organisations');
    fireEvent.change(colour, { target: { value: '#AA0000' } });
    await waitFor(async () => expect((await appearance.getValue()).organization.color).toBe('#aa0000'));
    expect((await appearance.getValue()).person.style).toBe('tint');

    // happy-dom has no CSS Custom Highlight API: the preview styles its names inline.
    expect(document.querySelector('[data-preview]')?.getAttribute('data-preview')).toBe('inline');
    await waitFor(() => {
      const person = previewSpan('person').getAttribute('style') ?? '';
      expect(person).toContain('background-color');
      expect(person).not.toContain('text-decoration');
      expect(previewSpan('organization').getAttribute('style')).toContain('#aa0000');
    });
  });

  it('goes back to the default look', async () => {
    await appearance.setValue({ ...DEFAULT_APPEARANCE, suggestion: { style: 'both', color: '#00ff00' } });
    render(<AppearanceSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Default look' }));
    await waitFor(async () => expect(await appearance.getValue()).toEqual(DEFAULT_APPEARANCE));
  });

  it('puts the three sample names into the translated sentence', () => {
    expect(previewParts()).toEqual([
      { text: 'Ada Lovelace', kind: 'person' },
      { text: ' read her notes to ' },
      { text: 'the Royal Society', kind: 'organization' },
      { text: ', where ' },
      { text: 'Charles Babbage', kind: 'suggestion' },
      { text: ' had shown his engine.' },
    ]);
  });
});

describe('options: popover', () => {
  it('chooses the popover’s colours', async () => {
    render(<AppearanceSection />);
    const colours = group('Colours');
    await waitFor(() =>
      expect(
        (within(colours).getByRole('radio', { name: 'Follow the page' }) as HTMLInputElement).checked,
      ).toBe(true),
    );
    fireEvent.click(within(colours).getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect(await popoverTheme.getValue()).toBe('dark'));
    expect(await screen.findByText('Popover colours: Dark.')).toBeTruthy();
  });

  it('saves a popover delay within 0–3000 ms and refuses one outside it', async () => {
    render(<AppearanceSection />);
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

  it('sets the popover width with a slider that says its value', async () => {
    render(<AppearanceSection />);
    const slider = (await screen.findByRole('slider', { name: 'Popover width' })) as HTMLInputElement;
    expect(slider.getAttribute('aria-valuetext')).toBe('26 em');
    fireEvent.input(slider, { target: { value: '32' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('32 em');
    fireEvent.change(slider);
    await waitFor(async () => expect(await popoverWidth.getValue()).toBe(32));
    expect(await screen.findByText('The popover will be 32 em wide.')).toBeTruthy();
  });
});
