// The weekly planning meeting's pure rules: ISO weeks (2026-W48) in the practice's zone, which
// action items carry over into a week, and how old they are. No Node, no DOM.
import { DateTime } from 'luxon';

/** An ISO week like 2026-W48 (weeks start on Monday; week 1 holds the year's first Thursday). */
export const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** Whether `value` names a week that exists (2020-W53 does, 2021-W53 does not). */
export function isIsoWeek(value: string): boolean {
  const match = ISO_WEEK.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1) return false;
  return week <= DateTime.fromObject({ weekYear: year, weekNumber: 1 }).weeksInWeekYear;
}

function mondayOf(week: string): DateTime {
  const match = ISO_WEEK.exec(week);
  if (!match || !isIsoWeek(week)) throw new Error(`Not an ISO week: ${week}`);
  return DateTime.fromObject(
    { weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 },
    { zone: 'utc' },
  );
}

const format = (d: DateTime) => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;

/** The ISO week a calendar date (YYYY-MM-DD) falls in. */
export function isoWeekOfDate(date: string): string {
  return format(DateTime.fromISO(date, { zone: 'utc' }));
}

/** The ISO week an instant falls in, in the practice's zone. */
export function isoWeekOfInstant(instant: Date | string, zone: string): string {
  const dt =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone)
      : DateTime.fromJSDate(instant, { zone });
  return format(dt);
}

/** The Monday (YYYY-MM-DD) that starts an ISO week. */
export function weekMonday(week: string): string {
  return mondayOf(week).toFormat('yyyy-MM-dd');
}

/** The seven dates (YYYY-MM-DD), Monday to Sunday, of an ISO week. */
export function weekDays(week: string): string[] {
  const monday = mondayOf(week);
  return Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toFormat('yyyy-MM-dd'));
}

/** The week `n` weeks after (or before, n < 0) `week`. */
export function addWeeks(week: string, n: number): string {
  return format(mondayOf(week).plus({ weeks: n }));
}

/** Whole weeks from `from` to `to` (negative when `to` is earlier). */
export function weeksBetween(from: string, to: string): number {
  return Math.round(mondayOf(to).diff(mondayOf(from), 'weeks').weeks);
}

/** The [from, to) UTC bounds of `weeks` ISO weeks starting with `week`, in the practice zone. */
export function weekRange(week: string, zone: string, weeks = 1): { from: string; to: string } {
  const start = DateTime.fromISO(weekMonday(week), { zone });
  return {
    from: start.toUTC().toISO()!,
    to: start.plus({ weeks }).toUTC().toISO()!,
  };
}

/** What an action item needs for the carry-over rule. */
export interface ActionLike {
  week: string;
  done: boolean;
  /** The practice-zone date it was marked done, null while open. */
  doneOn: string | null;
}

/**
 * Whether an item belongs on week `week`'s meeting: raised that week, or raised earlier and
 * still open then (carried over): not done, or done during that week or later (so the team
 * sees it was done, and a past week reads as it stood).
 */
export function showsInWeek(item: ActionLike, week: string): boolean {
  if (item.week === week) return true;
  if (weeksBetween(item.week, week) <= 0) return false;
  if (!item.done) return true;
  return item.doneOn !== null && weeksBetween(week, isoWeekOfDate(item.doneOn)) >= 0;
}

/** Whether an item shown on `week` came from an earlier week. */
export function isCarriedOver(item: ActionLike, week: string): boolean {
  return weeksBetween(item.week, week) > 0;
}

/** How many weeks an item has been on the list by `week` (0 = raised that week). */
export function actionAgeWeeks(item: Pick<ActionLike, 'week'>, week: string): number {
  return Math.max(0, weeksBetween(item.week, week));
}

/** The items of week `week`'s meeting: open carried-over ones first (oldest first), then the week's own. */
export function itemsForWeek<T extends ActionLike & { createdAt: string }>(
  items: readonly T[],
  week: string,
): T[] {
  return items
    .filter((item) => showsInWeek(item, week))
    .sort(
      (a, b) =>
        Number(a.week === week) - Number(b.week === week) ||
        a.week.localeCompare(b.week) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}
