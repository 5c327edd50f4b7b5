// What every page needs, started as soon as the script runs rather than after React's first
// render: the settings, the team and this computer's preferences (together), the code of the
// page the address names, and, on the calendar, the posts it is about to show.
import { visibleRange } from '../shared/calendar';
import { loadHealth, type Health } from './data/handoff';
import { loadRange } from './data/posts';
import { loadPrefs } from './data/prefs';
import { loadSettings } from './data/settings';
import { loadStaff } from './data/staff';
import { pageEntry } from './pages';
import { calendarPlace } from './state/calendar';
import { useRoute } from './state/route';

let started: Promise<Health | null> | null = null;

/** Resolves with the host's word when the planner file is damaged (nothing else loads then). */
async function start(): Promise<Health | null> {
  const { route } = useRoute.getState();
  // Fetch the page's code while the data loads.
  void pageEntry(route.page).preload();
  const health = loadHealth();
  const everything = Promise.all([loadSettings(), loadStaff(), loadPrefs()]);
  everything.catch(() => {}); // a damaged file answers these with errors: judged below
  const checked = await health;
  if (checked.state === 'damaged') return checked;
  const [settings] = await everything;
  if (route.page === 'calendar') {
    const { view, date } = calendarPlace();
    void loadRange(visibleRange(view, date, settings.timezone, settings.weekStartsOn));
  }
  return null;
}

/** The one start-up load; `again` starts over after a failure. */
export function startup({ again = false } = {}): Promise<Health | null> {
  if (!started || again) started = start();
  return started;
}
