// How many posts a month day shows: as many as its height holds, measured, and the rest behind
// "+N more" in the day's header. react-big-calendar would keep a whole row for "+N more" even
// on days whose posts all fit, so the month hands it only the posts that show.
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { CalendarView } from '../../../shared/calendar';

export interface MonthFit {
  /** Posts shown in each day; the rest are counted in "+N more". */
  perDay: number;
  /**
   * A chip's lines: two (one line holds little more than a word beside the owner and status
   * marks), or one where a day is too short for even one two-line chip (a zoomed-in window).
   */
  lines: 1 | 2;
}

/** The month's measured space: its rows, one day's header, one chip's slot (1 or 2 lines). */
export interface MonthSpace {
  rows: number;
  head: number;
  slot1: number;
  slot2: number;
}

export function monthFit(space: MonthSpace, weeks: number): MonthFit {
  // Week rows share the height; each after the first starts with a 1 px line.
  const room = (space.rows - (weeks - 1)) / weeks - space.head;
  const fits = (slot: number) => Math.floor(room / slot + 0.01);
  const lines = fits(space.slot2) >= 1 ? 2 : 1;
  return { perDay: Math.max(1, fits(lines === 2 ? space.slot2 : space.slot1)), lines };
}

/** Ids of the first `perDay` posts of each day (`byDay` lists them in time order). */
export function shownIds(
  byDay: ReadonlyMap<string, readonly string[]>,
  perDay: number,
): Set<string> {
  const ids = new Set<string>();
  for (const day of byDay.values()) for (const id of day.slice(0, perDay)) ids.add(id);
  return ids;
}

/**
 * Measures the month grid in `frame` (its `.month-probe` gives a day header's and a chip's
 * height) whenever the frame changes size; null until the month is laid out. Reads layout
 * only after the browser has laid the page out (a layout effect, then a ResizeObserver).
 */
export function useMonthSpace(
  frame: RefObject<HTMLDivElement | null>,
  view: CalendarView,
  shown: boolean,
): MonthSpace | null {
  const [space, setSpace] = useState<MonthSpace | null>(null);
  useLayoutEffect(() => {
    const box = frame.current;
    if (view !== 'month' || !shown || !box) return;
    const measure = () => {
      const month = box.querySelector<HTMLElement>('.rbc-month-view');
      const header = month?.querySelector<HTMLElement>('.rbc-month-header');
      const probe = (part: string) =>
        box.querySelector<HTMLElement>(`.month-probe-${part}`)?.offsetHeight ?? 0;
      // Not laid out (hidden, or a test's DOM without layout): nothing to go by.
      if (!month || !header || !(probe('slot1') > 0)) return;
      const next = {
        rows: month.clientHeight - header.offsetHeight,
        head: probe('head'),
        slot1: probe('slot1'),
        slot2: probe('slot2'),
      };
      setSpace((was) =>
        was && (Object.keys(next) as (keyof MonthSpace)[]).every((k) => was[k] === next[k])
          ? was
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [frame, view, shown]);
  return view === 'month' ? space : null;
}
