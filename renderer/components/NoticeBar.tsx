import { useEffect } from 'react';
import { useApp } from '../state/app';

/** The one short message at the bottom: what just happened, with an action such as Undo. */
export function NoticeBar() {
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismissNotice);

  useEffect(() => {
    if (!notice) return;
    // Errors and offers of Undo stay longer: people need time to read and act.
    const ms = notice.tone === 'error' || notice.action ? 10_000 : 4_000;
    const timer = setTimeout(dismiss, ms);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice ? (
        <div className={`notice notice-${notice.tone}`}>
          <span>{notice.message}</span>
          {notice.action ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                notice.action!.run();
                dismiss();
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="button ghost"
            aria-label="Dismiss message"
            onClick={dismiss}
          >
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}
