// The options page's "Keyboard shortcuts": the commands with their keys, and the way to the
// browser's shortcut settings (a tab on Chrome, directions on Firefox).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { KeyboardSection } from '../../entrypoints/options/KeyboardSection';

const commands = async () => [
  { name: '_execute_action', description: '', shortcut: '' },
  { name: 'next-mention', description: 'Go to the next…', shortcut: 'Alt+Shift+.' },
  { name: 'previous-mention', description: 'Go to the previous…', shortcut: 'Alt+Shift+,' },
];

describe('options: keyboard shortcuts', () => {
  it('lists each command with its keys, or says it has none', async () => {
    render(<KeyboardSection getCommands={commands} firefox={false} />);
    const table = await screen.findByRole('table', { name: 'Backstory’s keyboard shortcuts' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Open the Backstory popupNot set',
      'Go to the next highlighted name and open its notesAlt+Shift+.',
      'Go to the previous highlighted name and open its notesAlt+Shift+,',
    ]);
  });

  it('opens Chrome’s shortcut page in a tab', async () => {
    const open = vi.fn(async () => undefined);
    render(<KeyboardSection getCommands={commands} openShortcuts={open} firefox={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens chrome://extensions/shortcuts by default', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<KeyboardSection getCommands={commands} firefox={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' }));
  });

  it('tells Firefox users the way through about:addons', async () => {
    render(<KeyboardSection getCommands={commands} firefox />);
    expect(screen.queryByRole('button', { name: 'Change shortcuts' })).toBeNull();
    expect(screen.getByText(/about:addons.*Manage Extension Shortcuts/)).toBeTruthy();
  });

  it('says so when the browser cannot list the commands', async () => {
    render(
      <KeyboardSection
        getCommands={() => {
          throw new Error('not here');
        }}
        firefox={false}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('The shortcuts could not be shown: not here');
  });
});
