// The shared-packs panel: host permission asked before subscribing, the list with counts,
// refresh and remove, and failures said in an alert.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SubscriptionsPanel } from '../../components/SubscriptionsPanel';
import { askBackground } from '../../utils/messaging';
import type { SubscriptionSummary } from '../../utils/subscriptions';
import { fakeBackground } from './fake-background';

vi.mock('../../utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  askBackground: vi.fn(),
}));
const ask = vi.mocked(askBackground);

const TEAM: SubscriptionSummary = {
  id: 'sub-1',
  url: 'https://newsroom.example/pack.json',
  name: 'Newsroom pack',
  lastFetched: '2026-11-25T10:00:00.000Z',
  entities: 12,
  notes: 30,
};

let rows: SubscriptionSummary[];
beforeEach(() => {
  rows = [];
  ask.mockReset();
  ask.mockImplementation(
    fakeBackground({
      'subscription.list': () => rows,
      'subscription.add': ({ url }) => {
        rows = [{ ...TEAM, url }];
        return rows[0] ?? TEAM;
      },
      'subscription.refresh': () => [
        { id: 'sub-1', result: 'failed', error: 'Newsroom pack: the server answered 500' },
      ],
      'subscription.remove': () => {
        rows = [];
        return null;
      },
    }),
  );
});

describe('SubscriptionsPanel', () => {
  it('asks for permission to fetch from the site, then subscribes', async () => {
    const requestOrigins = vi.fn(async () => true);
    render(<SubscriptionsPanel requestOrigins={requestOrigins} />);
    fireEvent.input(screen.getByLabelText('Pack address (https)'), { target: { value: TEAM.url } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(requestOrigins).toHaveBeenCalledWith(['https://newsroom.example/*']);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Subscribed to “Newsroom pack”: 12 entities and 30 notes.',
      ),
    );
    expect(screen.getByRole('list', { name: 'Subscribed packs' }).textContent).toContain(
      '12 entities, 30 notes',
    );
  });

  it('refuses plain http, and does not subscribe without permission', async () => {
    const requestOrigins = vi.fn(async () => false);
    render(<SubscriptionsPanel requestOrigins={requestOrigins} />);
    fireEvent.input(screen.getByLabelText('Pack address (https)'), {
      target: { value: 'http://newsroom.example/p.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/only https/u);
    expect(requestOrigins).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Pack address (https)'), { target: { value: TEAM.url } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/needs permission/u);
    expect(ask).not.toHaveBeenCalledWith('subscription.add', expect.anything());
  });

  it('refreshes (saying what failed) and removes', async () => {
    rows = [TEAM];
    render(<SubscriptionsPanel requestOrigins={async () => true} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh Newsroom pack' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the server answered 500');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Newsroom pack' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Subscribed packs' })).toBeNull());
  });
});
