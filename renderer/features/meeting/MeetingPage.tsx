// The weekly planning meeting on a shared screen (`#/meeting`, `#/meeting/2026-W48`): six
// sections, one at a time, moved through by keyboard (arrows, Page keys, 1–6; Esc leaves).
// Edits go through the same data layer as the planner. Another window on the same planner
// file has no way to tell this one about its edits (the desktop IPC and the browser host's
// HTTP have no push channel), so while the page is visible it reads the weeks on screen, the
// backlog and the meeting again every second: cheap reads of one local SQLite file.
import { ChevronLeft, ChevronRight, LogOut, Maximize, MonitorUp, Printer } from 'lucide-react';
import { DateTime } from 'luxon';
import { todayIn } from '../../../shared/clock';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  addWeeks,
  isoWeekOfInstant,
  weekDays,
  weekMonday,
  weekRange,
} from '../../../shared/meeting';
import {
  loadMeeting,
  presentOnOtherScreen,
  saveAgendaAsPdf,
  useMeeting,
} from '../../data/meetings';
import { loadBacklog, loadRange, useBacklog, usePostsInRange } from '../../data/posts';
import { spotlightQuery } from '../../data/rhythm';
import { useSettingsStore } from '../../data/settings';
import { useStaff, useStaffById } from '../../data/staff';
import { useNow } from '../../hooks/useNow';
import { formatDayRange, formatMonthYear } from '../../lib/format';
import { useSharedTitles } from '../../data/privacy';
import { go, goToPage, useRoute } from '../../state/route';
import { notify } from '../../state/notices';
import { DecisionsSection } from './MeetingDecisions';
import { CelebrationsSection, IdeasSection, MixSection } from './MeetingRhythm';
import { LastWeekSection, WeekDays, type WeekContext } from './MeetingWeeks';
import { meetingKey, schedulableDays, SECTIONS, topIdeas } from './meeting-utils';
import './meeting.css';

const POLL_MS = 1000;

function usePoll(work: () => void) {
  const latest = useRef(work);
  useEffect(() => {
    latest.current = work;
  });
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') latest.current();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, []);
}

