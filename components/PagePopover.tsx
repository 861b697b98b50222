// The popover as the content script shows it: loading, an error, or the entity's card with
// what a reader can do from the page — add or edit a note (the page prefilled as its source,
// the sentence as its quote), open the entity in Backstory, or hide it on this site.
import type { VirtualElement } from '@floating-ui/dom';
import { useEffect, useState } from 'preact/hooks';
import type { Note, Source } from '../utils/model';
import type { Suggestion } from '../utils/suggest/index';
import { SuggestionCard } from './SuggestionCard';
import type { EntityCard as EntityCardData } from '../utils/protocol';
import { EntityCard } from './EntityCard';
import type { PageRef } from './note-draft';
import { NoteForm } from './NoteForm';
import { Popover } from './Popover';

export type PopoverContent =
  | { status: 'suggestion'; suggestion: Suggestion; source: Source }
  | { status: 'loading'; name: string }
  | { status: 'error'; name: string; message: string }
  | { status: 'ready'; card: EntityCardData; pageCount: number };

export interface PagePopoverProps {
  anchor: VirtualElement;
  content: PopoverContent;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  focusOnOpen?: boolean;
  theme?: 'light' | 'dark';
  /** The page as a new note's first source. */
  page?: PageRef;
  onOpenEntity?: (id: string) => void;
  onHide?: (id: string) => void;
  pinned?: boolean;
  onTogglePin?: () => void;
  width?: number;
  /** A suggestion was added to the knowledge base or rejected. */
  onSuggestionDone?: (outcome: 'added' | 'rejected') => void;
}

type Mode = { kind: 'view' } | { kind: 'note'; note: Note | null };

const HEADING_ID = 'backstory-popover-heading';

export function PagePopover({
  anchor,
  content,
  onClose,
  onPointerEnter,
  onPointerLeave,
  focusOnOpen,
  theme,
  page,
  onOpenEntity,
  onHide,
  onSuggestionDone,
  pinned,
  onTogglePin,
  width,
}: PagePopoverProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const entityId = content.status === 'ready' ? content.card.entity.id : null;
  useEffect(() => setMode({ kind: 'view' }), [entityId]);
  return (
    <Popover
      anchor={anchor}
      labelledBy={HEADING_ID}
      onClose={onClose}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      focusOnOpen={focusOnOpen}
      theme={theme}
      pinned={pinned}
      onTogglePin={onTogglePin}
      width={width}
    >
      {content.status === 'suggestion' ? (
        <SuggestionCard
          suggestion={content.suggestion}
          source={content.source}
          headingId={HEADING_ID}
          onDone={(outcome) => onSuggestionDone?.(outcome)}
        />
      ) : content.status === 'ready' && mode.kind === 'note' ? (
        <div class="bs-card">
          <h2 id={HEADING_ID} class="bs-name">
            {mode.note ? 'Edit note on' : 'New note on'} {content.card.entity.name}
          </h2>
          <NoteForm
            entityId={content.card.entity.id}
            note={mode.note}
            page={page ?? null}
            onSaved={() => setMode({ kind: 'view' })}
            onCancel={() => setMode({ kind: 'view' })}
          />
        </div>
      ) : content.status === 'ready' ? (
        <>
          <EntityCard
            card={content.card}
            pageCount={content.pageCount}
            headingId={HEADING_ID}
            onEditNote={(note) => setMode({ kind: 'note', note })}
            onShowPages={onOpenEntity ? () => onOpenEntity(content.card.entity.id) : undefined}
          />
          <div class="bs-actions" role="group" aria-label="Actions">
            <button type="button" onClick={() => setMode({ kind: 'note', note: null })}>
              Add note
            </button>
            {onOpenEntity && (
              <button type="button" onClick={() => onOpenEntity(content.card.entity.id)}>
                Open in Backstory
              </button>
            )}
            {onHide && (
              <button type="button" onClick={() => onHide(content.card.entity.id)}>
                Hide on this site
              </button>
            )}
          </div>
        </>
      ) : (
        <div class="bs-card">
          <h2 id={HEADING_ID} class="bs-name">
            {content.name}
          </h2>
          {content.status === 'loading' ? (
            <p class="bs-muted" role="status">
              Loading notes…
            </p>
          ) : (
            <p class="bs-error" role="alert">
              {content.message}
            </p>
          )}
        </div>
      )}
    </Popover>
  );
}
