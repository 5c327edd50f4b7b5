// Changing the practice's time zone. Posts are stored as instants; the zone says how they read.
// Two wishes:
//  - keep the clock times (the usual one: the zone was set wrong, and "10:00" meant 10:00 in
//    the new zone): every dated post moves to the same date and time of day in the new zone;
//  - keep the instants (the practice really moved, or posts go out at fixed moments): nothing
//    is stored differently, and the times shown change.
// Either way the person is told how many posts that changes before anything is saved.
import { DateTime } from 'luxon';

export const TIMEZONE_KEEPS = ['clock', 'instant'] as const;
export type TimezoneKeep = (typeof TIMEZONE_KEEPS)[number];

/**
 * The instant showing the same wall-clock date and time in `to` as `iso` does in `from`. A
 * time that does not exist in `to` (a spring-forward gap) moves forward by the gap, as a
 * clock would; an ambiguous one (fall back) takes the first of the two.
 */
export function sameClockTime(iso: string, from: string, to: string): string {
  const local = DateTime.fromISO(iso, { zone: 'utc' }).setZone(from);
  return local.setZone(to, { keepLocalTime: true }).toUTC().toISO()!;
}

/** Whether a post at `iso` shows a different date or time in `to` than in `from`. */
export function showsDifferently(iso: string, from: string, to: string): boolean {
  const at = DateTime.fromISO(iso, { zone: 'utc' });
  const fmt = "yyyy-MM-dd'T'HH:mm";
  return at.setZone(from).toFormat(fmt) !== at.setZone(to).toFormat(fmt);
}

export interface TimezoneMove {
  id: string;
  from: string;
  to: string;
}

/** The posts whose stored instant changes when the zone goes `from` → `to`, keeping clocks. */
export function clockMoves(
  posts: readonly { id: string; scheduledAt: string }[],
  from: string,
  to: string,
): TimezoneMove[] {
  return posts
    .map((p) => ({ id: p.id, from: p.scheduledAt, to: sameClockTime(p.scheduledAt, from, to) }))
    .filter((m) => m.to !== m.from);
}

/** What a change of zone does, for the question asked before it is saved. */
export function timezoneImpact(
  posts: readonly { id: string; scheduledAt: string }[],
  from: string,
  to: string,
): { dated: number; clockMoves: number; instantShifts: number } {
  return {
    dated: posts.length,
    clockMoves: clockMoves(posts, from, to).length,
    instantShifts: posts.filter((p) => showsDifferently(p.scheduledAt, from, to)).length,
  };
}
