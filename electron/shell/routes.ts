// Which renderer routes a page may ask the shell to open in another window. Pure and
// import-free: it is bundled into the sandboxed preload as well as the main process.

/** Longest route accepted; the app's routes (`#/calendar/month/2026-11-27`) are far shorter. */
export const MAX_ROUTE_LENGTH = 200;

// `#/`, then path segments of letters, digits, "-" and "_" separated by single slashes.
// No dots (so no `..`), no `?`, `%`, `:`, `#`, spaces or anything that could leave the page.
const ROUTE_PATTERN = /^#\/(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*\/?)?$/;

export type RouteCheck = { ok: true; route: string } | { ok: false; message: string };

/** Accepts `#/meeting/2026-W48`-like routes only; anything else is refused with a reason. */
export function checkRoute(route: unknown): RouteCheck {
  if (typeof route !== 'string') return { ok: false, message: 'A route must be text.' };
  if (route.length > MAX_ROUTE_LENGTH)
    return { ok: false, message: `A route may be at most ${MAX_ROUTE_LENGTH} characters.` };
  if (!ROUTE_PATTERN.test(route))
    return {
      ok: false,
      message: 'A route must look like "#/meeting/2026-W48": letters, digits, "-", "_" and "/".',
    };
  return { ok: true, route };
}

export function isSafeRoute(route: unknown): route is string {
  return checkRoute(route).ok;
}
