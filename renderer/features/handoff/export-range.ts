// The range an export covers: this week, next week, a month or chosen days, in the practice's
// zone, as the contract's UTC instants [from, to). Pure (tested without React).
import { DateTime } from 'luxon';
import { now } from '../../../shared/clock';
import { startOfWeek } from '../../../shared/calendar';
import type { ExportRangeKind } from '../../../shared/channels/handoff';
import { LIMITS } from '../../../shared/limits';
import { currentMonth, monthRange } from './handoff-utils';

export const RANGE_KIND_LABELS: Record<ExportRangeKind, string> = {
  this_week: 'This week',
  next_week: 'Next week',
  month: 'A month',
  custom: 'Chosen days',
};

export interface RangeChoice {
  kind: ExportRangeKind;
  /** `YYYY-MM`, for `month`. */
  month: string;
  /** `YYYY-MM-DD`, both included, for `custom`. */
  firstDay: string;
  lastDay: string;
}

export interface RangePlace {
  zone: string;
  /** 1 = Monday … 7 = Sunday (Settings). */
  weekStartsOn: number;
}

/** The days first offered for a month or chosen days: this month, and the next two weeks. */
export function initialDays(zone: string, at: Date = now()): Omit<RangeChoice, 'kind'> {
  const today = DateTime.fromJSDate(at).setZone(zone).startOf('day');
  return {
    month: currentMonth(zone, at),
    firstDay: today.toISODate()!,
    lastDay: today.plus({ days: 13 }).toISODate()!,
  };
}

/** Why chosen days cannot be exported, or null (the contract says the same in its words). */
export function rangeProblem(choice: RangeChoice): string | null {
  if (choice.kind !== 'custom') return null;
  if (!choice.firstDay || !choice.lastDay) return 'Choose the first and the last day';
  if (choice.lastDay < choice.firstDay) return 'The last day must not be before the first';
  const days = DateTime.fromISO(choice.lastDay).diff(DateTime.fromISO(choice.firstDay), 'days');
  if (days.days + 1 > LIMITS.rangeDays) return `At most ${LIMITS.rangeDays} days at a time`;
  return null;
}

/** The choice as UTC instants [from, to), the days reckoned in the practice's zone. */
export function rangeOf(
  choice: RangeChoice,
  { zone, weekStartsOn }: RangePlace,
  at: Date = now(),
): { from: string; to: string } {
  const instants = (start: DateTime, end: DateTime) => ({
    from: start.toUTC().toISO()!,
    to: end.toUTC().toISO()!,
  });
  const thisWeek = startOfWeek(DateTime.fromJSDate(at).setZone(zone), weekStartsOn);
  switch (choice.kind) {
    case 'this_week':
      return instants(thisWeek, thisWeek.plus({ weeks: 1 }));
    case 'next_week':
      return instants(thisWeek.plus({ weeks: 1 }), thisWeek.plus({ weeks: 2 }));
    case 'month':
      return monthRange(choice.month, zone);
    case 'custom': {
      const first = DateTime.fromISO(choice.firstDay, { zone }).startOf('day');
      const last = DateTime.fromISO(choice.lastDay, { zone }).startOf('day');
      return instants(first, last.plus({ days: 1 }));
    }
  }
}
