// Reminders in the browser host: the Notification API when the person allowed it (the desktop
// app notifies on its own). The rules are shared/reminders.ts; this only reads and shows.
import { dueReminders, reminderRange, type Reminder } from '../../shared/reminders';
import { api, isDesktop } from './client';
import { usePrefsStore } from './prefs';

/** The reminders due in (since, now], or none when they are off or the host is the desktop. */
export async function remindersSince(since: Date, now: Date): Promise<Reminder[]> {
  if (isDesktop() || usePrefsStore.getState().prefs?.reminders === 'off') return [];
  const posts = await api('posts.listRange', reminderRange(since, now));
  return dueReminders(posts, since, now);
}
