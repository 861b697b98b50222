// The notice on opening the options page when stored settings were not valid and were reset.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { SettingsNotice } from '../../entrypoints/options/SettingsNotice';
import { popoverDelay } from '../../utils/settings';

describe('options: reset notice', () => {
  it('is absent when every setting is valid', async () => {
    let checked = false;
    render(
      <SettingsNotice
        validate={async () => {
          checked = true;
          return [];
        }}
      />,
    );
    await waitFor(() => expect(checked).toBe(true));
    expect(screen.queryByText(/were not valid/)).toBeNull();
  });

  it('lists the settings that were reset, from the real check, until dismissed', async () => {
    await fakeBrowser.storage.sync.set({ popoverDelay: 'soon', popoverTheme: 'purple' });
    render(<SettingsNotice />);
    expect(
      await screen.findByText('Some settings were not valid and have been reset to their defaults:'),
    ).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Popover delay',
      'Popover colours',
    ]);
    expect(await popoverDelay.getValue()).toBe(300);

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/were not valid/)).toBeNull();
  });
});
