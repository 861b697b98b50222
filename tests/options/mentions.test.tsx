// The options page's "Mentions log": recording on or off, and how many days mentions are kept.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MentionsSection } from '../../entrypoints/options/MentionsSection';
import { mentionRetentionDays, recordMentions } from '../../utils/settings';

describe('options: mentions log', () => {
  it('turns recording off, which disables the retention field', async () => {
    render(<MentionsSection />);
    const box = (await screen.findByRole('checkbox', {
      name: 'Remember the pages where known names appear',
    })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect(await recordMentions.getValue()).toBe(false));
    expect(await screen.findByText('Backstory will not remember where names appear.')).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByLabelText('Keep mentions for (days)') as HTMLInputElement).disabled).toBe(true),
    );
  });

  it('keeps mentions for a whole number of days and refuses others', async () => {
    render(<MentionsSection />);
    const field = screen.getByLabelText('Keep mentions for (days)') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe(String(mentionRetentionDays.fallback)));
    fireEvent.input(field, { target: { value: '0' } });
    fireEvent.change(field);
    expect(await screen.findByText('Enter a whole number of days from 1 to 3650.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(field, { target: { value: '30' } });
    fireEvent.change(field);
    await waitFor(async () => expect(await mentionRetentionDays.getValue()).toBe(30));
    expect(await screen.findByText('Mentions will be kept for 30 days.')).toBeTruthy();
  });
});
