// The calendar page: react-big-calendar in the practice's zone with drag and drop, the
// toolbar and filters above it, and the Ideas panel (or the open post's editor) beside it.
import { now as clockNow } from '../../../shared/clock';
import { DateTime } from 'luxon';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { luxonLocalizer, type SlotInfo } from 'react-big-calendar';
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
  stepDate,
  toContractTime,
  visibleRange,
  type CalendarView,
} from '../../../shared/calendar';
import { isFiltering, isMissed, matchesFilter, NO_FILTER } from '../../../shared/posts';
import { CATEGORIES } from '../../../shared/vocabulary';
import { findPost, loadRange, movePost, usePostsInRange, usePostsStore } from '../../data/posts';
import { useSettings } from '../../data/settings';
import { useStaff } from '../../data/staff';
import { useNow } from '../../hooks/useNow';
import { DragAndDropCalendar, type CalendarEvent } from '../../lib/dnd';
import { usePrefsStore } from '../../data/prefs';
import {
  navigateCalendar,
  setCalendarView,
  showCalendar,
  useCalendarPlace,
} from '../../state/calendar';
import { openEditor, openNewPost, setFilter, setFocusedDay, useUi } from '../../state/ui';
import { BacklogPanel } from '../ideas/BacklogPanel';
import { EditorPanel } from '../post-editor/EditorPanel';
import { backlogDrag } from '../ideas/ideas-utils';
import { FirstRun } from '../onboarding/FirstRun';
import { CALENDAR_COMPONENTS } from './EventChip';
import {
  BLOCK_MS,
  eventOf,
  FORMATS,
  isWholeDays,
  postsByDay,
  stackedLayout,
  timeOfDay,
} from './calendar-utils';
import { PostsByDay, PostsPerDay } from './DayHeader';
import { IdeasRail } from './IdeasRail';
import { monthFit, shownIds, useMonthSpace } from './useMonthFit';
import { useMonthKeys } from './useMonthKeys';
import { useWorkingHours } from './useWorkingHours';
import { CalendarToolbar } from './CalendarToolbar';
import { FilterBar } from './FilterBar';
// Team rhythm: birthdays/anniversaries as their own layer, and its panel beside the calendar.
import { MomentsLayer, withMoments } from '../rhythm/MomentsLayer';
import { RhythmPanel } from '../rhythm/RhythmPanel';
import './CalendarPage.css';

/** Loads the periods before and after the one on screen, once it is in, so paging is instant. */
function usePrefetchNeighbours(
  view: CalendarView,
  date: Date,
  zone: string,
  weekStartsOn: number,
  ready: boolean,
) {
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      for (const step of [1, -1] as const) {
        void loadRange(visibleRange(view, stepDate(view, date, step, zone), zone, weekStartsOn));
      }
    }, 50);
    return () => clearTimeout(timer);
  }, [view, date, zone, weekStartsOn, ready]);
}

