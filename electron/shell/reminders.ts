// Desktop reminders: every minute, the posts near now are read through the same dispatcher the
// window uses, and each reminder due (shared/reminders.ts) becomes an Electron Notification,
// unless this computer's preferences turn reminders off.
import type { Prefs } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import {
  dueReminders,
  REMINDER_CHECK_EVERY_MS,
  reminderRange,
  type Reminder,
} from '../../shared/reminders';
import { now as clockNow } from '../../shared/clock';

export interface ReminderOptions {
  dispatch: (channel: string, input: unknown) => Promise<Envelope<unknown>>;
  notify: (reminder: Reminder) => void;
  now?: () => Date;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/** One check for the window (since, now]; resolves to the reminders given. */
export async function checkReminders(
  dispatch: ReminderOptions['dispatch'],
  since: Date,
  now: Date,
): Promise<Reminder[]> {
  const prefs = await dispatch('prefs.get', {});
  if (!prefs.ok || (prefs.data as Prefs).reminders === 'off') return [];
  const posts = await dispatch('posts.listRange', reminderRange(since, now));
  if (!posts.ok) return [];
  return dueReminders(posts.data as Parameters<typeof dueReminders>[0], since, now);
}

/** Starts the minute-by-minute checks; returns a function that stops them. */
export function startReminders(options: ReminderOptions): () => void {
  const {
    dispatch,
    notify,
    now = clockNow,
    setInterval: set = (fn, ms) => setInterval(fn, ms),
    clearInterval: clear = (h) => clearInterval(h as NodeJS.Timeout),
  } = options;
  let since = now();
  const handle = set(() => {
    const until = now();
    const from = since;
    since = until;
    void checkReminders(dispatch, from, until).then((reminders) => reminders.forEach(notify));
  }, REMINDER_CHECK_EVERY_MS);
  return () => clear(handle);
}
