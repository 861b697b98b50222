// A destructive action that asks first, in the page rather than with window.confirm.
import { useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  /** Visible text of the first button, e.g. "Delete". */
  label: string;
  /** Accessible name of the first button where the label alone is ambiguous. */
  ariaLabel?: string;
  /** The question asked before acting, e.g. "Delete this note?". */
  question: string;
  /** Text of the button that acts. */
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
}

export function ConfirmButton({ label, ariaLabel, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!asking) {
    return (
      <button type="button" class="danger" aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  return (
    <span class="confirm" role="group" aria-label={question}>
      <span class="confirm-question">{question}</span>
      <button type="button" class="danger" disabled={busy} onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" disabled={busy} onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  );
}
