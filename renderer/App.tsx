import { useEffect } from 'react';
import { installCommands } from './commands';
import { NoticeBar } from './components/NoticeBar';
import { useApp, type View } from './state/app';
import { usePlanner } from './state/planner';
import { CalendarView } from './views/CalendarView';
import { IdeasView } from './views/IdeasView';
import { SettingsView } from './views/SettingsView';
import { StaffView } from './views/StaffView';
import { TrashView } from './views/TrashView';

const VIEWS: { id: View; label: string }[] = [
  { id: 'calendar', label: 'Calendar' },
  { id: 'ideas', label: 'Ideas' },
  { id: 'staff', label: 'Staff' },
  { id: 'trash', label: 'Trash' },
  { id: 'settings', label: 'Settings' },
];

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'calendar':
      return <CalendarView />;
    case 'ideas':
      return <IdeasView />;
    case 'staff':
      return <StaffView />;
    case 'trash':
      return <TrashView />;
    case 'settings':
      return <SettingsView />;
  }
}

export function App() {
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const settings = useApp((s) => s.settings);
  const loadError = useApp((s) => s.loadError);
  const load = useApp((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => installCommands(), []);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Rapport</span>
          {settings?.practiceName ? (
            <span className="brand-practice">{settings.practiceName}</span>
          ) : null}
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {VIEWS.map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  className="nav-button"
                  aria-current={view === v.id ? 'page' : undefined}
                  onClick={() => {
                    usePlanner.getState().openEditor(null);
                    setView(v.id);
                  }}
                >
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="app-main" id="main">
        {loadError ? (
          <div role="alert" className="load-error">
            <h1>Rapport could not load your planner</h1>
            <p>{loadError}</p>
            <button type="button" className="button primary" onClick={() => void load()}>
              Try again
            </button>
          </div>
        ) : !settings ? (
          <p className="loading" role="status">
            Loading your planner…
          </p>
        ) : (
          <CurrentView view={view} />
        )}
      </main>
      <NoticeBar />
    </div>
  );
}
