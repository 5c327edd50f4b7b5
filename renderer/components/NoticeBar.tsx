// The notices at the bottom of the window, newest last. Each leaves on its own after a while
// (errors and offers of Undo stay longer: people need time to read and act).
import { X } from 'lucide-react';
import { useEffect } from 'react';
import { dismiss, useNotices, type Notice } from '../state/notices';

function NoticeItem({ notice }: { notice: Notice }) {
  useEffect(() => {
    const ms = notice.tone === 'error' || notice.action ? 10_000 : 4_000;
    const timer = setTimeout(() => dismiss(notice.id), ms);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className={`notice notice-${notice.tone}`}>
      <span>{notice.message}</span>
      {notice.action ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            notice.action!.run();
            dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="button ghost"
        aria-label="Dismiss message"
        onClick={() => dismiss(notice.id)}
      >
        <X aria-hidden="true" size="1.1em" />
      </button>
    </div>
  );
}

export function NoticeBar() {
  const notices = useNotices((s) => s.notices);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
