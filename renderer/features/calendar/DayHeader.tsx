// A day's number in the month grid, as the grid's one tab stop when it is the focused day
// (roving tabindex): its name says the date and how many posts it holds. Enter opens the day's
// first post (or starts a new one), Tab goes on through that day's posts.
import { createContext, useContext, type MouseEvent } from 'react';
import { DateTime } from 'luxon';
import { formatLongDate, plural } from '../../lib/format';
import { useUi } from '../../state/ui';

/** The ids of the posts shown on each day (`YYYY-MM-DD`), in time order. */
export const PostsByDay = createContext<ReadonlyMap<string, readonly string[]>>(new Map());

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
  return (
    <button
      type="button"
      className="rbc-button-link day-header"
      data-day={day}
      tabIndex={focused ? 0 : -1}
      aria-label={`${formatLongDate(date)}, ${count === 0 ? 'nothing planned' : plural(count, { one: 'post', other: 'posts' })}`}
      onClick={onDrillDown}
    >
      {label}
    </button>
  );
}
