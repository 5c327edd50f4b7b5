// The short messages at the bottom of the window: what just happened, with an action such as
// Undo. They queue: a new message never pushes out one that still offers an action.
import { create } from 'zustand';
import { errorMessage, plannerUnavailable } from '../data/errors';

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** At most this many at once; the oldest one without an action leaves first. */
const MAX_SHOWN = 3;
let nextId = 0;

export const useNotices = create<{ notices: Notice[] }>()(() => ({ notices: [] }));

export function notify(
  message: string,
  options: Partial<Omit<Notice, 'id' | 'message'>> = {},
): number {
  const notice: Notice = { id: ++nextId, message, tone: options.tone ?? 'info', ...options };
  let notices = [...useNotices.getState().notices, notice];
  while (notices.length > MAX_SHOWN) {
    const drop = notices.findIndex((n) => !n.action);
    notices = notices.filter((_, i) => i !== (drop === -1 ? 0 : drop));
  }
  useNotices.setState({ notices });
  return notice.id;
}

/**
 * Tells the person what went wrong, in words they can act on. A planner file that cannot be
 * used (damaged) is said once, however many changes it stops, with the way on: the restore
 * page, which the app shows when it starts again.
 */
export function fail(error: unknown): void {
  if (plannerUnavailable(error)) {
    if (useNotices.getState().notices.some((n) => n.message === error.message)) return;
    const reopen = { label: 'Restore…', run: () => window.location.reload() };
    notify(error.message, { tone: 'error', action: reopen });
    return;
  }
  notify(errorMessage(error), { tone: 'error' });
}

export function dismiss(id: number): void {
  useNotices.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** The newest message (tests and screen-reader checks read it). */
export function latestNotice(): Notice | undefined {
  return useNotices.getState().notices.at(-1);
}
