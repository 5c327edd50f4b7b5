// The month grid's keyboard: the focused day is its one tab stop; arrows move it a day or a
// week (into the next or previous month when they leave this one), Enter opens the day.
import { todayIn } from '../../../shared/clock';
import { useEffect, type KeyboardEvent } from 'react';
import { DateTime } from 'luxon';
import type { CalendarView } from '../../../shared/calendar';
import { showCalendar } from '../../state/calendar';
import { setFocusedDay, useUi } from '../../state/ui';
import { dayAfterKey, initialFocusDay } from './month-keys';

function focusDay(day: string) {
  // After react-big-calendar has drawn the day (it may be in another month).
  setTimeout(() => document.querySelector<HTMLElement>(`.day-header[data-day="${day}"]`)?.focus());
}

/**
 * Keeps the focused day in the month shown, and returns the grid's key handler (true when it
 * handled the key).
 */
export function useMonthKeys(
  view: CalendarView,
  shownDay: string | null,
  openDay: (day: string) => void,
): (e: KeyboardEvent<HTMLElement>) => boolean {
  const focusedDay = useUi((s) => s.focusedDay);
  const visible = shownDay ?? todayIn();
  useEffect(() => {
    if (view !== 'month') return;
    const month = visible.slice(0, 7);
    if (!focusedDay || focusedDay.slice(0, 7) !== month) {
      setFocusedDay(initialFocusDay(visible, todayIn()));
    }
  }, [view, visible, focusedDay]);

  return (e) => {
    if (view !== 'month' || !focusedDay) return false;
    const onDay = (e.target as HTMLElement).closest?.('.day-header');
    if (!onDay) return false;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openDay(focusedDay);
      return true;
    }
    const next = dayAfterKey(focusedDay, e.key);
    if (!next) return false;
    e.preventDefault();
    setFocusedDay(next);
    if (next.slice(0, 7) !== visible.slice(0, 7)) {
      showCalendar('month', DateTime.fromISO(next).toJSDate());
    }
    focusDay(next);
    return true;
  };
}
