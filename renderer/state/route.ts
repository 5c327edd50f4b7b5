// Where the app is: the current route, kept in step with the address bar. `go` pushes a
// history entry (Back returns), `go(..., { replace: true })` corrects the address in place.
import { create } from 'zustand';
import { hashOf, HOME, parseHash, type PageId, type Route } from '../address';
import { openEditor } from './ui';

export const useRoute = create<{ route: Route }>()(() => ({
  route: typeof location === 'undefined' ? HOME : parseHash(location.hash),
}));

export function go(route: Route, { replace = false }: { replace?: boolean } = {}): void {
  const hash = hashOf(route);
  if (hash !== location.hash) {
    if (replace) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
  }
  useRoute.setState({ route });
}

/** Follows Back/Forward and addresses typed or pasted by hand. */
export function followHistory(): () => void {
  const sync = () => useRoute.setState({ route: parseHash(location.hash) });
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
