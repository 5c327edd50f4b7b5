// A modal dialog (the browser's own <dialog>): focus moves in and stays in, Escape closes it,
// and focus returns to where it was.
import { useEffect, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import './Dialog.css';

export function Dialog({
  title,
  titleId,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  titleId: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => before?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${wide ? 'is-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button ghost" onClick={onClose} aria-label="Close">
          <X aria-hidden="true" size={22} />
        </button>
      </div>
      {children}
    </dialog>
  );
}
