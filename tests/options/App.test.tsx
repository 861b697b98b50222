// The options page as a whole: its title, its sections in order, and the research-data panels.
import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/options/App';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(async () => []),
  askTab: vi.fn(),
}));

describe('options page', () => {
  it('has the title and its sections in the order a reader needs them', () => {
    render(<App validate={async () => []} keyboard={{ getCommands: async () => [], firefox: false }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Backstory options' })).toBeTruthy();
    const legends = [...document.querySelectorAll('main > fieldset > legend')].map(
      (legend) => legend.textContent,
    );
    expect(legends).toEqual([
      'Where Backstory runs',
      'What Backstory shows',
      'Appearance',
      'Keyboard shortcuts',
      'Notes',
      'Mentions log',
      'Knowledge base data',
    ]);
    const research = screen.getByRole('region', { name: 'Import, export and shared packs' });
    expect([...research.querySelectorAll('fieldset > legend')].map((legend) => legend.textContent)).toEqual(
      expect.arrayContaining(['Import', 'Export', 'Shared packs']),
    );
    // The quick import the end-to-end tests use stays.
    expect(screen.getByLabelText('Import a pack').getAttribute('accept')).toBe('.json,application/json');
  });

  it('gives every form control a name', () => {
    render(<App validate={async () => []} keyboard={{ getCommands: async () => [], firefox: false }} />);
    for (const control of document.querySelectorAll<HTMLElement>('main input, main select, main button')) {
      const id = control.getAttribute('id');
      const named =
        control.getAttribute('aria-label') !== null ||
        control.closest('label') !== null ||
        (id !== null && document.querySelector(`label[for="${id}"]`) !== null) ||
        (control.tagName === 'BUTTON' && (control.textContent ?? '').trim() !== '');
      expect(named, control.outerHTML).toBe(true);
    }
  });
});
