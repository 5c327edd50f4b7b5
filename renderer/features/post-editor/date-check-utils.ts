// A date far from today is more often a slip of the keyboard than a plan: one in the past or
// more than a year ahead is saved only once the person confirms it.
import { DateTime } from 'luxon';
import { formatDateTime } from '../../lib/format';

export type DateConcern = 'past' | 'far';

/**
 * Why `scheduledAt` needs a confirmation before it is saved (null: it does not). A date the
 * post already has (`saved`) is not asked about again.
 */
export function dateConcern(
  scheduledAt: string | null | undefined,
  saved: string | null,
  now: Date,
): DateConcern | null {
  if (!scheduledAt || scheduledAt === saved) return null;
  const at = DateTime.fromISO(scheduledAt, { zone: 'utc' });
  if (!at.isValid) return null;
  const from = DateTime.fromJSDate(now, { zone: 'utc' });
  if (at < from) return 'past';
  if (at > from.plus({ years: 1 })) return 'far';
  return null;
}

/** What the editor says about the date, in the practice's zone. */
export function dateConcernText(concern: DateConcern, scheduledAt: string, zone: string): string {
  const when = formatDateTime(DateTime.fromISO(scheduledAt, { zone }));
  return concern === 'past'
    ? `${when} is in the past. Schedule the post then anyway?`
    : `${when} is more than a year from now. Schedule the post that far ahead?`;
}
