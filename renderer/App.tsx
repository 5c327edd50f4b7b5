import { useEffect } from 'react';
import { useApp, type View } from './state/app';
import { SettingsView } from './views/SettingsView';
import { NoticeBar } from './components/NoticeBar';

const VIEWS: { id: View; label: string }[] = [
  { id: 'calendar', label: 'Calendar' },
  { id: 'ideas', label: 'Ideas' },
  { id: 'staff', label: 'Staff' },
  { id: 'settings', label: 'Settings' },
];

export function App() {
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const settings = useApp((s) => s.settings);
  const loadError = useApp((s) => s.loadError);
  const load = useApp((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

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
                  onClick={() => setView(v.id)}
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
        ) : view === 'settings' ? (
          <SettingsView />
        ) : (
          <section className="placeholder" aria-labelledby="placeholder-title">
            <h1 id="placeholder-title">{VIEWS.find((v) => v.id === view)!.label}</h1>
            <p>Coming next.</p>
          </section>
        )}
      </main>
      <NoticeBar />
    </div>
  );
}
