// The app's frame: the header with the main navigation (from the page registry), the page the
// route names, and the notices. Settings and staff load first, together: every page needs them.
import { Search as SearchIcon } from 'lucide-react';
import { Suspense, useEffect, useState } from 'react';
import { installCommands } from './commands';
import { MainNav } from './components/MainNav';
import { NoticeBar } from './components/NoticeBar';
import { ApiError, errorMessage } from './data/errors';
import { type Health } from './data/handoff';
import { RecoveryPage } from './features/handoff/RecoveryPage';
import { useBrowserReminders } from './features/reminders/useBrowserReminders';
import { useSettingsStore } from './data/settings';
import { SearchDialog } from './features/search/SearchDialog';
import { openSearch } from './features/search/search-state';
import { pageEntry } from './pages';
import { startup } from './startup';
import { followHistory, useRoute } from './state/route';

/** Waits for what every page needs (renderer/startup.ts); a failure offers to try again. */
function useStartup(): {
  error: string | null;
  locked: boolean;
  damaged: Health | null;
  retry: () => void;
} {
  const [error, setError] = useState<string | null>(null);
  // Refused for want of this run's access key: trying again cannot help, a new address does.
  const [locked, setLocked] = useState(false);
  const [damaged, setDamaged] = useState<Health | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    // A damaged planner file is never read: the host says so, and offers a backup.
    startup({ again: attempt > 0 }).then(
      (damaged) => {
        if (!live) return;
        setError(null);
        setDamaged(damaged);
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorMessage(e));
        setLocked(e instanceof ApiError && e.code === 'unauthorized');
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return { error, locked, damaged, retry: () => setAttempt((n) => n + 1) };
}

function Loading() {
  return (
    <p className="loading" role="status">
      Loading your planner…
    </p>
  );
}

export function App() {
  const route = useRoute((s) => s.route);
  const ready = useSettingsStore((s) => s.settings !== null);
  const practiceName = useSettingsStore((s) => s.settings?.practiceName);
  const { error, locked, damaged, retry } = useStartup();

  useEffect(() => followHistory(), []);
  useEffect(() => installCommands(), []);
  useBrowserReminders();

  const Page = pageEntry(route.page).component;

  return (
    // The meeting is a presentation: it takes the whole screen (Esc or "Leave" go back).
    <div className={route.page === 'meeting' ? 'app app--meeting' : 'app'}>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Rapport</span>
          {practiceName ? <span className="brand-practice">{practiceName}</span> : null}
        </div>
        <MainNav />
        <button
          type="button"
          className="button header-search"
          aria-keyshortcuts="Control+K Meta+K /"
          onClick={openSearch}
        >
          <SearchIcon aria-hidden="true" size="1.1em" />
          <span className="header-search-label">Search</span>
          <kbd aria-hidden="true">Ctrl K</kbd>
        </button>
      </header>
      <main className="app-main" id="main">
        {damaged?.state === 'damaged' ? (
          <RecoveryPage health={damaged} />
        ) : error ? (
          <div role="alert" className="load-error">
            <h1>
              {locked
                ? 'This page cannot reach your planner'
                : 'Rapport could not load your planner'}
            </h1>
            <p>{error}</p>
            {locked ? null : (
              <button type="button" className="button primary" onClick={retry}>
                Try again
              </button>
            )}
          </div>
        ) : !ready ? (
          <Loading />
        ) : (
          <Suspense fallback={<Loading />}>
            <Page />
          </Suspense>
        )}
      </main>
      <NoticeBar />
      <SearchDialog />
    </div>
  );
}
