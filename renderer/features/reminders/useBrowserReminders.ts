// Checks every minute for reminders and shows each as a browser notification, when the browser
// allows notifications for this page (asked from Settings, never on its own).
import { now } from '../../../shared/clock';
import { useEffect } from 'react';
import { REMINDER_CHECK_EVERY_MS } from '../../../shared/reminders';
import { remindersSince } from '../../data/reminders';

export function notificationsAllowed(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

export function useBrowserReminders(): void {
  useEffect(() => {
    if (typeof Notification === 'undefined') return;
    let since = now();
    const timer = setInterval(() => {
      const at = now();
      const from = since;
      since = at;
      if (!notificationsAllowed()) return;
      remindersSince(from, at)
        .then((list) =>
          list.forEach((r) => new Notification(r.title, { body: r.body, tag: r.postId })),
        )
        .catch(() => undefined);
    }, REMINDER_CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
}
