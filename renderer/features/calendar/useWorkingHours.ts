// The week and day grids open on the practice's working day and size an hour so that the
// working day fits the screen (the rest of the day is a scroll away). The grid's scroller is
// also made reachable by keyboard, so it can be scrolled with the arrow keys.
import { useEffect, type RefObject } from 'react';
import type { CalendarView } from '../../../shared/calendar';
import { hoursBetween } from './calendar-utils';

/** An hour is never shorter than this (a post's block, an hour long, holds two lines). */
const MIN_HOUR_PX = 36;

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
    const [startHour = 8, startMinute = 0] = workdayStart.split(':').map(Number);
    const fromMidnight = startHour + startMinute / 60;
    let sized = 0;
    const size = () => {
      const hour = Math.max(MIN_HOUR_PX, Math.floor(scroller.clientHeight / hours));
      if (hour === sized) return;
      sized = hour;
      frame.current?.style.setProperty('--hour-height', `${hour}px`);
      // The grid's hours just changed height: open it on the working day again.
      requestAnimationFrame(() => {
        const first = scroller.querySelector<HTMLElement>('.rbc-timeslot-group');
        scroller.scrollTop = (first?.offsetHeight ?? hour) * fromMidnight;
      });
    };
    size();
    const observer = new ResizeObserver(size);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [frame, view, workdayStart, workdayEnd]);
}
