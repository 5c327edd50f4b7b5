// The page registry and the hash routes, in one place. A route is the address of what is on
// screen (`#/calendar/week/2026-12-09`, `#/staff`), so a reload keeps the page, the view and the
// date, and Back/Forward walk through them. Adding a page: one entry in PAGES (its id, label,
// how to read and write its address, and its lazily loaded component) plus its feature folder.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { CALENDAR_VIEWS, type CalendarView } from '../shared/calendar';
import { isIsoDate } from '../shared/time';

export type Route =
  | {
      page: 'calendar';
      view: CalendarView;
      /** `YYYY-MM-DD` in the practice zone; null = today */ date: string | null;
    }
  | { page: 'ideas' }
  | { page: 'staff' }
  | { page: 'trash' }
  | { page: 'handoff' }
  | { page: 'settings' };

export type PageId = Route['page'];

interface PageEntry<P extends PageId = PageId> {
  id: P;
  label: string;
  /** The route for the path segments after `#/<id>`, or null when they make no sense. */
  parse(segments: string[]): Extract<Route, { page: P }> | null;
  /** The path segments after `#/<id>`. */
  segments(route: Extract<Route, { page: P }>): string[];
  component: LazyExoticComponent<ComponentType>;
}

const page = <P extends PageId>(entry: PageEntry<P>) => entry;
const plain = <P extends Exclude<PageId, 'calendar'>>(id: P) => ({
  parse: (s: string[]) => (s.length === 0 ? ({ page: id } as Extract<Route, { page: P }>) : null),
  segments: () => [],
});

export const PAGES = [
  page({
    id: 'calendar',
    label: 'Calendar',
    parse([view = 'month', date, ...rest]) {
      if (!(CALENDAR_VIEWS as readonly string[]).includes(view) || rest.length > 0) return null;
      if (date !== undefined && !isIsoDate(date)) return null;
      return { page: 'calendar', view: view as CalendarView, date: date ?? null };
    },
    segments: (r) => (r.date ? [r.view, r.date] : r.view === 'month' ? [] : [r.view]),
    component: lazy(() =>
      import('./features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })),
    ),
  }),
  page({
    id: 'ideas',
    label: 'Ideas',
    ...plain('ideas'),
    component: lazy(() =>
      import('./features/ideas/IdeasPage').then((m) => ({ default: m.IdeasPage })),
    ),
  }),
  page({
    id: 'staff',
    label: 'Staff',
    ...plain('staff'),
    component: lazy(() =>
      import('./features/staff/StaffPage').then((m) => ({ default: m.StaffPage })),
    ),
  }),
  page({
    id: 'trash',
    label: 'Trash',
    ...plain('trash'),
    component: lazy(() =>
      import('./features/trash/TrashPage').then((m) => ({ default: m.TrashPage })),
    ),
  }),
  page({
    id: 'handoff',
    label: 'Import & export',
    ...plain('handoff'),
    component: lazy(() =>
      import('./features/handoff/HandoffPage').then((m) => ({ default: m.HandoffPage })),
    ),
  }),
  page({
    id: 'settings',
    label: 'Settings',
    ...plain('settings'),
    component: lazy(() =>
      import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
    ),
  }),
] as const;

export const HOME: Route = { page: 'calendar', view: 'month', date: null };

export function pageEntry(id: PageId): PageEntry {
  return PAGES.find((p) => p.id === id)! as unknown as PageEntry;
}

/** The route an address names; anything unknown (or the token hand-over) is the calendar. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === '' || path.includes('=')) return HOME;
  const [id, ...segments] = path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
  const entry = PAGES.find((p) => p.id === id) as unknown as PageEntry | undefined;
  return entry?.parse(segments) ?? HOME;
}

export function hashOf(route: Route): string {
  const entry = pageEntry(route.page);
  return ['#', route.page, ...entry.segments(route as never)].join('/');
}
