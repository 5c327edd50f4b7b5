// What every page needs, started as soon as the script runs rather than after React's first
// render: the settings, the team and this computer's preferences (together), the code of the
// page the address names, and, on the calendar, the posts it is about to show.
import { visibleRange } from '../shared/calendar';
import { loadRange } from './data/posts';
import { loadPrefs } from './data/prefs';
import { loadSettings } from './data/settings';
import { loadStaff } from './data/staff';
import { pageEntry } from './routes';
import { calendarPlace } from './state/calendar';
import { useRoute } from './state/route';

let started: Promise<void> | null = null;

async function start(): Promise<void> {
  const { route } = useRoute.getState();
  // Fetch the page's code while the data loads.
  void pageEntry(route.page).preload();
  const [settings] = await Promise.all([loadSettings(), loadStaff(), loadPrefs()]);
  if (route.page === 'calendar') {
    const { view, date } = calendarPlace();
    void loadRange(visibleRange(view, date, settings.timezone, settings.weekStartsOn));
  }
}

/** The one start-up load; `again` starts over after a failure. */
export function startup({ again = false } = {}): Promise<void> {
  if (!started || again) started = start();
  return started;
}
