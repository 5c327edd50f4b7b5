// Recurring series: an RFC 5545 RRULE (read with `rrule`) expanded in the practice's time
// zone. The rule runs on "floating" wall-clock times (the UTC fields of a Date stand for the
// local clock), and each date is then placed in the zone, so 09:00 stays 09:00 across
// daylight-saving changes.
import { DateTime } from 'luxon';
import { Frequency, RRule, type Options } from 'rrule';

/** Safety cap: a series never makes more posts than this in one go. */
export const MAX_OCCURRENCES = 400;

const ALLOWED_KEYS = new Set([
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'COUNT',
  'UNTIL',
  'WKST',
]);
const ALLOWED_FREQ = new Set(['WEEKLY', 'MONTHLY', 'YEARLY']);

/** Why an RRULE string is not one a series takes; null when it is fine. */
export function ruleProblem(rule: string): string | null {
  const body = rule.trim().replace(/^RRULE:/i, '');
  if (body === '') return 'The rule cannot be empty';
  const parts = body.split(';').filter(Boolean);
  const seen = new Map<string, string>();
  for (const part of parts) {
    const [key, value] = part.split('=');
    if (!key || value === undefined || value === '') return `"${part}" is not KEY=VALUE`;
    const k = key.toUpperCase();
    if (!ALLOWED_KEYS.has(k)) return `${k} is not supported in a series rule`;
    if (seen.has(k)) return `${k} is given twice`;
    seen.set(k, value.toUpperCase());
  }
  const freq = seen.get('FREQ');
  if (!freq) return 'The rule needs FREQ (WEEKLY, MONTHLY or YEARLY)';
  if (!ALLOWED_FREQ.has(freq)) return 'FREQ must be WEEKLY, MONTHLY or YEARLY';
  if (seen.has('COUNT') && seen.has('UNTIL')) return 'Give COUNT or UNTIL, not both';
  try {
    const options = RRule.parseString(body);
    if (options.count !== undefined && options.count !== null) {
      if (!Number.isInteger(options.count) || options.count < 1 || options.count > MAX_OCCURRENCES)
        return `COUNT must be 1 to ${MAX_OCCURRENCES}`;
    }
    if (options.interval !== undefined && (options.interval < 1 || options.interval > 52))
      return 'INTERVAL must be 1 to 52';
    new RRule({ ...options, dtstart: new Date(Date.UTC(2026, 0, 1)) }).all((_, i) => i < 1);
  } catch {
    return 'The rule could not be read as an RFC 5545 RRULE';
  }
  return null;
}

export interface SeriesTiming {
  /** First day the rule may fall on, `YYYY-MM-DD` (the rule's DTSTART). */
  startOn: string;
  /** Local time `HH:mm`. */
  time: string;
  /** RRULE string, e.g. `FREQ=WEEKLY;BYDAY=TU;COUNT=8`. */
  rule: string;
  /** Last day (inclusive) or null. */
  endOn: string | null;
}

export interface Occurrence {
  /** The rule's date in the practice's zone, `YYYY-MM-DD`: the occurrence's key. */
  date: string;
  /** The instant (ISO UTC) of `time` on `date` in the zone. */
  scheduledAt: string;
  /** 0-based position in the whole series (rotations use it). */
  index: number;
}

const floating = (date: string, time = '00:00') => {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, hh!, mm!));
};

const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** The instant of local `time` on `date` in `zone`, ISO UTC. */
export function localInstant(date: string, time: string, zone: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO()!;
}

/** Whether the rule ends on its own (COUNT or UNTIL) or with an end date. */
export function isBounded(timing: Pick<SeriesTiming, 'rule' | 'endOn'>): boolean {
  return timing.endOn !== null || /(^|;)(COUNT|UNTIL)=/i.test(timing.rule);
}

/**
 * Occurrences of the series up to `horizon` (inclusive, `YYYY-MM-DD`; the end date, COUNT or
 * UNTIL stop it sooner), at most MAX_OCCURRENCES.
 */
export function expandSeries(timing: SeriesTiming, zone: string, horizon: string): Occurrence[] {
  const body = timing.rule.trim().replace(/^RRULE:/i, '');
  const options: Partial<Options> = RRule.parseString(body);
  const rule = new RRule({ ...options, dtstart: floating(timing.startOn, timing.time) });
  const stop = [horizon, timing.endOn].filter((d): d is string => d !== null).sort()[0]!;
  const limit = floating(stop, '23:59');
  const dates = rule.all((d, i) => i < MAX_OCCURRENCES && d <= limit);
  return dates
    .filter((d) => d <= limit)
    .map((d, index) => {
      const date = dateOf(d);
      return { date, scheduledAt: localInstant(date, timing.time, zone), index };
    });
}

/** How far ahead an open-ended series is kept filled: `months` after the later of start/today. */
export function fillHorizon(startOn: string, today: string, months: number): string {
  const from = startOn > today ? startOn : today;
  return DateTime.fromISO(from).plus({ months }).toISODate()!;
}

/** The rule without COUNT or UNTIL: what the later half of a split keeps. */
export function withoutEnd(rule: string): string {
  return rule
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter((p) => p && !/^(COUNT|UNTIL)=/i.test(p))
    .join(';');
}

/** The rule with COUNT=n (replacing any COUNT or UNTIL). */
export function withCount(rule: string, count: number): string {
  return `${withoutEnd(rule)};COUNT=${count}`;
}

/** The day before `date`. */
export function dayBefore(date: string): string {
  return DateTime.fromISO(date).minus({ days: 1 }).toISODate()!;
}

/** Who takes occurrence `index` from a rotation list (null when the list is empty). */
export function rotate<T>(list: readonly T[], index: number): T | null {
  return list.length === 0 ? null : list[index % list.length]!;
}

const WEEKDAY_WORDS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** The rule in plain words ("every week on Tuesday, 8 times"), for lists and previews. */
export function describeRule(rule: string): string {
  try {
    return new RRule(RRule.parseString(rule.replace(/^RRULE:/i, ''))).toText();
  } catch {
    return rule;
  }
}

export { Frequency, WEEKDAY_WORDS };
