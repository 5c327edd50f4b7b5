// A date far from today is more often a slip of the keyboard than a plan: one in the past or
// more than a year ahead is saved only once the person confirms it. A date field that holds no
// whole date keeps the post's last date, and says why.
import { DateTime } from 'luxon';
import { formatDateTime, formatLongDate } from '../../lib/format';

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

/**
 * What a date field holds when it reports no date: `partial`, a date typed only in part or a day
 * the month does not have (the browser's "bad input"); `emptied`, every part wiped.
 */
export type UnfinishedDate = 'partial' | 'emptied';

/**
 * What the editor says while the date field holds no whole date; `date` is the post's date
 * (`YYYY-MM-DD`, '' for the backlog), which it keeps. Null when there is nothing to say.
 */
export function unfinishedDateText(kind: UnfinishedDate, date: string): string | null {
  const keeps = date === '' ? 'stays in the backlog' : `stays on ${formatLongDate(date)}`;
  if (kind === 'partial') {
    return `That is not a date: a day the month does not have (such as 31 February) or a part not typed in full. The post ${keeps}.`;
  }
  // Wiping every part is how a retyped date starts, so it is not taken as "no date".
  return date === ''
    ? null
    : `The date is empty, so the post ${keeps}. To take it off the calendar, use “Move to backlog”.`;
}
