import { DateTime } from 'luxon';
import {
  cloneElement,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
import { luxonLocalizer, type Components, type SlotInfo } from 'react-big-calendar';
import type {
  DragFromOutsideItemArgs,
  EventInteractionArgs,
} from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import {
  AGENDA_DAYS,
  CALENDAR_VIEWS,
  onDayKeepingTime,
  startOfWeek,
  toContractTime,
  visibleRange,
  type CalendarView as ViewId,
} from '../../shared/calendar';
import { isMissed, matchesFilter } from '../../shared/posts';
import { CATEGORIES } from '../../shared/vocabulary';
import { PostChipContent } from '../components/PostChip';
import { FilterBar } from '../components/FilterBar';
import { useNow } from '../hooks/useNow';
import { useStaffById } from '../hooks/useStaffById';
import { DragAndDropCalendar, type CalendarEvent } from '../lib/dnd';
import { useApp } from '../state/app';
import { backlogDrag, usePlanner } from '../state/planner';
import { BacklogPanel } from './BacklogPanel';
import { FirstRun } from './FirstRun';
import { PostEditor } from './PostEditor';
import './CalendarView.css';

const VIEW_LABELS: Record<ViewId, string> = {
  month: 'Month',
  week: 'Week',
  day: 'Day',
  agenda: 'List',
};

/** A post shows as a half-hour block in the week and day grids. */
const BLOCK_MS = 30 * 60_000;

function rangeTitle(view: ViewId, date: Date, zone: string, weekStartsOn: number): string {
  const at = DateTime.fromJSDate(date, { zone });
  if (view === 'month') return at.toFormat('LLLL yyyy');
  if (view === 'day') return at.toFormat('cccc d LLLL yyyy');
  const from = view === 'week' ? startOfWeek(at, weekStartsOn) : at.startOf('day');
  const to = from.plus({ days: view === 'week' ? 6 : AGENDA_DAYS - 1 });
  return from.hasSame(to, 'month')
    ? `${from.toFormat('d')} – ${to.toFormat('d LLLL yyyy')}`
    : `${from.toFormat('d LLL')} – ${to.toFormat('d LLL yyyy')}`;
}

/** One post in the calendar: a focusable chip that opens with Enter (see onKeyPressEvent). */
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
  const post = usePlanner((s) => s.posts[event.id]);
  const staffById = useStaffById();
  const now = useNow();
  if (!post) return null;
  const owner = post.ownerId ? staffById.get(post.ownerId) : undefined;
  const time = DateTime.fromJSDate(event.start).toFormat('HH:mm');
  return (
    <span
      className="event-chip"
      data-post-id={post.id}
      {...(focusable ? { tabIndex: 0, role: 'button' } : {})}
    >
      <PostChipContent post={post} owner={owner} now={now} time={time} showTime={showTime} />
    </span>
  );
});

// Month and agenda events are not focusable in react-big-calendar (its issues #963, #2762):
// our chip is. Week/day events already are (role=button, tabIndex 0), so the chip is not.
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

const COMPONENTS: Components<CalendarEvent> = {
  toolbar: () => null,
  dateCellWrapper: DayCell as Components<CalendarEvent>['dateCellWrapper'],
  month: { event: MonthEvent },
  week: { event: PlainEvent, header: GridHeader },
  day: { event: PlainEvent, header: GridHeader },
  agenda: { event: FocusableEvent },
};

