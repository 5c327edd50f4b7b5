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
import { formatTime } from '../../lib/format';

const EventChip = memo(function EventChip({
  event,
  focusable,
  showTime = true,
}: {
  event: CalendarEvent;
  focusable: boolean;
  /** Month cells are narrow: the title matters more there (the time is still spoken). */
  showTime?: boolean;
}) {
  const post = usePost(event.id);
  const staffById = useStaffById();
  const now = useNow();
  if (!post) return null;
  const owner = post.ownerId ? staffById.get(post.ownerId) : undefined;
  return (
    <span
      className="event-chip"
      data-post-id={post.id}
      {...(focusable ? { tabIndex: 0, role: 'button' } : {})}
    >
      <PostChipContent
        post={post}
        owner={owner}
        now={now}
        time={formatTime(event.start)}
        showTime={showTime}
      />
    </span>
  );
});

// Month and agenda events are not focusable in react-big-calendar (its issues #963, #2762).
const FocusableEvent = ({ event }: { event: CalendarEvent }) => (
  <EventChip event={event} focusable />
);
// In the month grid the chip sits inside react-big-calendar's role="row": a cell keeps the
// ARIA structure valid (a row owns cells, not buttons).
const MonthEvent = ({ event }: { event: CalendarEvent }) => (
  <span role="cell" className="event-cell">
    <EventChip event={event} focusable showTime={false} />
  </span>
);
const PlainEvent = ({ event }: { event: CalendarEvent }) => (
  <EventChip event={event} focusable={false} />
);
/** Marks each month-grid day with its date: a drop target a test (or a person's tools) can name. */
const DayCell = ({ value, children }: { value: Date; children: ReactElement }) =>
  cloneElement(children as ReactElement<{ 'data-date'?: string }>, {
    'data-date': DateTime.fromJSDate(value).toISODate()!,
  });

/**
 * Day names above the week and day grids. react-big-calendar's own header puts a
 * role="columnheader" inside a button, outside any row (invalid ARIA): plain text here.
 */
const GridHeader = ({ label }: { label: string }) => <span>{label}</span>;

export const CALENDAR_COMPONENTS: Components<CalendarEvent> = {
  toolbar: () => null,
  dateCellWrapper: DayCell as Components<CalendarEvent>['dateCellWrapper'],
  month: { event: MonthEvent },
  week: { event: PlainEvent, header: GridHeader },
  day: { event: PlainEvent, header: GridHeader },
  agenda: { event: FocusableEvent },
};
