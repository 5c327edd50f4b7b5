// The one clock. Everything in Rapport that needs "now" (the renderer, the handlers, the
// repositories' timestamps, the shell's reminders) asks here, never `new Date()` itself (a lint
// rule keeps it so). Tests set it, so no result depends on the day the suite runs; the app never
// does. Pure: no Node, no DOM.
import { DateTime } from 'luxon';

type Source = () => Date;

const systemTime: Source = () => new Date();
let source: Source = systemTime;

/** Now, by the running clock. */
export function now(): Date {
  return source();
}

/** Now as an ISO 8601 UTC string, the way times cross the contract and sit in the store. */
export function nowIso(): string {
  return source().toISOString();
}

/**
 * Now as a luxon DateTime in `zone`; without one, in luxon's default zone, which the renderer
 * sets to the practice's.
 */
export function nowIn(zone?: string): DateTime {
  return DateTime.fromJSDate(source(), zone ? { zone } : undefined);
}

/** The date (YYYY-MM-DD) in `zone` (as nowIn) at `at`, by default now. */
export function todayIn(zone?: string, at: Date = source()): string {
  return DateTime.fromJSDate(at, zone ? { zone } : undefined).toISODate()!;
}

/**
 * Makes time start at `start` and run on at the real pace from there (a test's clock); returns
 * a function that puts the system's clock back.
 */
export function setClock(start: Date | string): () => void {
  const startMs = typeof start === 'string' ? Date.parse(start) : start.getTime();
  if (Number.isNaN(startMs)) throw new Error(`Not a time: ${String(start)}`);
  const realStart = systemTime().getTime();
  source = () => new Date(startMs + (systemTime().getTime() - realStart));
  return resetClock;
}

/** Back to the system's clock. */
export function resetClock(): void {
  source = systemTime;
}
