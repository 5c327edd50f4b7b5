// The calendar's view and date, read from and written to the route, so a reload keeps them and
// Back/Forward walk through them.
import { now, todayIn } from '../../shared/clock';
import { DateTime, Settings } from 'luxon';
import { stepDate, type CalendarView } from '../../shared/calendar';
import { go, useRoute } from './route';

export interface CalendarPlace {
  view: CalendarView;
  /** The instant the calendar is centred on. */
  date: Date;
}

function dateOf(day: string | null): Date {
  // luxon's default zone is the practice's: the day starts there.
  return day ? DateTime.fromISO(day).toJSDate() : now();
}

export function calendarPlace(): CalendarPlace {
  const { route } = useRoute.getState();
  return route.page === 'calendar'
    ? { view: route.view, date: dateOf(route.date) }
    : { view: 'month', date: now() };
}

/** Subscribes to the calendar's place (stable while the route does not change). */
export function useCalendarPlace(): { view: CalendarView; day: string | null } {
  const view = useRoute((s) => (s.route.page === 'calendar' ? s.route.view : 'month'));
  const day = useRoute((s) => (s.route.page === 'calendar' ? s.route.date : null));
  return { view, day };
}

export function dayOf(date: Date): string {
  return DateTime.fromJSDate(date).toISODate()!;
}

/** Shows the calendar at `view` and `date` (a new history entry). */
export function showCalendar(view: CalendarView, date: Date | null): void {
  const day = date && dayOf(date) !== todayIn() ? dayOf(date) : null;
  go({ page: 'calendar', view, date: day });
}

/** Previous/next period of the current view, today, or a given day. */
export function navigateCalendar(to: -1 | 1 | 'today' | Date): void {
  const { view, date } = calendarPlace();
  if (to === 'today') return showCalendar(view, null);
  if (to instanceof Date) return showCalendar(view, to);
  showCalendar(view, stepDate(view, date, to, Settings.defaultZone.name));
}

export function setCalendarView(view: CalendarView): void {
  const { date } = calendarPlace();
  const { route } = useRoute.getState();
  showCalendar(view, route.page === 'calendar' && route.date === null ? null : date);
}
