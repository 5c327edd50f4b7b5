// Where the app is: the current route, kept in step with the address bar. `go` pushes a
// history entry (Back returns), `go(..., { replace: true })` corrects the address in place.
// A page with a change waiting for an answer can hold a move to another page (guardLeaving).
import { create } from 'zustand';
import { hashOf, HOME, parseHash, type PageId, type Route } from '../address';
import { openEditor } from './ui';

export const useRoute = create<{ route: Route }>()(() => ({
  route: typeof location === 'undefined' ? HOME : parseHash(location.hash),
}));

/**
 * Asked before the app leaves the page on screen, by a page holding a change that waits for
 * the person's answer: true holds the move, and the page calls `leave` once they agree to go.
 */
export type LeaveGuard = (leave: () => void) => boolean;
let leaveGuard: LeaveGuard | null = null;

/** Sets the guard while a page needs it; returns the function that takes it off. */
export function guardLeaving(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

/** Whether the guard holds a move to `next`; `leave` makes the move once it is agreed to. */
function held(next: Route, leave: () => void): boolean {
  const guard = leaveGuard;
  if (!guard || next.page === useRoute.getState().route.page) return false;
  return guard(() => {
    if (leaveGuard === guard) leaveGuard = null;
    leave();
  });
}

export function go(route: Route, { replace = false }: { replace?: boolean } = {}): void {
  if (held(route, () => go(route, { replace }))) return;
  const hash = hashOf(route);
  if (hash !== location.hash) {
    if (replace) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
  }
  useRoute.setState({ route });
}

/** Follows Back/Forward and addresses typed or pasted by hand. */
export function followHistory(): () => void {
  const sync = () => {
    const next = parseHash(location.hash);
    const shown = useRoute.getState().route;
    if (held(next, () => go(next))) {
      // The address has moved already: it shows the page still on screen while that page asks.
      history.pushState(null, '', hashOf(shown));
      return;
    }
    useRoute.setState({ route: next });
  };
  sync();
  window.addEventListener('popstate', sync);
  window.addEventListener('hashchange', sync);
  return () => {
    window.removeEventListener('popstate', sync);
    window.removeEventListener('hashchange', sync);
  };
}

/** Opens a page from the main navigation (the calendar on this month). */
export function goToPage(id: PageId): void {
  openEditor(null);
  go(id === 'calendar' ? HOME : ({ page: id } as Route));
}
