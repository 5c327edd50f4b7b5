// The calendar's pure helpers: the toolbar title, the event objects react-big-calendar draws,
// its formats (all through lib/format), and what a selection or a drop means.
import { DateTime } from 'luxon';
import type { CSSProperties } from 'react';
import type { DayLayoutFunction } from 'react-big-calendar';
import type { Post } from '../../../shared/contract';
import { AGENDA_DAYS, startOfWeek, type CalendarView } from '../../../shared/calendar';
import type { CalendarEvent } from '../../lib/dnd';
import {
  formatDate,
  formatDayOfMonth,
  formatDayRange,
  formatLongDate,
  formatMonthYear,
  formatTime,
  formatWeekday,
  formatWeekdayDay,
} from '../../lib/format';

export const VIEW_LABELS: Record<CalendarView, string> = {
  month: 'Month',
  week: 'Week',
  day: 'Day',
  agenda: 'List',
};

/**
 * A post shows as an hour-long block in the week and day grids: two posts half an hour apart
 * then overlap in time and sit side by side, each with its title, instead of one covering the
 * other.
 */
export const BLOCK_MS = 60 * 60_000;

/** "March 2026", "Tuesday, March 10, 2026", "Mar 9 – 15, 2026". */
export function rangeTitle(view: CalendarView, date: Date, weekStartsOn: number): string {
  const at = DateTime.fromJSDate(date);
  if (view === 'month') return formatMonthYear(at);
  if (view === 'day') return formatLongDate(at);
  const from = view === 'week' ? startOfWeek(at, weekStartsOn) : at.startOf('day');
  return formatDayRange(from, from.plus({ days: view === 'week' ? 6 : AGENDA_DAYS - 1 }));
}

// One event object per version of a post: an unchanged post hands react-big-calendar the same
// object, so its chip is not drawn again.
const events = new WeakMap<Post, CalendarEvent>();

export function eventOf(post: Post): CalendarEvent {
  let event = events.get(post);
  if (!event) {
    const start = new Date(post.scheduledAt!);
    event = { id: post.id, title: post.title, start, end: new Date(+start + BLOCK_MS) };
    events.set(post, event);
  }
  return event;
}

/** A selection of whole days (a month cell, the all-day row), not a time slot. */
export function isWholeDays(start: Date, end: Date): boolean {
  const midnight = (d: Date) => +DateTime.fromJSDate(d).startOf('day') === +d;
  return midnight(start) && midnight(end) && end > start;
}

const startOf = ({ start }: { start: Date }) => formatTime(start);

/** react-big-calendar's formats, in the person's locale and clock. */
export const FORMATS = {
  timeGutterFormat: (d: Date) => formatTime(d),
  eventTimeRangeFormat: () => '',
  agendaTimeFormat: (d: Date) => formatTime(d),
  agendaTimeRangeFormat: startOf,
  agendaDateFormat: (d: Date) => formatDate(d),
  dayFormat: (d: Date) => formatWeekdayDay(d),
  weekdayFormat: (d: Date) => formatWeekday(d),
  dateFormat: (d: Date) => formatDayOfMonth(d),
};

/** The ids of `posts` by day (`YYYY-MM-DD` in the practice's zone), in the order given. */
export function postsByDay(posts: readonly Post[]): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const post of posts) {
    const day = DateTime.fromISO(post.scheduledAt!).toISODate()!;
    const ids = days.get(day);
    if (ids) ids.push(post.id);
    else days.set(day, [post.id]);
  }
  return days;
}

/**
 * `HH:mm` in the practice's zone (luxon's default) as a Date on 1 January 1970: how
 * react-big-calendar takes a time of day.
 */
export function timeOfDay(hhmm: string): Date {
  const [hour = 8, minute = 0] = hhmm.split(':').map(Number);
  return DateTime.fromObject({ year: 1970, month: 1, day: 1, hour, minute }).toJSDate();
}

/** Hours from `start` to `end` (`HH:mm`), at least one. */
export function hoursBetween(start: string, end: string): number {
  const minutes = (t: string) => {
    const [h = 0, m = 0] = t.split(':').map(Number);
    return h * 60 + m;
  };
  return Math.max(1, (minutes(end) - minutes(start)) / 60);
}

/** What the week and day grids' layout reads of react-big-calendar's slot metrics. */
interface SlotMetrics {
  getRange(start: Date, end: Date): { top: number; height: number };
}

/** Posts further apart than this never push one another down (a chip is under two hours). */
const CHAIN_GAP_MS = 3 * 60 * 60_000;
/** At most this many earlier posts are weighed when placing one (keeps the CSS short). */
const CHAIN_LENGTH = 24;

/**
 * The week and day grids' layout: each post the column's full width, as a list down the day.
 * A post sits at its time, or just below the one before it when that one is still showing
 * (every chip is at least `--event-min` high: the CSS says how many lines), so posts at one
 * time are stacked rather than squeezed side by side into slivers no word fits in. The top is a
 * CSS max() of "its time" and "k posts below the post k before it".
 */
export const stackedLayout: DayLayoutFunction<CalendarEvent> = ({
  events,
  slotMetrics,
  accessors,
}: {
  events: CalendarEvent[];
  slotMetrics: SlotMetrics;
  accessors: { start(e: CalendarEvent): Date; end(e: CalendarEvent): Date };
}) => {
  const placed = events
    .map((event) => {
      const start = accessors.start(event);
      return { event, start: +start, ...slotMetrics.getRange(start, accessors.end(event)) };
    })
    .sort((a, b) => a.start - b.start);
  return placed.map(({ event, top, height }, k) => {
    const step = `max(${height}%, var(--event-min) + 2px)`;
    const below: string[] = [];
    for (let j = k - 1; j >= 0 && k - j <= CHAIN_LENGTH; j--) {
      if (placed[j + 1]!.start - placed[j]!.start >= CHAIN_GAP_MS) break;
      below.push(`${placed[j]!.top}% + ${k - j} * ${step}`);
    }
    const style = {
      top: below.length ? `max(${top}%, ${below.join(', ')})` : top,
      height,
      width: '100%',
      xOffset: 0,
    };
    return { event, style: style as CSSProperties };
  });
};
