// A day's number in the month grid, as the grid's one tab stop when it is the focused day
// (roving tabindex): its name says the date and how many posts it holds. Enter opens the day's
// first post (or starts a new one), Tab goes on through that day's posts. Beside it, "+N more"
// counts the posts the day has no room for, and opens the day.
import { createContext, useContext, type MouseEvent } from 'react';
import { DateTime } from 'luxon';
import { formatLongDate, plural } from '../../lib/format';
import { showCalendar } from '../../state/calendar';
import { useUi } from '../../state/ui';

/** The ids of the posts shown on each day (`YYYY-MM-DD`), in time order. */
export const PostsByDay = createContext<ReadonlyMap<string, readonly string[]>>(new Map());
/** How many posts a month day has room for (useMonthFit). */
export const PostsPerDay = createContext(Infinity);

export function DayHeader({
  date,
  label,
  onDrillDown,
}: {
  date: Date;
  label: string;
  onDrillDown: (e: MouseEvent) => void;
}) {
  const day = DateTime.fromJSDate(date).toISODate()!;
  const focused = useUi((s) => s.focusedDay === day);
  const count = useContext(PostsByDay).get(day)?.length ?? 0;
  const hidden = count - useContext(PostsPerDay);
  const tabIndex = focused ? 0 : -1;
  return (
    <>
      <button
        type="button"
        className="rbc-button-link day-header"
        data-day={day}
        tabIndex={tabIndex}
        aria-label={`${formatLongDate(date)}, ${count === 0 ? 'nothing planned' : plural(count, { one: 'post', other: 'posts' })}`}
        onClick={onDrillDown}
      >
        {label}
      </button>
      {hidden > 0 ? (
        <button
          type="button"
          // rbc-show-more: react-big-calendar then treats a click here as not on the day.
          className="rbc-show-more day-more"
          tabIndex={tabIndex}
          onClick={(e) => {
            e.stopPropagation();
            showCalendar('day', date);
          }}
        >
          +{hidden}
          <span className="day-more-word"> more</span>
          <span className="visually-hidden"> on {formatLongDate(date)}</span>
        </button>
      ) : null}
    </>
  );
}
