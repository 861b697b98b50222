// The page popover's frame: a dialog placed next to a mention with @floating-ui/dom (flips and
// shifts to stay on screen, follows the mention on scroll), closed by Escape or the close button.
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import type { VirtualElement } from '@floating-ui/dom';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

export interface PopoverProps {
  anchor: VirtualElement;
  labelledBy: string;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** Move focus into the popover when it opens (keyboard use). */
  focusOnOpen?: boolean;
  theme?: 'light' | 'dark';
  /** Pinned popovers stay open until closed on purpose; absent: no pin button. */
  pinned?: boolean;
  onTogglePin?: () => void;
  /** Width in em (the reader's setting); the popover never outgrows the window. */
  width?: number;
  children: ComponentChildren;
}

export function Popover({
  anchor,
  labelledBy,
  onClose,
  onPointerEnter,
  onPointerLeave,
  focusOnOpen,
  theme = 'light',
  pinned,
  onTogglePin,
  width,
  children,
}: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const place = () => {
      void computePosition(anchor, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              element.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        element.style.left = `${Math.round(x)}px`;
        element.style.top = `${Math.round(y)}px`;
        element.style.visibility = 'visible';
      });
    };
    return autoUpdate(anchor, element, place);
  }, [anchor]);

  useEffect(() => {
    if (focusOnOpen) ref.current?.focus();
  }, [focusOnOpen, anchor]);

  return (
    <div
      ref={ref}
      class={theme === 'dark' ? 'bs-popover bs-dark' : 'bs-popover'}
      style={width ? { width: `min(${width}em, calc(100vw - 16px))` } : undefined}
      role="dialog"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="bs-corner">
        {onTogglePin && (
          <button
            type="button"
            class="bs-icon-button"
            aria-label={pinned ? 'Unpin' : 'Pin open'}
            aria-pressed={pinned === true}
            title={pinned ? 'Unpin: close when the pointer leaves' : 'Pin: keep open until closed'}
            onClick={onTogglePin}
          >
            {pinned ? '◆' : '◇'}
          </button>
        )}
        <button type="button" class="bs-icon-button bs-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </div>
  );
}