export function CalendarPage() {
  const { timezone: zone, weekStartsOn, defaultPostTime, workdayStart, workdayEnd } = useSettings();
  const ideasOpen = usePrefsStore((s) => s.prefs?.ideasPanel !== 'closed');
  const staffCount = useStaff().length;
  const filter = useUi((s) => s.filter);
  const editingId = useUi((s) => s.editingId);
  const { view, day } = useCalendarPlace();
  const date = useMemo(() => (day ? DateTime.fromISO(day).toJSDate() : clockNow()), [day]);
  const now = useNow();
  const [showCalendarAnyway, setShowCalendarAnyway] = useState(false);
  // react-big-calendar leaves its drag preview on screen after a drop from outside (its
  // WeekWrapper never resets): a fresh key after each such drop clears it.
  const [dropCount, setDropCount] = useState(0);

  const localizer = useMemo(
    // zone is a dependency: the localizer reads luxon's default zone, set from settings.
    () => (zone ? luxonLocalizer(DateTime, { firstDayOfWeek: weekStartsOn }) : null)!,
    [weekStartsOn, zone],
  );
  const range = useMemo(
    () => visibleRange(view, date, zone, weekStartsOn),
    [view, date, zone, weekStartsOn],
  );
  const { posts, status } = usePostsInRange(range);
  usePrefetchNeighbours(view, date, zone, weekStartsOn, status === 'ready');
  const nothingAtAll = usePostsStore(
    (s) =>
      s.backlog === 'ready' &&
      Object.keys(s.dated).length === 0 &&
      Object.keys(s.undated).length === 0,
  );

  const shown = useMemo(
    () => posts.filter((p) => matchesFilter(p, filter, now)),
    [posts, filter, now],
  );
  const byDay = useMemo(() => postsByDay(shown), [shown]);
  const empty = nothingAtAll && staffCount === 0 && !showCalendarAnyway;
  const frame = useRef<HTMLDivElement>(null);
  const space = useMonthSpace(frame, view, !empty);
  const weeks = Math.round((Date.parse(range.to) - Date.parse(range.from)) / WEEK_MS);
  const fit = useMemo(() => (space ? monthFit(space, weeks) : null), [space, weeks]);
  const events = useMemo(() => {
    // The month draws only what fits. Until it is measured (react-big-calendar's first month
    // render is its own measuring pass, which draws no posts) it gets them all.
    if (view !== 'month' || !fit) return shown.map(eventOf);
    const ids = shownIds(byDay, fit.perDay);
    return shown.filter((p) => ids.has(p.id)).map(eventOf);
  }, [view, shown, byDay, fit]);
  const hiddenByFilter = isFiltering(filter) && posts.length > 0 && shown.length === 0;

  const eventPropGetter = useCallback(
    (event: CalendarEvent) => {
      const post = findPost(event.id);
      if (!post) return {};
      return {
        className: [
          'post-event',
          `status-${post.status}`,
          isMissed(post, now) ? 'is-missed' : '',
          post.ownerId ? '' : 'is-unowned',
          post.id === editingId ? 'is-open' : '',
        ].join(' '),
        style: { '--category': CATEGORIES[post.category].color } as React.CSSProperties,
      };
    },
    [now, editingId],
  );

  const openPost = useCallback((event: CalendarEvent) => openEditor(event.id), []);
  const onKeyPressEvent = useCallback((event: CalendarEvent, e: React.SyntheticEvent) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      openEditor(event.id);
    }
  }, []);

  /** Where a drop lands: a day (month view, all-day row) keeps the time; a slot sets it. */
  const landing = useCallback(
    (start: Date, allDay: boolean, previous: string | null) =>
      view === 'month' || allDay
        ? onDayKeepingTime(start, previous, zone, defaultPostTime)
        : toContractTime(start),
    [view, zone, defaultPostTime],
  );

  const onEventDrop = useCallback(
    ({ event, start, isAllDay }: EventInteractionArgs<CalendarEvent>) => {
      const post = findPost(event.id);
      if (!post) return;
      const at = landing(new Date(start), Boolean(isAllDay), post.scheduledAt);
      if (at !== post.scheduledAt) void movePost(post.id, at);
    },
    [landing],
  );

  const dragFromOutsideItem = useCallback((): CalendarEvent => {
    const post = backlogDrag.id ? findPost(backlogDrag.id) : undefined;
    const start = clockNow();
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
      void movePost(id, landing(new Date(start), allDay, null));
    },
    [landing],
  );

  const onSelectSlot = useCallback(
    (slot: SlotInfo) => {
      const scheduledAt = landing(slot.start, isWholeDays(slot.start, slot.end), null);
      setFocusedDay(DateTime.fromJSDate(slot.start).toISODate());
      // Saved (created) only once something is typed in it.
      openNewPost({ scheduledAt });
    },
    [landing],
  );

  /** Enter on a day of the month grid: its first post, or a new one on that day. */
  const openDay = useCallback(
    (day: string) => {
      const first = byDay.get(day)?.[0];
      if (first) return openEditor(first);
      const start = DateTime.fromISO(day).toJSDate();
      void onSelectSlot({
        start,
        end: DateTime.fromISO(day).plus({ days: 1 }).toJSDate(),
        slots: [start],
        action: 'click',
      });
    },
    [byDay, onSelectSlot],
  );
  const monthKeys = useMonthKeys(view, day, openDay);

  const onNavigate = useCallback((next: Date) => navigateCalendar(next), []);
  const onView = useCallback((next: string) => setCalendarView(next as CalendarView), []);
  const onDrillDown = useCallback(
    (next: Date, nextView: string) => showCalendar(nextView as CalendarView, next),
    [],
  );

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (monthKeys(e)) return;
    if (e.key === 'PageUp') navigateCalendar(-1);
    else if (e.key === 'PageDown') navigateCalendar(1);
    else if (e.key === 'Home' && !e.ctrlKey) navigateCalendar('today');
    else return;
    e.preventDefault();
  }

  useWorkingHours(frame, view, workdayStart, workdayEnd);
  const scrollTo = useMemo(() => timeOfDay(workdayStart), [workdayStart]);

  return (
    <div className={`planner ${editingId ? 'has-editor' : ''} ${ideasOpen ? '' : 'ideas-closed'}`}>
      <MomentsLayer range={range} />
      <section className="calendar-area" aria-labelledby="calendar-title" onKeyDown={onKeyDown}>
        <CalendarToolbar view={view} date={date} weekStartsOn={weekStartsOn} />
        <FilterBar />
        {hiddenByFilter ? (
          <p className="filter-empty" role="status">
            No posts match these filters.{' '}
            <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
              Clear filters
            </button>
          </p>
        ) : null}
        {empty ? (
          <FirstRun onShowCalendar={() => setShowCalendarAnyway(true)} />
        ) : (
          <div
            className="calendar-frame"
            ref={frame}
            aria-busy={status === 'loading'}
            data-view={view}
            data-chip-lines={fit?.lines}
          >
            <PostsByDay.Provider value={byDay}>
              <PostsPerDay.Provider value={fit?.perDay ?? Infinity}>
                <DragAndDropCalendar
                  key={dropCount}
                  localizer={localizer}
                  events={events}
                  view={view}
                  views={CALENDAR_VIEWS as CalendarView[]}
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
                  onDrillDown={onDrillDown}
                  getDrilldownView={drillDownFromMonthOnly}
                  dayLayoutAlgorithm={stackedLayout}
                  step={30}
                  timeslots={2}
                  scrollToTime={scrollTo}
                  getNow={clockNow}
                  formats={FORMATS}
                  tooltipAccessor={null}
                />
              </PostsPerDay.Provider>
            </PostsByDay.Provider>
            <MonthProbe />
          </div>
        )}
      </section>
      {editingId ? (
        <EditorPanel />
      ) : ideasOpen ? (
        <div className="side-panel">
          <RhythmPanel range={range} />
          <BacklogPanel compact />
        </div>
      ) : (
        <IdeasRail />
      )}
    </div>
  );
}

const COMPONENTS = withMoments(CALENDAR_COMPONENTS);
const alwaysDraggable = () => true;
const WEEK_MS = 7 * 86_400_000;
// A month day's number opens the day; the week's day names are buttons of their own
// (GridHeader), so react-big-calendar's button around them is turned off.
const drillDownFromMonthOnly = (_: Date, view: string) => (view === 'month' ? 'day' : null);

/** One day header and one chip of each height, drawn by the month's own rules, to measure. */
const MonthProbe = () => (
  <div className="month-probe" aria-hidden="true">
    <div className="month-probe-head" />
    <div className="month-probe-slot month-probe-slot1">
      <div className="month-probe-chip" />
    </div>
    <div className="month-probe-slot month-probe-slot2">
      <div className="month-probe-chip" />
    </div>
  </div>
);
