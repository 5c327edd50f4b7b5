// The notices, in a strip of their own under the page (it never covers what they talk about),
// newest last. Each leaves on its own after a while (errors and offers of Undo stay longer:
// people need time to read and act), but none leaves while the pointer is on the strip or the
// keyboard focus is in it: someone is reading, or about to press Undo.
import { X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { dismiss, useNotices, type Notice } from '../state/notices';

function NoticeItem({ notice, held }: { notice: Notice; held: boolean }) {
  useEffect(() => {
    if (held) return;
    const ms = notice.tone === 'error' || notice.action ? 10_000 : 4_000;
    const timer = setTimeout(() => dismiss(notice.id), ms);
    return () => clearTimeout(timer);
  }, [notice, held]);
  return (
    <div className={`notice notice-${notice.tone}${notice.action ? ' notice-action' : ''}`}>
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
  const [pointer, setPointer] = useState(false);
  const [focus, setFocus] = useState(false);
  const region = useRef<HTMLDivElement>(null);
  // The strip's height, for what lies over the page (the editor sliding over a narrow window)
  // to end above it.
  useEffect(() => {
    const el = region.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() =>
      root.setProperty('--notices-height', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty('--notices-height');
    };
  }, []);
  return (
    <div
      ref={region}
      className="notice-region"
      role="status"
      aria-live="polite"
      onPointerEnter={() => setPointer(true)}
      onPointerLeave={() => setPointer(false)}
      onFocus={() => setFocus(true)}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) {
          setFocus(false);
        }
      }}
    >
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} held={pointer || focus} />
      ))}
    </div>
  );
}