export function MeetingPage() {
  const route = useRoute((s) => s.route);
  const settings = useSettingsStore((s) => s.settings)!;
  const zone = settings.timezone;
  const now = useNow();
  const week = (route.page === 'meeting' ? route.week : null) ?? isoWeekOfInstant(now, zone);
  const staff = useStaff();
  const staffById = useStaffById();
  const range = useMemo(() => weekRange(addWeeks(week, -1), zone, 3), [week, zone]);
  const { posts } = usePostsInRange(range);
  const { ideas } = useBacklog();
  const title = useSharedTitles([...posts, ...Object.values(ideas)]);
  const ctx: WeekContext = { zone, now, staff, staffById, title };
  const { meeting, error } = useMeeting(week);
  useEffect(() => void loadMeeting(week), [week]);
  usePoll(() => {
    void loadRange(range, { force: true });
    void loadBacklog();
    void loadMeeting(week);
    spotlightQuery.invalidate();
  });

  const lastDays = weekDays(addWeeks(week, -1));
  const thisDays = weekDays(week);
  const nextDays = weekDays(addWeeks(week, 1));
  const soon = [...thisDays, ...nextDays];
  const inDays = (days: string[]) => {
    const from = DateTime.fromISO(days[0]!, { zone }).toUTC().toISO()!;
    const to = DateTime.fromISO(days[6]!, { zone }).plus({ days: 1 }).toUTC().toISO()!;
    return posts.filter((p) => p.scheduledAt! >= from && p.scheduledAt! < to);
  };
  const celebrations = useMemo(() => weekRange(week, zone, 3), [week, zone]);
  const thursday = DateTime.fromISO(weekMonday(week), { zone }).plus({ days: 3 });
  const monthRange = useMemo(() => {
    const start = thursday.startOf('month');
    return { from: start.toUTC().toISO()!, to: start.plus({ months: 1 }).toUTC().toISO()! };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [week, zone]);

  const [index, setIndex] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const show = useCallback((next: number) => {
    setIndex(next);
    tabs.current[next]?.focus();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = meetingKey(e, index, target?.tagName);
      if (!action) {
        if (
          e.key === 'Escape' &&
          target &&
          ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
        )
          target.blur();
        return;
      }
      e.preventDefault();
      if (action.kind === 'leave') goToPage('calendar');
      else show(action.index);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, show]);

  const monday = DateTime.fromISO(weekMonday(week), { zone });
  const weekNumber = Number(week.slice(-2));
  const toWeek = (n: number) => go({ page: 'meeting', week: addWeeks(week, n) });
  const present = async () => {
    const result = presentOnOtherScreen(`#/meeting/${week}`);
    if (result) {
      const answer = await result;
      if (!answer.ok) notify(answer.message, { tone: 'error' });
    } else if (document.fullscreenElement) {
      await document.exitFullscreen();
    } else {
      await document.documentElement.requestFullscreen().catch(() => {
        notify('This browser would not go full screen; try F11.', { tone: 'error' });
      });
    }
  };
  const desktop = typeof window !== 'undefined' && window.rapport !== undefined;
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const sync = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);

  const panels = [
    <LastWeekSection key="last" posts={inDays(lastDays)} ctx={ctx} />,
    <div key="days" className="meeting-weeks">
      <WeekDays
        title="This week"
        days={thisDays}
        posts={inDays(thisDays)}
        ctx={ctx}
        allDays={soon}
      />
      <WeekDays
        title="Next week"
        days={nextDays}
        posts={inDays(nextDays)}
        ctx={ctx}
        allDays={soon}
      />
    </div>,
    <CelebrationsSection key="celebrations" range={celebrations} />,
    <IdeasSection
      key="ideas"
      ideas={topIdeas(Object.values(ideas))}
      ctx={ctx}
      days={schedulableDays(soon, todayIn(zone))}
      defaultTime={settings.defaultPostTime}
    />,
    <MixSection key="mix" range={monthRange} month={formatMonthYear(thursday)} />,
    meeting ? (
      <DecisionsSection key="decisions" meeting={meeting} ctx={ctx} />
    ) : (
      <p key="decisions" className="meeting-quiet">
        {error ?? 'Loading…'}
      </p>
    ),
  ];

  return (
    <div className="meeting">
      <header className="meeting-bar">
        <h1>
          Weekly meeting · Week {weekNumber}{' '}
          <span className="meeting-dates">{formatDayRange(monday, monday.plus({ days: 6 }))}</span>
        </h1>
        <div className="meeting-tools">
          <button
            type="button"
            className="button"
            onClick={() => toWeek(-1)}
            aria-label="Previous week"
          >
            <ChevronLeft aria-hidden="true" size="1em" />
          </button>
          <button type="button" className="button" onClick={() => toWeek(1)} aria-label="Next week">
            <ChevronRight aria-hidden="true" size="1em" />
          </button>
          <button type="button" className="button" onClick={() => void present()}>
            {desktop ? (
              <MonitorUp aria-hidden="true" size="1em" />
            ) : (
              <Maximize aria-hidden="true" size="1em" />
            )}
            {desktop
              ? 'Present on the other screen'
              : fullScreen
                ? 'Exit full screen'
                : 'Full screen'}
          </button>
          <button type="button" className="button" onClick={() => void saveAgendaAsPdf(week)}>
            <Printer aria-hidden="true" size="1em" /> Save agenda as PDF
          </button>
          <button type="button" className="button" onClick={() => goToPage('calendar')}>
            <LogOut aria-hidden="true" size="1em" /> Leave <kbd>Esc</kbd>
          </button>
        </div>
      </header>
      <div role="tablist" aria-label="Meeting sections" className="meeting-tabs">
        {SECTIONS.map((s, i) => (
          <button
            key={s.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`meeting-tab-${s.id}`}
            aria-selected={i === index}
            aria-controls={`meeting-panel-${s.id}`}
            tabIndex={i === index ? 0 : -1}
            className="meeting-tab"
            onClick={() => show(i)}
          >
            <span className="meeting-tab-key">{i + 1}</span> {s.label}
          </button>
        ))}
      </div>
      {SECTIONS.map((s, i) => (
        <section
          key={s.id}
          role="tabpanel"
          id={`meeting-panel-${s.id}`}
          aria-labelledby={`meeting-heading-${s.id}`}
          className="meeting-section"
          hidden={i !== index}
        >
          <h2 id={`meeting-heading-${s.id}`}>
            {i + 1}. {s.label}
          </h2>
          {panels[i]}
        </section>
      ))}
    </div>
  );
}
