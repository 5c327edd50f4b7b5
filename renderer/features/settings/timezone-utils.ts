// Words of the time zone question on the Settings page.
import type { TimezoneImpact, TimezoneKeep } from '../../data/timezone';
import { plural } from '../../lib/format';

export const zoneLabel = (zone: string) => zone.replaceAll('_', ' ');

const posts = (n: number) => plural(n, { one: 'post', other: 'posts' });

/** What each choice does to the dated posts, counted. */
export function keepConsequence(impact: TimezoneImpact, keep: TimezoneKeep): string {
  if (impact.dated === 0) return 'There are no dated posts, so nothing moves.';
  if (keep === 'clock') {
    return impact.clockMoves === 0
      ? 'No post moves: the two zones keep the same time on every dated post.'
      : `${posts(impact.clockMoves)} move to a new moment, keeping the date and time shown.`;
  }
  return impact.instantShifts === 0
    ? 'No post shows a different time.'
    : `${posts(impact.instantShifts)} will show a different date or time; none moves.`;
}

/** What the notice says once the zone changed. */
export function changedMessage(zone: string, keep: TimezoneKeep, moved: number): string {
  const where = `Time zone is now ${zoneLabel(zone)}.`;
  if (moved === 0) return `${where} No post changed.`;
  return keep === 'clock'
    ? `${where} ${posts(moved)} kept their clock times.`
    : `${where} ${posts(moved)} now show other times.`;
}
