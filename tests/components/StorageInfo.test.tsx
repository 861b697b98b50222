// Storage use and persistence: shown where the browser says, persistence asked on a click.
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageInfo, formatSize } from '../../components/StorageInfo';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('StorageInfo', () => {
  it('formats sizes', () => {
    expect([formatSize(512), formatSize(2048), formatSize(5.5 * 1024 ** 3)]).toEqual([
      '512 bytes',
      '2.0 KB',
      '5.5 GB',
    ]);
  });

  it('shows usage and quota, and asks for persistent storage', async () => {
    const persist = vi.fn(async () => true);
    let persisted = false;
    vi.stubGlobal('navigator', {
      storage: {
        estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 100 * 1024 * 1024 }),
        persisted: async () => persisted,
        persist: async () => {
          persisted = await persist();
          return persisted;
        },
      },
    });
    render(<StorageInfo />);
    expect((await screen.findByText(/Storage used/u)).textContent).toBe(
      'Storage used: 3.0 MB of 100 MB available.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data persistent' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/kept even when/u);
    expect(persist).toHaveBeenCalledOnce();
    expect(await screen.findByText(/Persistent: the browser will not clear it/u)).toBeTruthy();
  });
});
