// The popover as the content script shows it: loading, an error, or the entity's card.
import type { VirtualElement } from '@floating-ui/dom';
import type { EntityCard as EntityCardData } from '../utils/protocol';
import { EntityCard } from './EntityCard';
import { Popover } from './Popover';

export type PopoverContent =
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
}

const HEADING_ID = 'backstory-popover-heading';

export function PagePopover({
  anchor,
  content,
  onClose,
  onPointerEnter,
  onPointerLeave,
  focusOnOpen,
  theme,
}: PagePopoverProps) {
  return (
    <Popover
      anchor={anchor}
      labelledBy={HEADING_ID}
      onClose={onClose}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      focusOnOpen={focusOnOpen}
      theme={theme}
    >
      {content.status === 'ready' ? (
        <EntityCard card={content.card} pageCount={content.pageCount} headingId={HEADING_ID} />
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
