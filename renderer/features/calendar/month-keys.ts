// The month grid's keyboard (the WAI-ARIA grid pattern): one tab stop, the focused day; the
// arrow keys move it a day or a week, Page Up/Down a month. Pure: the day a key leads to.
import { DateTime } from 'luxon';

const STEPS: Record<string, { days?: number; months?: number }> = {
  ArrowLeft: { days: -1 },
  ArrowRight: { days: 1 },
  ArrowUp: { days: -7 },
  ArrowDown: { days: 7 },
  PageUp: { months: -1 },
  PageDown: { months: 1 },
};

/** The day (`YYYY-MM-DD`) `key` moves the focus to from `day`, or null for other keys. */
export function dayAfterKey(day: string, key: string): string | null {
  const step = STEPS[key];
  if (!step) return null;
  // Date arithmetic on calendar days: no zone, no clock change in the way.
  return DateTime.fromISO(day, { zone: 'utc' }).plus(step).toISODate();
}

/** The day the grid focuses when `visibleDay` is shown: today if it is in that month. */
export function initialFocusDay(visibleDay: string, today: string): string {
  return visibleDay.slice(0, 7) === today.slice(0, 7) ? today : `${visibleDay.slice(0, 7)}-01`;
}