export function CalendarView() {
  const settings = useApp((s) => s.settings)!;
  const staffCount = useApp((s) => s.staff.length);
  const posts = usePlanner((s) => s.posts);
  const filter = usePlanner((s) => s.filter);
  const editingId = usePlanner((s) => s.editingId);
  const backlogLoaded = usePlanner((s) => s.backlogLoaded);
  const view = usePlanner((s) => s.calendarView);
  const date = usePlanner((s) => s.calendarDate);
  const now = useNow();
  const { timezone: zone, weekStartsOn } = settings;
  const [showCalendarAnyway, setShowCalendarAnyway] = useState(false);
  // react-big-calendar leaves its drag preview on screen after a drop from outside (its
  // WeekWrapper never resets): a fresh key after each such drop clears it.
  const [dropCount, setDropCount] = useState(0);

  const localizer = useMemo(
    // zone is a dependency: the localizer reads luxon's default zone, set from settings.
    () => (zone ? luxonLocalizer(DateTime, { firstDayOfWeek: weekStartsOn }) : null)!,
    [weekStartsOn, zone],
  );
  const { from, to } = useMemo(
    () => visibleRange(view, date, zone, weekStartsOn),
    [view, date, zone, weekStartsOn],
  );
  useEffect(() => {
    void usePlanner.getState().loadRange({ from, to });
  }, [from, to]);
  useEffect(() => {
    if (!usePlanner.getState().backlogLoaded) void usePlanner.getState().loadBacklog();
  }, []);

  const events = useMemo(() => {
    const list: CalendarEvent[] = [];
    for (const post of Object.values(posts)) {
      if (!post.scheduledAt || post.scheduledAt < from || post.scheduledAt >= to) continue;
      if (!matchesFilter(post, filter, now)) continue;
      const start = new Date(post.scheduledAt);
      list.push({ id: post.id, title: post.title, start, end: new Date(+start + BLOCK_MS) });
    }
    return list.sort((a, b) => +a.start - +b.start);
  }, [posts, filter, from, to, now]);

  const eventPropGetter = useCallback(
    (event: CalendarEvent) => {
      const post = usePlanner.getState().posts[event.id];
      if (!post) return {};
      const missed = isMissed(post, now);
      return {
        className: [
          'post-event',
          `status-${post.status}`,
          missed ? 'is-missed' : '',
          post.ownerId ? '' : 'is-unowned',
          post.id === editingId ? 'is-open' : '',
        ].join(' '),
        style: { '--category': CATEGORIES[post.category].color } as React.CSSProperties,
      };
    },
    [now, editingId],
  );

  const openPost = useCallback((event: CalendarEvent) => {
    usePlanner.getState().openEditor(event.id);
  }, []);
  const onKeyPressEvent = useCallback((event: CalendarEvent, e: React.SyntheticEvent) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      usePlanner.getState().openEditor(event.id);
    }
  }, []);

  /** Where a drop lands: a day (month view, all-day row) keeps the time; a slot sets it. */
  const landing = useCallback(
    (start: Date, allDay: boolean, previous: string | null) =>
      view === 'month' || allDay ? onDayKeepingTime(start, previous, zone) : toContractTime(start),
    [view, zone],
  );

  const onEventDrop = useCallback(
    ({ event, start, isAllDay }: EventInteractionArgs<CalendarEvent>) => {
      const post = usePlanner.getState().posts[event.id];
      if (!post) return;
      const at = landing(new Date(start), Boolean(isAllDay), post.scheduledAt);
      if (at !== post.scheduledAt) void usePlanner.getState().movePost(post.id, at);
    },
    [landing],
  );

  const dragFromOutsideItem = useCallback((): CalendarEvent => {
    const post = backlogDrag.id ? usePlanner.getState().posts[backlogDrag.id] : undefined;
    const start = new Date();
    return {
      id: post?.id ?? '',
      title: post?.title ?? '',
      start,
      end: new Date(+start + BLOCK_MS),
    };
  }, []);
  const onDropFromOutside = useCallback(
    ({ start, allDay }: DragFromOutsideItemArgs) => {
      const id = backlogDrag.id;
      backlogDrag.id = null;
      setDropCount((n) => n + 1);
      if (!id) return;
      void usePlanner.getState().movePost(id, landing(new Date(start), allDay, null));
    },
    [landing],
  );

  const onSelectSlot = useCallback(
    async (slot: SlotInfo) => {
      const scheduledAt = landing(slot.start, isWholeDays(slot.start, slot.end), null);
      const post = await usePlanner
        .getState()
        .createPost({ title: 'New post', status: 'draft', scheduledAt });
      if (post) usePlanner.getState().openEditor(post.id);
    },
    [landing],
  );

  const onNavigate = useCallback((next: Date) => usePlanner.getState().navigate(next), []);
  const onView = useCallback(
    (next: string) => usePlanner.getState().setCalendarView(next as ViewId),
    [],
  );

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (e.key === 'PageUp') usePlanner.getState().navigate(-1);
    else if (e.key === 'PageDown') usePlanner.getState().navigate(1);
    else if (e.key === 'Home' && !e.ctrlKey) usePlanner.getState().navigate('today');
    else return;
    e.preventDefault();
  }

  // The week/day grid scrolls: keyboard users must be able to reach it to scroll it.
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const scroller = frame.current?.querySelector('.rbc-time-content');
    if (scroller && !scroller.hasAttribute('tabindex')) {
      scroller.setAttribute('tabindex', '0');
      scroller.setAttribute('aria-label', 'Hours of the day (scroll with the arrow keys)');
    }
  });

  const empty =
    backlogLoaded && staffCount === 0 && Object.keys(posts).length === 0 && !showCalendarAnyway;

  return (
    <div className={`planner ${editingId ? 'has-editor' : ''}`}>
      <section className="calendar-area" aria-labelledby="calendar-title" onKeyDown={onKeyDown}>
        <div className="calendar-toolbar">
          <div className="toolbar-nav" role="group" aria-label="Move through the calendar">
            <button
              type="button"
              className="button"
              onClick={() => usePlanner.getState().navigate('today')}
              title="Today (Home)"
            >
              Today
            </button>
            <button
              type="button"
              className="button icon"
              aria-label={`Previous ${VIEW_LABELS[view].toLowerCase()}`}
              title="Previous (Page Up)"
              onClick={() => usePlanner.getState().navigate(-1)}
            >
              ‹
            </button>
            <button
              type="button"
              className="button icon"
              aria-label={`Next ${VIEW_LABELS[view].toLowerCase()}`}
              title="Next (Page Down)"
              onClick={() => usePlanner.getState().navigate(1)}
            >
              ›
            </button>
          </div>
          <h1 id="calendar-title" className="calendar-title" aria-live="polite">
            {rangeTitle(view, date, zone, weekStartsOn)}
          </h1>
          <div className="toolbar-views" role="group" aria-label="Calendar view">
            {CALENDAR_VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                className="button"
                aria-pressed={view === v}
                onClick={() => usePlanner.getState().setCalendarView(v)}
              >
                {VIEW_LABELS[v]}
              </button>
            ))}
          </div>
        </div>
        <FilterBar />
        {empty ? (
          <FirstRun onShowCalendar={() => setShowCalendarAnyway(true)} />
        ) : (
          <div className="calendar-frame" ref={frame}>
            <DragAndDropCalendar
              key={dropCount}
              localizer={localizer}
              events={events}
              view={view}
              views={CALENDAR_VIEWS as ViewId[]}
              date={date}
              onNavigate={onNavigate}
              onView={onView}
              length={AGENDA_DAYS}
              components={COMPONENTS}
              eventPropGetter={eventPropGetter}
              onSelectEvent={openPost}
              onKeyPressEvent={onKeyPressEvent}
              selectable
              onSelectSlot={onSelectSlot}
              onEventDrop={onEventDrop}
              resizable={false}
              draggableAccessor={alwaysDraggable}
              dragFromOutsideItem={dragFromOutsideItem}
              onDropFromOutside={onDropFromOutside}
              showAllEvents
              step={30}
              timeslots={2}
              scrollToTime={SCROLL_TO}
              getNow={getNow}
              formats={FORMATS}
              tooltipAccessor={null}
            />
          </div>
        )}
      </section>
      <div className="side-panel">{editingId ? <PostEditor /> : <BacklogPanel compact />}</div>
    </div>
  );
}

/** A selection of whole days (a month cell, the all-day row), not a time slot. */
function isWholeDays(start: Date, end: Date): boolean {
  const midnight = (d: Date) => +DateTime.fromJSDate(d).startOf('day') === +d;
  return midnight(start) && midnight(end) && end > start;
}

const alwaysDraggable = () => true;
const getNow = () => new Date();
const SCROLL_TO = new Date(1970, 0, 1, 8, 0);
const FORMATS = {
  timeGutterFormat: 'HH:mm',
  eventTimeRangeFormat: () => '',
  agendaTimeFormat: 'HH:mm',
  agendaTimeRangeFormat: ({ start }: { start: Date }) =>
    DateTime.fromJSDate(start).toFormat('HH:mm'),
  dayFormat: 'ccc d',
};
