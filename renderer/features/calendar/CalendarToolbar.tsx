// Above the calendar: today / previous / next, the period's title, and the view buttons.
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { CALENDAR_VIEWS, type CalendarView } from '../../../shared/calendar';
import { navigateCalendar, setCalendarView } from '../../state/calendar';
import { rangeTitle, VIEW_LABELS } from './calendar-utils';

export function CalendarToolbar({
  view,
  date,
  weekStartsOn,
}: {
  view: CalendarView;
  date: Date;
  weekStartsOn: number;
}) {
  const unit = VIEW_LABELS[view].toLowerCase();
  return (
    <div className="calendar-toolbar">
      <div className="toolbar-nav" role="group" aria-label="Move through the calendar">
        <button
          type="button"
          className="button"
          onClick={() => navigateCalendar('today')}
          title="Today (Home)"
        >
          Today
        </button>
        <button
          type="button"
          className="button icon"
          aria-label={`Previous ${unit}`}
          title="Previous (Page Up)"
          onClick={() => navigateCalendar(-1)}
        >
          <ChevronLeft aria-hidden="true" size="1.2em" />
        </button>
        <button
          type="button"
          className="button icon"
          aria-label={`Next ${unit}`}
          title="Next (Page Down)"
          onClick={() => navigateCalendar(1)}
        >
          <ChevronRight aria-hidden="true" size="1.2em" />
        </button>
      </div>
      <h1 id="calendar-title" className="calendar-title" aria-live="polite">
        {rangeTitle(view, date, weekStartsOn)}
      </h1>
      <div className="toolbar-views" role="group" aria-label="Calendar view">
        {CALENDAR_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            className="button"
            aria-pressed={view === v}
            onClick={() => setCalendarView(v)}
          >
            {VIEW_LABELS[v]}
          </button>
        ))}
      </div>
    </div>
  );
}
