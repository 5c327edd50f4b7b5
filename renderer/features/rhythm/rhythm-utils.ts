// Pure helpers for the team-rhythm screens: the series form ⇄ RRULE, moments by day, the
// period "Fill spotlights" offers first, and the content-mix bars.
import { DateTime } from 'luxon';
import type { MomentOut } from '../../../shared/channels/rhythm';
import type { CategoryId } from '../../../shared/vocabulary';

export const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export type Repeat = 'weekly' | 'monthly_date' | 'monthly_nth' | 'yearly';
export type Ending = 'never' | 'on' | 'after';

export interface SeriesForm {
  title: string;
  category: CategoryId;
  startOn: string;
  time: string;
  repeat: Repeat;
  interval: number;
  /** ISO weekdays, 1 Monday … 7 Sunday (weekly only). */
  weekdays: number[];
  ending: Ending;
  endOn: string;
  count: number;
  monthsAhead: number;
  ownerIds: string[];
}

/** A new series starting on `startOn` (weekly on that weekday, 8 times). */
export function newSeriesForm(startOn: string, time: string): SeriesForm {
  return {
    title: '',
    category: 'behind_the_scenes',
    startOn,
    time,
    repeat: 'weekly',
    interval: 1,
    weekdays: [DateTime.fromISO(startOn).weekday],
    ending: 'after',
    endOn: '',
    count: 8,
    monthsAhead: 3,
    ownerIds: [],
  };
}

/** Which "second Tuesday" a date is: 1–4, or -1 for the last one in its month. */
export function nthWeekday(date: string): { nth: number; day: (typeof RRULE_DAYS)[number] } {
  const d = DateTime.fromISO(date);
  const nth = Math.ceil(d.day / 7);
  return { nth: nth >= 5 ? -1 : nth, day: RRULE_DAYS[d.weekday - 1]! };
}

/** The form's repeat choice as an RFC 5545 RRULE. */
export function buildRule(form: SeriesForm): string {
  const parts: string[] = [];
  if (form.repeat === 'weekly') {
    parts.push('FREQ=WEEKLY');
    if (form.interval > 1) parts.push(`INTERVAL=${form.interval}`);
    const days = [...new Set(form.weekdays)].sort((a, b) => a - b).map((d) => RRULE_DAYS[d - 1]);
    if (days.length > 0) parts.push(`BYDAY=${days.join(',')}`);
  } else if (form.repeat === 'monthly_date') {
    parts.push('FREQ=MONTHLY');
    if (form.interval > 1) parts.push(`INTERVAL=${form.interval}`);
    parts.push(`BYMONTHDAY=${DateTime.fromISO(form.startOn).day}`);
  } else if (form.repeat === 'monthly_nth') {
    const { nth, day } = nthWeekday(form.startOn);
    parts.push('FREQ=MONTHLY');
    if (form.interval > 1) parts.push(`INTERVAL=${form.interval}`);
    parts.push(`BYDAY=${nth}${day}`);
  } else {
    parts.push('FREQ=YEARLY');
    if (form.interval > 1) parts.push(`INTERVAL=${form.interval}`);
  }
  if (form.ending === 'after') parts.push(`COUNT=${form.count}`);
  return parts.join(';');
}

/** A saved series back into the form (rules the form cannot show read as weekly). */
export function formFromSeries(s: {
  title: string;
  category: CategoryId;
  startOn: string;
  time: string;
  rule: string;
  endOn: string | null;
  monthsAhead: number;
  ownerIds: string[];
}): SeriesForm {
  const map = new Map(s.rule.split(';').map((p) => p.split('=') as [string, string]));
  const freq = map.get('FREQ');
  const byday = map.get('BYDAY') ?? '';
  let repeat: Repeat = 'weekly';
  if (freq === 'MONTHLY') repeat = map.has('BYMONTHDAY') ? 'monthly_date' : 'monthly_nth';
  if (freq === 'YEARLY') repeat = 'yearly';
  const weekdays = byday
    .split(',')
    .map((d) => RRULE_DAYS.indexOf(d.replace(/^[+-]?\d+/, '') as (typeof RRULE_DAYS)[number]) + 1)
    .filter((d) => d > 0);
  const count = map.get('COUNT');
  return {
    title: s.title,
    category: s.category,
    startOn: s.startOn,
    time: s.time,
    repeat,
    interval: Number(map.get('INTERVAL') ?? 1),
    weekdays: weekdays.length > 0 ? weekdays : [DateTime.fromISO(s.startOn).weekday],
    ending: count ? 'after' : s.endOn ? 'on' : 'never',
    endOn: s.endOn ?? '',
    count: count ? Number(count) : 8,
    monthsAhead: s.monthsAhead,
    ownerIds: s.ownerIds,
  };
}

/** Moments grouped by their day. */
export function byDate<T extends { date: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(item.date, [...(out.get(item.date) ?? []), item]);
  return out;
}

/** "Fill spotlights" offers the next calendar month first. */
export function nextMonth(today: string): { from: string; to: string } {
  const start = DateTime.fromISO(today).plus({ months: 1 }).startOf('month');
  return { from: start.toISODate()!, to: start.endOf('month').toISODate()! };
}

/** Bar widths (0–100) for the mix chart: the largest of share and target fills the width. */
export function mixScale(rows: readonly { share: number; target: number }[]): number {
  return Math.max(0.0001, ...rows.map((r) => Math.max(r.share, r.target)));
}

/** A birthday or work anniversary in words, as the calendar and its dialog name it. */
export function momentLabel(m: MomentOut): string {
  return m.kind === 'birthday'
    ? `${m.name}’s birthday`
    : `${m.name}’s ${m.years === 1 ? 'first' : `${m.years}-year`} work anniversary`;
}
