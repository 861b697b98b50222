// "Shared packs": subscriptions to a team's pack by URL. Adding one asks for permission to
// fetch from that site (on the user's click) and fetches it; each can be refreshed or removed.
// Their entities and notes are read-only, with the pack's name as their origin.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground } from '../utils/messaging';
import type { SubscriptionSummary } from '../utils/subscriptions';
import { originPattern, subscriptionUrlProblem } from '../utils/subscriptions';
import { errorText } from './error-text';

export interface SubscriptionsPanelProps {
  /** Asks for host permissions (tests pass their own). */
  requestOrigins?: (origins: string[]) => Promise<boolean>;
}

const requestWithBrowser = (origins: string[]) => browser.permissions.request({ origins });

type Status = { kind: 'idle' } | { kind: 'busy' | 'done'; text: string } | { kind: 'failed'; text: string };

const fetchedText = (row: SubscriptionSummary) =>
  row.lastFetched ? `fetched ${new Date(row.lastFetched).toLocaleString()}` : 'not fetched yet';

export function SubscriptionsPanel({ requestOrigins = requestWithBrowser }: SubscriptionsPanelProps) {
  const [rows, setRows] = useState<SubscriptionSummary[]>([]);
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const reload = () =>
    askBackground('subscription.list', {})
      .then(setRows)
      .catch((error: unknown) => setStatus({ kind: 'failed', text: errorText(error) }));
  useEffect(() => {
    void reload();
  }, []);

  const run = async (busyText: string, action: () => Promise<string>) => {
    setStatus({ kind: 'busy', text: busyText });
    try {
      setStatus({ kind: 'done', text: await action() });
    } catch (error) {
      setStatus({ kind: 'failed', text: errorText(error) });
    }
    await reload();
  };

  const add = (event: Event) => {
    event.preventDefault();
    const address = url.trim();
    const problem = subscriptionUrlProblem(address);
    if (problem) {
      setStatus({ kind: 'failed', text: `Cannot subscribe to “${address}”: ${problem}.` });
      return;
    }
    // Requested first, while the click still counts as the user's gesture.
    const granted = requestOrigins([originPattern(address)]);
    void run(`Fetching ${address}…`, async () => {
      if (!(await granted))
        throw new Error(`Backstory needs permission to fetch from ${new URL(address).host}.`);
      const added = await askBackground('subscription.add', { url: address });
      setUrl('');
      return `Subscribed to “${added.name}”: ${added.entities} entities and ${added.notes} notes.`;
    });
  };

  const refresh = (id?: string) =>
    run('Checking for new versions…', async () => {
      const outcomes = await askBackground('subscription.refresh', id === undefined ? {} : { id });
      const failed = outcomes.filter((outcome) => outcome.result === 'failed');
      if (failed.length > 0) throw new Error(failed.map((outcome) => outcome.error ?? outcome.id).join('\n'));
      const updated = outcomes.filter((outcome) => outcome.result === 'updated').length;
      return updated > 0
        ? `${updated} pack${updated === 1 ? '' : 's'} updated.`
        : 'Every pack is up to date.';
    });

  const remove = (row: SubscriptionSummary) =>
    run(`Removing ${row.name}…`, async () => {
      await askBackground('subscription.remove', { id: row.id });
      return `Unsubscribed from “${row.name}”; its entities and notes were removed.`;
    });

  return (
    <fieldset class="subscriptions-panel">
      <legend>Shared packs</legend>
      <form onSubmit={add}>
        <div class="field">
          <label for="subscription-url">Pack address (https)</label>
          <input
            id="subscription-url"
            type="url"
            value={url}
            placeholder="https://newsroom.example/backstory-pack.json"
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit" disabled={status.kind === 'busy' || url.trim() === ''}>
            Subscribe
          </button>
          {rows.length > 0 && (
            <button type="button" disabled={status.kind === 'busy'} onClick={() => void refresh()}>
              Check all for updates
            </button>
          )}
        </div>
      </form>
      {rows.length === 0 ? (
        <p class="muted">No shared packs. Packs you subscribe to are checked once a day.</p>
      ) : (
        <ul class="subscriptions" aria-label="Subscribed packs">
          {rows.map((row) => (
            <li key={row.id}>
              <strong>{row.name || row.url}</strong>
              <span class="muted">{` ${row.url} · ${row.entities} entities, ${row.notes} notes · ${fetchedText(row)}`}</span>
              <button type="button" aria-label={`Refresh ${row.name}`} onClick={() => void refresh(row.id)}>
                Refresh
              </button>
              <button type="button" aria-label={`Remove ${row.name}`} onClick={() => void remove(row)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="status" class="status">
        {(status.kind === 'busy' || status.kind === 'done') && <p>{status.text}</p>}
      </div>
      {status.kind === 'failed' && (
        <div role="alert" class="status status-error">
          {status.text.split('\n').map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      )}
    </fieldset>
  );
}
