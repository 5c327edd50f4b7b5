// How a post sits in react-big-calendar: a chip with the category colour, status mark, time,
// title and owner. Month and list chips are focusable (react-big-calendar's own are not);
// week and day events already are buttons, so their chip is not.
import { cloneElement, memo, type ReactElement } from 'react';
import { DateTime } from 'luxon';
import type { Components } from 'react-big-calendar';
import { PostChipContent } from '../../components/PostChip';
import { usePost } from '../../data/posts';
import { useStaffById } from '../../data/staff';
import { useNow } from '../../hooks/useNow';
import type { CalendarEvent } from '../../lib/dnd';
import { formatLongDate, formatTime } from '../../lib/format';
import { showCalendar, useCalendarPlace } from '../../state/calendar';
import { setFocusedDay, useUi } from '../../state/ui';
import { DayHeader } from './DayHeader';

const EventChip = memo(function EventChip({
  event,
  tabStop,
  timeClass,
}: {
  event: CalendarEvent;
  /** A tab stop: always (List), only on the grid's focused day (Month), never (week/day events
   * are buttons already). */
  tabStop: 'always' | 'focused-day' | 'never';
  /** Month cells are narrow: the time shows only on wide screens (it is spoken everywhere). */
  timeClass?: string;
}) {
  const post = usePost(event.id);
  const staffById = useStaffById();
  const now = useNow();
  const day = DateTime.fromJSDate(event.start).toISODate();
  const onFocusedDay = useUi((s) => s.focusedDay === day);
  if (!post) return null;
  const owner = post.ownerId ? staffById.get(post.ownerId) : undefined;
  const tabIndex = tabStop === 'always' || (tabStop === 'focused-day' && onFocusedDay) ? 0 : -1;
  return (
    <span
      className="event-chip"
      data-post-id={post.id}
      {...(tabStop === 'never' ? {} : { tabIndex, role: 'button' })}
      // A chip that takes the focus (a click, Tab) makes its day the grid's focused day.
      onFocus={tabStop === 'focused-day' && day ? () => setFocusedDay(day) : undefined}
    >
      <PostChipContent
        post={post}
        owner={owner}
        now={now}
        time={formatTime(event.start)}
        timeClass={timeClass}
        badgeFirst={tabStop !== 'always'}
      />
    </span>
  );
});

// Month and agenda events are not focusable in react-big-calendar (its issues #963, #2762).
const FocusableEvent = ({ event }: { event: CalendarEvent }) => (
  <EventChip event={event} tabStop="always" />
);
// In the month grid the chip sits inside react-big-calendar's role="row": a cell keeps the
// ARIA structure valid (a row owns cells, not buttons).
const MonthEvent = ({ event }: { event: CalendarEvent }) => (
  <span role="cell" className="event-cell">
    <EventChip event={event} tabStop="focused-day" timeClass="chip-time month-time" />
  </span>
);
const PlainEvent = ({ event }: { event: CalendarEvent }) => (
  <EventChip event={event} tabStop="never" />
);
/** Marks each month-grid day with its date: a drop target a test (or a person's tools) can name. */
const DayCell = ({ value, children }: { value: Date; children: ReactElement }) =>
  cloneElement(children as ReactElement<{ 'data-date'?: string }>, {
    'data-date': DateTime.fromJSDate(value).toISODate()!,
  });

/**
 * Day names above the week and day grids. react-big-calendar's own header puts a
 * role="columnheader" inside a button, outside any row (invalid ARIA), and would hold the
 * birthdays beside the name inside that button too: its button is turned off
 * (getDrilldownView) and in the week the name is a button of its own that opens the day.
 */
export function GridHeader({ label, date }: { label: string; date: Date }) {
  const { view } = useCalendarPlace();
  if (view !== 'week') return <span>{label}</span>;
  return (
    <button
      type="button"
      className="rbc-button-link day-link"
      onClick={() => showCalendar('day', date)}
    >
      {label}
      <span className="visually-hidden">, {formatLongDate(date)}</span>
    </button>
  );
}

export const CALENDAR_COMPONENTS: Components<CalendarEvent> = {
  toolbar: () => null,
  dateCellWrapper: DayCell as Components<CalendarEvent>['dateCellWrapper'],
  month: { event: MonthEvent, dateHeader: DayHeader },
  week: { event: PlainEvent, header: GridHeader },
  day: { event: PlainEvent, header: GridHeader },
  agenda: { event: FocusableEvent },
};
