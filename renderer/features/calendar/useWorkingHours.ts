// The week and day grids open on the practice's working day and size an hour so that the
// working day fits the screen (the rest of the day is a scroll away). The grid's scroller is
// also made reachable by keyboard, so it can be scrolled with the arrow keys.
import { useEffect, type RefObject } from 'react';
import type { CalendarView } from '../../../shared/calendar';
import { hoursBetween } from './calendar-utils';

/** An hour is never shorter than this (two lines of a chip must fit in half an hour). */
const MIN_HOUR_PX = 56;

export function useWorkingHours(
  frame: RefObject<HTMLDivElement | null>,
  view: CalendarView,
  workdayStart: string,
  workdayEnd: string,
): void {
  useEffect(() => {
    const scroller = frame.current?.querySelector<HTMLElement>('.rbc-time-content');
    if (!scroller) return;
    if (!scroller.hasAttribute('tabindex')) {
      scroller.setAttribute('tabindex', '0');
      scroller.setAttribute('aria-label', 'Hours of the day (scroll with the arrow keys)');
    }
    const hours = hoursBetween(workdayStart, workdayEnd);
    const size = () => {
      const hour = Math.max(MIN_HOUR_PX, Math.floor(scroller.clientHeight / hours));
      frame.current?.style.setProperty('--hour-height', `${hour}px`);
    };
    size();
    const observer = new ResizeObserver(size);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [frame, view, workdayStart, workdayEnd]);
}
