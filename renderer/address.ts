// The address grammar: a route is the address of what is on screen (`#/calendar/week/2026-12-09`,
// `#/staff`), so a reload keeps the page, the view and the date, and Back/Forward walk through
// them. Only words here, no components: the pages themselves are in pages.ts, which screens
// that merely navigate never need to import.
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

interface Grammar<P extends PageId> {
  /** The route for the path segments after `#/<id>`, or null when they make no sense. */
  parse(segments: string[]): Extract<Route, { page: P }> | null;
  /** The path segments after `#/<id>`. */
  segments(route: Extract<Route, { page: P }>): string[];
}

const plain = <P extends Exclude<PageId, 'calendar' | 'meeting'>>(id: P): Grammar<P> => ({
  parse: (s) => (s.length === 0 ? ({ page: id } as Extract<Route, { page: P }>) : null),
  segments: () => [],
});

const GRAMMAR: { [P in PageId]: Grammar<P> } = {
  calendar: {
    parse([view = 'month', date, ...rest]) {
      if (!(CALENDAR_VIEWS as readonly string[]).includes(view) || rest.length > 0) return null;
      if (date !== undefined && !isIsoDate(date)) return null;
      return { page: 'calendar', view: view as CalendarView, date: date ?? null };
    },
    segments: (r) => (r.date ? [r.view, r.date] : r.view === 'month' ? [] : [r.view]),
  },
  meeting: {
    parse([week, ...rest]) {
      if (rest.length > 0 || (week !== undefined && !isIsoWeek(week))) return null;
      return { page: 'meeting', week: week ?? null };
    },
    segments: (r) => (r.week ? [r.week] : []),
  },
  ideas: plain('ideas'),
  staff: plain('staff'),
  media: plain('media'),
  consents: plain('consents'),
  trash: plain('trash'),
  handoff: plain('handoff'),
  settings: plain('settings'),
};

export const HOME: Route = { page: 'calendar', view: 'month', date: null };

const isPageId = (id: string | undefined): id is PageId =>
  id !== undefined && Object.hasOwn(GRAMMAR, id);

/** The route an address names; anything unknown (or the token hand-over) is the calendar. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === '' || path.includes('=')) return HOME;
  const [id, ...segments] = path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
  if (!isPageId(id)) return HOME;
  return (GRAMMAR[id] as Grammar<PageId>).parse(segments) ?? HOME;
}

export function hashOf(route: Route): string {
  const grammar = GRAMMAR[route.page] as Grammar<PageId>;
  return ['#', route.page, ...grammar.segments(route as never)].join('/');
}
