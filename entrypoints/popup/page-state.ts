// What the popup knows about the page in its tab: still asking, the content script's summary,
// or a friendly reason why there is none (browser pages, pages loaded before Backstory).
import { askTab } from '../../utils/messaging';
import type { TabReplies } from '../../utils/protocol';
import { siteOf } from '../../utils/settings';
import type { TargetTab } from './target-tab';
import type { PageRef } from '../../components/note-draft';

export type PageSummary = TabReplies['page.summary'];

export type PageState =
  | { status: 'loading' }
  | { status: 'ready'; tab: TargetTab; summary: PageSummary }
  | { status: 'unavailable'; tab: TargetTab | null; message: string };

export async function loadPageState(tab: TargetTab | null): Promise<PageState> {
  if (!tab) return { status: 'unavailable', tab, message: 'There is no open page in this window.' };
  try {
    const summary = await askTab(tab.id, 'page.summary');
    return { status: 'ready', tab, summary };
  } catch {
    return { status: 'unavailable', tab, message: unavailableMessage(tab.url) };
  }
}

function unavailableMessage(url: string): string {
  if (url !== '' && siteOf(url) === null) {
    return 'Backstory works on web pages, not on browser or extension pages like this one.';
  }
  return 'Backstory isn’t running on this page yet. Reload the page, then open Backstory again.';
}

/** The page's address: the content script's answer, or failing that the tab's. */
export function pageUrl(state: PageState): string {
  if (state.status === 'ready') return state.summary.url;
  if (state.status === 'unavailable') return state.tab?.url ?? '';
  return '';
}

/**
 * The page a new note's first source is taken from, if it is a web page: its metadata as the
 * content script read it, and the text selected there as the quote.
 */
export function pageRef(state: PageState): PageRef | null {
  if (state.status === 'ready') {
    const { source, selection, url, title } = state.summary;
    const ref: PageRef = { url: source?.url ?? url, title: source?.title ?? title };
    if (source?.publisher) ref.publisher = source.publisher;
    if (source?.author) ref.author = source.author;
    if (source?.published) ref.published = source.published;
    if (selection) ref.quote = selection;
    return ref;
  }
  if (state.status === 'unavailable' && state.tab && siteOf(state.tab.url) !== null) {
    return { url: state.tab.url, title: state.tab.title };
  }
  return null;
}
