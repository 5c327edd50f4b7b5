// Birthdays and work anniversaries on the calendar: their own kind of entry (a mark in the
// day's header, never a post, never draggable), each opening "Plan a post".
import { useEffect, type MouseEvent } from 'react';
import { create } from 'zustand';
import { DateTime } from 'luxon';
import { Award, Cake } from 'lucide-react';
import type { Components } from 'react-big-calendar';
import type { MomentOut } from '../../../shared/channels/rhythm';
import { firstName } from '../../../shared/staff';
import { useMomentsInRange } from '../../data/rhythm';
import type { Range } from '../../data/posts';
import type { CalendarEvent } from '../../lib/dnd';
import { useUi } from '../../state/ui';
import { DayHeader } from '../calendar/DayHeader';
import { GridHeader } from '../calendar/EventChip';
import { MomentDialog } from './MomentDialog';
import { byDate, momentLabel } from './rhythm-utils';
import './rhythm.css';

interface MomentsView {
  byDay: Map<string, MomentOut[]>;
  open: MomentOut | null;
}
const useMomentsView = create<MomentsView>()(() => ({ byDay: new Map(), open: null }));

/** Opens a moment's "Plan a post" (for lists beside the calendar). */
export function useOpenMoment(): (moment: MomentOut) => void {
  return openMoment;
}
const openMoment = (moment: MomentOut) => useMomentsView.setState({ open: moment });

/** Loads the moments of the range on screen and shows "Plan a post" when one is opened. */
export function MomentsLayer({ range }: { range: Range }) {
  const moments = useMomentsInRange(range);
  useEffect(() => useMomentsView.setState({ byDay: byDate(moments) }), [moments]);
  const open = useMomentsView((s) => s.open);
  return open ? (
    <MomentDialog moment={open} onClose={() => useMomentsView.setState({ open: null })} />
  ) : null;
}

function MomentMarks({ date, inGrid = false }: { date: Date; inGrid?: boolean }) {
  const byDay = useMomentsView((s) => s.byDay);
  const open = openMoment;
  const day = DateTime.fromJSDate(date).toISODate()!;
  // In the month grid only the focused day's marks are tab stops (the grid is one tab stop).
  const focused = useUi((s) => s.focusedDay === day);
  const list = byDay.get(day) ?? [];
  if (list.length === 0) return null;
  return (
    <span className="moment-marks">
      {list.map((m) => {
        const Icon = m.kind === 'birthday' ? Cake : Award;
        return (
          <button
            key={`${m.staffId}-${m.kind}`}
            type="button"
            // rbc-show-more: react-big-calendar then treats a click here as not on the day.
            className={`moment-mark rbc-show-more moment-${m.kind}`}
            data-moment={`${m.kind}:${m.staffId}`}
            tabIndex={inGrid && !focused ? -1 : 0}
            onClick={(e) => {
              e.stopPropagation();
              open(m);
            }}
          >
            <Icon aria-hidden="true" size={15} />
            <span className="moment-name">
              {firstName(m.name)}
              {m.kind === 'anniversary' ? ` · ${m.years}` : ''}
            </span>
            <span className="visually-hidden">{` — ${momentLabel(m)}: plan a post`}</span>
          </button>
        );
      })}
    </span>
  );
}

const MonthDateHeader = ({
  label,
  date,
  onDrillDown,
}: {
  label: string;
  date: Date;
  onDrillDown: (e: MouseEvent) => void;
}) => (
  <span className="moment-date-header">
    <DayHeader date={date} label={label} onDrillDown={onDrillDown} />
    <MomentMarks date={date} inGrid />
  </span>
);

// The day's name (a button in the week) and its marks side by side, never one inside the other.
const GridHeaderWithMoments = ({ label, date }: { label: string; date: Date }) => (
  <span className="moment-grid-header">
    <GridHeader label={label} date={date} />
    <MomentMarks date={date} />
  </span>
);

/** The calendar's components with moments in each day's header (month, week and day). */
export function withMoments(base: Components<CalendarEvent>): Components<CalendarEvent> {
  return {
    ...base,
    month: {
      ...base.month,
      dateHeader: MonthDateHeader as NonNullable<Components['month']>['dateHeader'],
    },
    week: {
      ...base.week,
      header: GridHeaderWithMoments as NonNullable<Components['week']>['header'],
    },
    day: { ...base.day, header: GridHeaderWithMoments as NonNullable<Components['day']>['header'] },
  };
}
