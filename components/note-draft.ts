// The note editor's form state, and its conversion to what `note.save` accepts.
import type { Note, Source } from '../utils/model';
import type { NoteInput } from '../utils/schemas';
import { isIsoDate, todayIsoDate } from './dates';
import { isHttpUrl } from './http-url';

/** One source as the form edits it; fields the form does not show are kept in `rest`. */
export interface SourceDraft {
  url: string;
  title: string;
  publisher: string;
  accessed: string;
  rest: Omit<Source, 'url' | 'title' | 'publisher' | 'accessed'>;
}

export interface NoteDraft {
  text: string;
  author: string;
  sources: SourceDraft[];
}

export interface NoteDraftErrors {
  text?: string;
  sources?: (string | undefined)[];
}

/**
 * The page open while the note is written, offered as its first source: its address and
 * title, and where known its publisher, author, publication date and the quoted passage.
 */
export interface PageRef {
  url: string;
  title: string;
  publisher?: string;
  author?: string;
  published?: string;
  quote?: string;
}

export function emptySource(page?: PageRef | null): SourceDraft {
  const fromPage = page && isHttpUrl(page.url) ? page : null;
  const rest: SourceDraft['rest'] = {};
  if (fromPage?.author) rest.author = fromPage.author;
  if (fromPage?.published && isIsoDate(fromPage.published)) rest.published = fromPage.published;
  if (fromPage?.quote) rest.quote = fromPage.quote;
  return {
    url: fromPage?.url ?? '',
    title: fromPage?.title.trim() ?? '',
    publisher: fromPage?.publisher?.trim() ?? '',
    accessed: todayIsoDate(),
    rest,
  };
}

export function draftFromNote(note: Note | null | undefined, page?: PageRef | null): NoteDraft {
  if (!note) return { text: '', author: '', sources: [emptySource(page)] };
  const sources = note.sources.map(({ url, title, publisher, accessed, ...rest }) => ({
    url,
    title: title ?? '',
    publisher: publisher ?? '',
    accessed: accessed?.slice(0, 10) ?? '',
    rest,
  }));
  return { text: note.text, author: note.author, sources: sources.length > 0 ? sources : [emptySource()] };
}

function isBlank(source: SourceDraft): boolean {
  return (
    source.url.trim() === '' &&
    source.title.trim() === '' &&
    source.publisher.trim() === '' &&
    !source.rest.author?.trim() &&
    !source.rest.quote?.trim()
  );
}

/** Checks the draft and builds the save payload. Source rows left blank are dropped. */
export function noteInputFromDraft(
  draft: NoteDraft,
  entityId: string,
  existing: Note | null | undefined,
): { ok: true; input: NoteInput } | { ok: false; errors: NoteDraftErrors } {
  const errors: NoteDraftErrors = {};
  const text = draft.text.trim();
  if (text === '') errors.text = 'Write the note.';

  const sourceErrors = draft.sources.map((source) => {
    if (isBlank(source)) return undefined;
    const url = source.url.trim();
    if (url === '') return 'Enter the address of this source.';
    if (!isHttpUrl(url)) return 'Source addresses must start with http:// or https://.';
    if (source.accessed !== '' && !isIsoDate(source.accessed)) return 'Enter the date as YYYY-MM-DD.';
    if (source.rest.published && !isIsoDate(source.rest.published)) return 'Enter the date as YYYY-MM-DD.';
    return undefined;
  });
  if (sourceErrors.some((error) => error !== undefined)) errors.sources = sourceErrors;
  if (errors.text !== undefined || errors.sources !== undefined) return { ok: false, errors };

  const sources: Source[] = draft.sources
    .filter((source) => !isBlank(source))
    .map((source) => {
      const result: Source = { ...source.rest, url: source.url.trim() };
      for (const key of ['author', 'quote'] as const) {
        const value = result[key]?.trim();
        if (value) result[key] = value;
        else delete result[key];
      }
      if (source.title.trim() !== '') result.title = source.title.trim();
      if (source.publisher.trim() !== '') result.publisher = source.publisher.trim();
      if (source.accessed !== '') result.accessed = source.accessed;
      return result;
    });

  const input: NoteInput = { entityId, text, sources, author: draft.author.trim() };
  if (existing) input.id = existing.id;
  return { ok: true, input };
}
