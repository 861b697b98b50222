// The popup: who the page in this tab names, the knowledge base, and the selected entity.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityForm } from '../../components/EntityForm';
import type { PageRef } from '../../components/note-draft';
import { askTab } from '../../utils/messaging';
import type { EntitySummary, Source } from '../../utils/model';
import { pendingEntity, pendingNote, siteOf } from '../../utils/settings';
import { EntityPanel } from './EntityPanel';
import type { PageState } from './page-state';
import { loadPageState, pageRef, pageUrl } from './page-state';
import { PageSection } from './PageSection';
import { SearchSection } from './SearchSection';
import { SiteSwitch } from './SiteSwitch';
import type { TargetTab } from './target-tab';
import { findTargetTab } from './target-tab';
import { useKbRevision } from './use-kb-revision';
import { UndoBar } from './UndoBar';
import { useSiteDecision } from './use-site-decision';

/** How recent a request from a page popover to open an entity must be to be honoured. */
const PENDING_ENTITY_MS = 15_000;

/** How long the content script gets to re-read the page after the site setting changed. */
const RESCAN_WAIT_MS = 400;

type View = { kind: 'home' } | { kind: 'entity'; id: string; prefill?: PageRef } | { kind: 'new-entity' };

/** A source as the note editor's page reference. */
function refOf(source: Source): PageRef {
  const { url, title, publisher, author, published, quote } = source;
  return {
    url,
    title: title ?? '',
    ...(publisher ? { publisher } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(quote ? { quote } : {}),
  };
}

export function App({ search }: { search: string }) {
  const [revision, bumpRevision] = useKbRevision();
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [pageRefresh, setPageRefresh] = useState(0);
  const [view, setView] = useState<View>(() => {
    const id = new URLSearchParams(search).get('entity');
    return id ? { kind: 'entity', id } : { kind: 'home' };
  });
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<EntitySummary | null>(null);

  const site = siteOf(pageUrl(page));
  const decision = useSiteDecision(site, page.status === 'ready' && page.summary.isArticle);

  useEffect(() => {
    findTargetTab(search).then(setTab, () => setTab(null));
  }, [search]);

  // Opened from a page popover's "Open in Backstory" or the context menu: show that entity
  // first, with a new note prefilled when the context menu's "Add note to …" asked for one.
  useEffect(() => {
    void Promise.all([pendingEntity.getValue(), pendingNote.getValue()]).then(async ([pending, note]) => {
      if (note) await pendingNote.setValue(null);
      if (!pending) return;
      await pendingEntity.setValue(null);
      if (Date.now() - pending.at >= PENDING_ENTITY_MS) return;
      const prefill =
        note && note.entityId === pending.id && Date.now() - note.at < PENDING_ENTITY_MS
          ? refOf(note.source)
          : undefined;
      setView({ kind: 'entity', id: pending.id, ...(prefill ? { prefill } : {}) });
    });
  }, []);

  useEffect(() => {
    if (tab === undefined) return;
    let current = true;
    void loadPageState(tab).then((state) => {
      if (current) setPage(state);
    });
    return () => {
      current = false;
    };
  }, [tab, revision, pageRefresh]);

  // Ask the page again once its content script has had time to react to a change of the site
  // settings (the first decision seen for the page is not a change).
  const settled = useRef(false);
  const readyDecision = page.status === 'ready' ? decision : undefined;
  useEffect(() => {
    if (readyDecision === undefined) return;
    if (!settled.current) {
      settled.current = true;
      return;
    }
    const timer = setTimeout(() => setPageRefresh((count) => count + 1), RESCAN_WAIT_MS);
    return () => clearTimeout(timer);
  }, [readyDecision]);

  const scanWholePage = async () => {
    if (!tab) return;
    await askTab(tab.id, 'page.scanAll');
    setPageRefresh((count) => count + 1);
  };

  const openEntity = (id: string) => setView({ kind: 'entity', id });
  const goHome = () => setView({ kind: 'home' });
  const undoDone = useCallback(
    (restored: boolean) => {
      setDeleted(null);
      if (restored) bumpRevision();
    },
    [bumpRevision],
  );
  const selection = page.status === 'ready' ? (page.summary.selection ?? '') : '';

  return (
    <div class="popup">
      <header class="popup-header">
        <span class="brand">Backstory</span>
        <a
          href="options.html"
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          Options
        </a>
      </header>
      <main>
        {deleted && <UndoBar deleted={deleted} onDone={undoDone} />}
        {view.kind === 'home' && (
          <>
            {site !== null && decision !== undefined && (
              <SiteSwitch site={site} enabled={decision === 'run'} />
            )}
            <PageSection
              state={page}
              decision={decision}
              onOpen={openEntity}
              onScanWholePage={scanWholePage}
              onAdded={(entity) => {
                bumpRevision();
                openEntity(entity.id);
              }}
            />
            <SearchSection
              revision={revision}
              query={query}
              onQueryChange={setQuery}
              onOpen={openEntity}
              onAdd={() => setView({ kind: 'new-entity' })}
            />
          </>
        )}
        {view.kind === 'entity' && (
          <EntityPanel
            key={view.id}
            id={view.id}
            revision={revision}
            page={pageRef(page)}
            prefill={view.prefill ?? null}
            onBack={goHome}
            onChanged={bumpRevision}
            onDeleted={(entity) => {
              setDeleted(entity);
              goHome();
            }}
          />
        )}
        {view.kind === 'new-entity' && (
          <div class="panel">
            <h1>New entity</h1>
            <EntityForm
              initialName={query.trim() || selection.slice(0, 300)}
              onSaved={(entity) => {
                bumpRevision();
                openEntity(entity.id);
              }}
              onCancel={goHome}
            />
          </div>
        )}
      </main>
    </div>
  );
}
