// The page registry and the hash routes, in one place. A route is the address of what is on
// screen (`#/calendar/week/2026-12-09`, `#/staff`), so a reload keeps the page, the view and the
// date, and Back/Forward walk through them. Adding a page: one entry in PAGES (its id, label,
// how to read and write its address, and its lazily loaded component) plus its feature folder.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { CALENDAR_VIEWS, type CalendarView } from '../shared/calendar';
import { isIsoWeek } from '../shared/meeting';
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
  | { page: 'media' }
  | { page: 'consents' }
  | { page: 'handoff' }
  | { page: 'settings' }
  | {
      page: 'meeting';
      /** An ISO week like `2026-W48`; null/absent = this week in the practice zone */ week?:
        string | null;
    };

export type PageId = Route['page'];

interface PageEntry<P extends PageId = PageId> {
  id: P;
  label: string;
  /** The route for the path segments after `#/<id>`, or null when they make no sense. */
  parse(segments: string[]): Extract<Route, { page: P }> | null;
  /** The path segments after `#/<id>`. */
  segments(route: Extract<Route, { page: P }>): string[];
  component: LazyExoticComponent<ComponentType>;
  /** Starts fetching the page's code (before it is first shown). */
  preload(): Promise<unknown>;
}

/** A page's component, loaded on first use (or on `preload`). */
function lazyPage(load: () => Promise<ComponentType>) {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  return { component: lazy(preload), preload };
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
    ...lazyPage(() => import('./features/calendar/CalendarPage').then((m) => m.CalendarPage)),
  }),
  page({
    id: 'meeting',
    label: 'Meeting',
    parse([week, ...rest]) {
      if (rest.length > 0 || (week !== undefined && !isIsoWeek(week))) return null;
      return { page: 'meeting', week: week ?? null };
    },
    segments: (r) => (r.week ? [r.week] : []),
    ...lazyPage(() => import('./features/meeting/MeetingPage').then((m) => m.MeetingPage)),
  }),
  page({
    id: 'ideas',
    label: 'Ideas',
    ...plain('ideas'),
    ...lazyPage(() => import('./features/ideas/IdeasPage').then((m) => m.IdeasPage)),
  }),
  page({
    id: 'staff',
    label: 'Staff',
    ...plain('staff'),
    ...lazyPage(() => import('./features/staff/StaffPage').then((m) => m.StaffPage)),
  }),
  page({
    id: 'media',
    label: 'Media',
    ...plain('media'),
    ...lazyPage(() => import('./features/media/MediaPage').then((m) => m.MediaPage)),
  }),
  page({
    id: 'consents',
    label: 'Consents',
    ...plain('consents'),
    ...lazyPage(() => import('./features/consent/ConsentsPage').then((m) => m.ConsentsPage)),
  }),
  page({
    id: 'trash',
    label: 'Trash',
    ...plain('trash'),
    ...lazyPage(() => import('./features/trash/TrashPage').then((m) => m.TrashPage)),
  }),
  page({
    id: 'handoff',
    label: 'Import & export',
    ...plain('handoff'),
    ...lazyPage(() => import('./features/handoff/HandoffPage').then((m) => m.HandoffPage)),
  }),
  page({
    id: 'settings',
    label: 'Settings',
    ...plain('settings'),
    ...lazyPage(() => import('./features/settings/SettingsPage').then((m) => m.SettingsPage)),
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
