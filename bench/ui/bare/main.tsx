// The baseline for `npm run bench:ui`: react-big-calendar 1.20 with the luxon localizer and the
// drag-and-drop addon, month view, nothing else. It loads `events-<n>.json` (`?n=100`) written
// by bench/ui/run.mjs: the same titles and times Rapport gets through its API.
import { DateTime, Settings } from 'luxon';
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Calendar, luxonLocalizer } from 'react-big-calendar';
import withDragAndDropModule, {
  type EventInteractionArgs,
} from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';

Settings.defaultZone = 'America/New_York';

interface BenchEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
}

type WithDragAndDrop = typeof withDragAndDropModule;
// The addon is CommonJS: a production build may hand back its exports object (see renderer/lib/dnd.ts).
const withDragAndDrop: WithDragAndDrop =
  typeof withDragAndDropModule === 'function'
    ? withDragAndDropModule
    : (withDragAndDropModule as unknown as { default: WithDragAndDrop }).default;
const DragAndDropCalendar = withDragAndDrop<BenchEvent>(Calendar);
const localizer = luxonLocalizer(DateTime);

function App() {
  const [events, setEvents] = useState<BenchEvent[] | null>(null);
  const [date, setDate] = useState(() => new Date());
  useEffect(() => {
    const n = new URLSearchParams(location.search).get('n') ?? '100';
    fetch(`./events-${encodeURIComponent(n)}.json`)
      .then(
        (response) => response.json() as Promise<{ title: string; start: string; end: string }[]>,
      )
      .then((list) =>
        setEvents(
          list.map((e, i) => ({
            id: String(i),
            title: e.title,
            start: new Date(e.start),
            end: new Date(e.end),
          })),
        ),
      )
      .catch((error: unknown) => console.error('Could not load the events', error));
  }, []);
  const onEventDrop = useCallback(({ event, start, end }: EventInteractionArgs<BenchEvent>) => {
    setEvents((list) =>
      (list ?? []).map((e) =>
        e.id === event.id ? { ...e, start: new Date(start), end: new Date(end) } : e,
      ),
    );
  }, []);
  if (!events) return <p>Loading…</p>;
  return (
    <div style={{ height: '100%' }}>
      <DragAndDropCalendar
        localizer={localizer}
        events={events}
        defaultView="month"
        views={['month']}
        date={date}
        onNavigate={setDate}
        onEventDrop={onEventDrop}
        resizable={false}
        showAllEvents
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
