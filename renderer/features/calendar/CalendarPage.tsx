// The calendar page: react-big-calendar in the practice's zone with drag and drop, the
// toolbar and filters above it, and the Ideas panel (or the open post's editor) beside it.
import { DateTime } from 'luxon';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
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
import { isMissed, matchesFilter } from '../../../shared/posts';
import { CATEGORIES } from '../../../shared/vocabulary';
import {
  createPost,
  findPost,
  loadRange,
  movePost,
  usePostsInRange,
  usePostsStore,
} from '../../data/posts';
import { useSettings } from '../../data/settings';
import { useStaff } from '../../data/staff';
import { useNow } from '../../hooks/useNow';
import { DragAndDropCalendar, type CalendarEvent } from '../../lib/dnd';
import { navigateCalendar, setCalendarView, useCalendarPlace } from '../../state/calendar';
import { openEditor, useUi } from '../../state/ui';
import { BacklogPanel } from '../ideas/BacklogPanel';
import { backlogDrag } from '../ideas/ideas-utils';
import { FirstRun } from '../onboarding/FirstRun';
import { CALENDAR_COMPONENTS } from './EventChip';
import { BLOCK_MS, eventOf, FORMATS, isWholeDays } from './calendar-utils';
import { CalendarToolbar } from './CalendarToolbar';
import { FilterBar } from './FilterBar';
// Team rhythm: birthdays/anniversaries as their own layer, and its panel beside the calendar.
import { MomentsLayer, withMoments } from '../rhythm/MomentsLayer';
import { RhythmPanel } from '../rhythm/RhythmPanel';
import './CalendarPage.css';

// The editor (and the validation rules it brings) loads after the calendar has painted.
const PostEditor = lazy(() =>
  import('../post-editor/PostEditor').then((m) => ({ default: m.PostEditor })),
);

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
  const { timezone: zone, weekStartsOn, defaultPostTime } = useSettings();
  const staffCount = useStaff().length;
  const filter = useUi((s) => s.filter);
  const editingId = useUi((s) => s.editingId);
  const { view, day } = useCalendarPlace();
  const date = useMemo(() => (day ? DateTime.fromISO(day).toJSDate() : new Date()), [day]);
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

  const events = useMemo(
    () => posts.filter((p) => matchesFilter(p, filter, now)).map(eventOf),
    [posts, filter, now],
  );

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
      void movePost(id, landing(new Date(start), allDay, null));
    },
    [landing],
  );

  const onSelectSlot = useCallback(
    async (slot: SlotInfo) => {
      const scheduledAt = landing(slot.start, isWholeDays(slot.start, slot.end), null);
      const post = await createPost({ title: 'New post', status: 'draft', scheduledAt });
      if (post) openEditor(post.id);
    },
    [landing],
  );

  const onNavigate = useCallback((next: Date) => navigateCalendar(next), []);
  const onView = useCallback((next: string) => setCalendarView(next as CalendarView), []);

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (e.key === 'PageUp') navigateCalendar(-1);
    else if (e.key === 'PageDown') navigateCalendar(1);
    else if (e.key === 'Home' && !e.ctrlKey) navigateCalendar('today');
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

  const empty = nothingAtAll && staffCount === 0 && !showCalendarAnyway;

  return (
    <div className={`planner ${editingId ? 'has-editor' : ''}`}>
      <MomentsLayer range={range} />
      <section className="calendar-area" aria-labelledby="calendar-title" onKeyDown={onKeyDown}>
        <CalendarToolbar view={view} date={date} weekStartsOn={weekStartsOn} />
        <FilterBar />
        {empty ? (
          <FirstRun onShowCalendar={() => setShowCalendarAnyway(true)} />
        ) : (
          <div className="calendar-frame" ref={frame} aria-busy={status === 'loading'}>
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
      <div className="side-panel">
        {editingId ? (
          <Suspense
            fallback={
              <p className="loading" role="status">
                Opening the post…
              </p>
            }
          >
            <PostEditor />
          </Suspense>
        ) : (
          <>
            <RhythmPanel range={range} />
            <BacklogPanel compact />
          </>
        )}
      </div>
    </div>
  );
}

const COMPONENTS = withMoments(CALENDAR_COMPONENTS);
const alwaysDraggable = () => true;
const getNow = () => new Date();
const SCROLL_TO = new Date(1970, 0, 1, 8, 0);
