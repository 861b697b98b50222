// "On this page": the known entities the page in the tab mentions, most mentioned first, then
// the names it mentions that the knowledge base does not know yet, each with an Add button.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Entity } from '../../utils/model';
import type { RunDecision } from '../../utils/settings';
import { siteOf } from '../../utils/settings';
import { SuggestionsList } from './SuggestionsList';
import { EntityButton } from './EntityButton';
import type { PageState } from './page-state';

export interface PageSectionProps {
  state: PageState;
  /** Whether Backstory runs on this page per the site settings; undefined while reading them. */
  decision: RunDecision | undefined;
  onOpen: (id: string) => void;
  /** Asks the content script to read the whole page, not only its article region. */
  onScanWholePage: () => Promise<void>;
  /** Called after a suggested name was added. */
  onAdded?: (entity: Entity) => void;
}

export function PageSection(props: PageSectionProps) {
  return (
    <section aria-labelledby="page-heading">
      <h2 id="page-heading">On this page</h2>
      <PageBody {...props} />
    </section>
  );
}

function PageBody({ state, decision, onOpen, onScanWholePage, onAdded }: PageSectionProps) {
  if (state.status === 'loading') return <p class="muted">Reading the page…</p>;
  if (state.status === 'unavailable') return <p class="notice">{state.message}</p>;
  if (decision === 'site-off') {
    return (
      <p class="notice">Highlighting is off on this site. Turn it on above to see who the page names.</p>
    );
  }
  if (decision === 'off' || !state.summary.enabled) {
    return (
      <p class="notice">
        This page doesn’t look like a news article, so Backstory hasn’t read it. Turn on highlighting for this
        site to read its pages anyway.
      </p>
    );
  }
  const entities = [...state.summary.entities].sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name),
  );
  return (
    <>
      {entities.length === 0 ? (
        <p class="muted">This page names no one from your knowledge base.</p>
      ) : (
        <ul class="entity-list" aria-label="Entities on this page">
          {entities.map((entity) => (
            <li key={entity.id}>
              <EntityButton entity={entity} count={entity.count} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      {!state.summary.wholePage && <ScanWholePage onScan={onScanWholePage} />}
      {onAdded && (
        <SuggestionsList
          suggestions={state.summary.suggestions ?? []}
          source={
            state.summary.source ??
            (siteOf(state.summary.url) === null
              ? null
              : { url: state.summary.url, title: state.summary.title })
          }
          onAdded={onAdded}
        />
      )}
    </>
  );
}

function ScanWholePage({ onScan }: { onScan: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scan = async () => {
    setBusy(true);
    setError(null);
    try {
      await onScan();
    } catch (failure) {
      setError(`The rest of the page could not be read: ${errorText(failure)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="scan-all">
      <span class="muted">Only the article was read.</span>{' '}
      <button type="button" class="small" disabled={busy} onClick={() => void scan()}>
        Read the whole page
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
