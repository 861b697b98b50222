// Opens a mention's popover when the pointer rests on it, and closes it when the pointer
// leaves both the mention and the popover. Pointer positions are hit-tested once per frame.
import { mentionAtPoint, type HitTestState, type PlacedMention } from './hit-test';

export interface HoverOptions {
  document: Document;
  state: () => HitTestState;
  /** Milliseconds the pointer rests on a mention before it opens. */
  delay: () => number;
  /** Whether the pointer is over our popover (then nothing closes). */
  overPopover: () => boolean;
  onOpen: (mention: PlacedMention) => void;
  onClose: () => void;
  signal: AbortSignal;
}

/** Time the pointer may spend between the mention and the popover before it closes. */
const CLOSE_GRACE_MS = 250;

export class HoverController {
  private frame = 0;
  private x = 0;
  private y = 0;
  private pending: PlacedMention | null = null;
  private open: PlacedMention | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: HoverOptions) {
    const view = options.document.defaultView;
    if (!view) return;
    view.addEventListener('pointermove', (event) => this.onMove(event), {
      passive: true,
      capture: true,
      signal: options.signal,
    });
    options.signal.addEventListener('abort', () => {
      view.cancelAnimationFrame(this.frame);
      clearTimeout(this.openTimer);
      clearTimeout(this.closeTimer);
    });
  }

  /** The popover was opened or closed by other means (keyboard, Escape): keep in step. */
  setOpen(mention: PlacedMention | null): void {
    this.open = mention;
    this.pending = null;
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }

  /** The open mention was found again by a rescan: follow it, keeping any pending close. */
  repoint(mention: PlacedMention): void {
    this.open = mention;
  }

  /** The pointer entered the popover: keep it open. */
  enterPopover(): void {
    clearTimeout(this.closeTimer);
  }

  /** The pointer left the popover: close after the grace period unless it comes back. */
  leavePopover(): void {
    this.scheduleClose();
  }

  private onMove(event: PointerEvent): void {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    this.x = event.clientX;
    this.y = event.clientY;
    const view = this.options.document.defaultView;
    if (this.frame || !view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.test();
    });
  }

  private test(): void {
    if (this.options.overPopover()) {
      clearTimeout(this.closeTimer);
      return;
    }
    const mention = mentionAtPoint(this.options.document, this.options.state(), this.x, this.y);
    if (mention && mention === this.open) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (mention !== this.pending) {
      clearTimeout(this.openTimer);
      this.pending = mention;
      if (mention) {
        this.openTimer = setTimeout(() => {
          this.pending = null;
          this.open = mention;
          clearTimeout(this.closeTimer);
          this.options.onOpen(mention);
        }, this.options.delay());
      }
    }
    if (!mention && this.open) this.scheduleClose();
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (this.options.overPopover()) return;
      this.open = null;
      this.options.onClose();
    }, CLOSE_GRACE_MS);
  }
}
