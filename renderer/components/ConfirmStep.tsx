import type { ReactNode } from 'react';

export interface ConfirmStepProps {
  /** The group's accessible name (aria-label); or name it from the message with `labelledBy`. */
  label?: string;
  labelledBy?: string;
  describedBy?: string;
  id?: string;
  /** The question and what it means. */
  children: ReactNode;
  confirmLabel: ReactNode;
  /** Shown on the confirm button while `busy` (it keeps `confirmLabel` without one). */
  busyLabel?: ReactNode;
  cancelLabel: ReactNode;
  /** While true the confirm button is disabled, and so is cancel unless `cancelWhileBusy`. */
  busy?: boolean;
  cancelWhileBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Escape inside the group cancels (and goes no further). */
  cancelOnEscape?: boolean;
  /** The group's class; each view styles its own. */
  className: string;
  actionsClassName: string;
  confirmClassName?: string;
}

/**
 * An inline "are you sure?" step: the message, a confirm button and a cancel button that
 * takes the focus, so Enter or Space right away is the safe choice.
 */
export function ConfirmStep({
  label,
  labelledBy,
  describedBy,
  id,
  children,
  confirmLabel,
  busyLabel,
  cancelLabel,
  busy = false,
  cancelWhileBusy = false,
  onConfirm,
  onCancel,
  cancelOnEscape = false,
  className,
  actionsClassName,
  confirmClassName = 'button danger',
}: ConfirmStepProps) {
  return (
    <div
      className={className}
      id={id}
      role="group"
      aria-label={label}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={
        cancelOnEscape
          ? (e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                onCancel();
              }
            }
          : undefined
      }
    >
      {children}
      <div className={actionsClassName}>
        <button
          type="button"
          className={confirmClassName}
          disabled={busy}
          onClick={() => onConfirm()}
        >
          {busy && busyLabel !== undefined ? busyLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy && !cancelWhileBusy}
          autoFocus
          onClick={() => onCancel()}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
