// Calendar date rules, in the practice's time zone: which instants a view shows, and where a
// post lands when it is dropped on a day or a slot. Wall-clock times are kept across DST.
import { DateTime } from 'luxon';

export type CalendarView = 'month' | 'week' | 'day' | 'agenda';
export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week', 'day', 'agenda'];

/** How many days the agenda lists from its date. */
export const AGENDA_DAYS = 30;

export function startOfWeek(day: DateTime, weekStartsOn: number): DateTime {
  return day.startOf('day').minus({ days: (day.weekday - weekStartsOn + 7) % 7 });
}

/** The [from, to) UTC bounds of what `view` shows around `date` (an instant). */
export function visibleRange(
  view: CalendarView,
  date: Date | string,
  zone: string,
  weekStartsOn: number,
): { from: string; to: string } {
  const at =
    typeof date === 'string'
      ? DateTime.fromISO(date, { zone })
      : DateTime.fromJSDate(date, { zone });
  let from: DateTime;
  let to: DateTime;
  switch (view) {
    case 'month': {
      // The grid shows whole weeks around the month.
      from = startOfWeek(at.startOf('month'), weekStartsOn);
      to = startOfWeek(at.endOf('month'), weekStartsOn).plus({ weeks: 1 });
      break;
    }
    case 'week':
      from = startOfWeek(at, weekStartsOn);
      to = from.plus({ weeks: 1 });
      break;
    case 'day':
      from = at.startOf('day');
      to = from.plus({ days: 1 });
      break;
    case 'agenda':
      from = at.startOf('day');
      to = from.plus({ days: AGENDA_DAYS });
      break;
  }
  return { from: from.toUTC().toISO()!, to: to.toUTC().toISO()! };
}

/**
 * The instant for a post dropped on `day` (any instant within that day, in `zone`): the same
 * wall-clock time it had before (or the practice's default time, `HH:mm`, for an undated idea),
 * on the new day.
 */
export function onDayKeepingTime(
  day: Date,
  previous: string | null,
  zone: string,
  defaultTime = '10:00',
): string {
  const target = DateTime.fromJSDate(day, { zone });
  const [hour, minute] = defaultTime.split(':').map(Number);
  const time = previous
    ? DateTime.fromISO(previous, { zone })
    : target.set({ hour, minute, second: 0, millisecond: 0 });
  return target
    .set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 })
    .toUTC()
    .toISO()!;
}

/** An instant as the contract carries it (ISO UTC with milliseconds). */
export function toContractTime(date: Date): string {
  return DateTime.fromJSDate(date).toUTC().toISO()!;
}

/** Moves `date` by one period of `view`. */
export function stepDate(view: CalendarView, date: Date, direction: 1 | -1, zone: string): Date {
  const at = DateTime.fromJSDate(date, { zone });
  const unit =
    view === 'month'
      ? { months: 1 }
      : view === 'week'
        ? { weeks: 1 }
        : view === 'day'
          ? { days: 1 }
          : { days: AGENDA_DAYS };
  return (direction === 1 ? at.plus(unit) : at.minus(unit)).toJSDate();
}
