// The one way the renderer shows dates, times, numbers and plurals: the person's locale (from
// the browser or the OS) through Intl and luxon, and their 12- or 24-hour choice. Every screen
// formats through here; nothing else names a locale.
import { DateTime } from 'luxon';

export type ClockPreference = 'system' | '12h' | '24h';

let locale: string = typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';
let clock: ClockPreference = 'system';

/** Set once the preferences are loaded (and again when they change). */
export function setFormatPreferences(next: { locale?: string; clock?: ClockPreference }): void {
  if (next.locale) locale = next.locale;
  if (next.clock) clock = next.clock;
}

function hourCycle(): Intl.DateTimeFormatOptions {
  if (clock === '12h') return { hour12: true };
  if (clock === '24h') return { hourCycle: 'h23' };
  return {};
}

/** True when times read like 9:00 AM here. */
export function uses12Hours(): boolean {
  const options = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    ...hourCycle(),
  }).resolvedOptions();
  return options.hour12 === true;
}

const asDateTime = (at: DateTime | Date | string) =>
  at instanceof DateTime ? at : at instanceof Date ? DateTime.fromJSDate(at) : DateTime.fromISO(at);

function format(at: DateTime | Date | string, options: Intl.DateTimeFormatOptions): string {
  return asDateTime(at).setLocale(locale).toLocaleString(options);
}

/** "9:00 AM" or "09:00". */
export function formatTime(at: DateTime | Date | string): string {
  return format(at, { hour: 'numeric', minute: '2-digit', ...hourCycle() });
}

/** "Tue, Mar 10, 2026". */
export function formatDate(at: DateTime | Date | string): string {
  return format(at, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
}

/** "Tue, Mar 10, 2026, 9:00 AM". */
export function formatDateTime(at: DateTime | Date | string): string {
  return format(at, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...hourCycle(),
  });
}

/** "Tuesday, March 10, 2026". */
export function formatLongDate(at: DateTime | Date | string): string {
  return format(at, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
}

/** "March 2026". */
export function formatMonthYear(at: DateTime | Date | string): string {
  return format(at, { month: 'long', year: 'numeric' });
}

/** "Mar 2026". */
export function formatShortMonthYear(at: DateTime | Date | string): string {
  return format(at, { month: 'short', year: 'numeric' });
}

/** "Tue 10". */
export function formatWeekdayDay(at: DateTime | Date | string): string {
  return format(at, { weekday: 'short', day: 'numeric' });
}

/** "Mon" … for a month-grid header. */
export function formatWeekday(at: DateTime | Date | string): string {
  return format(at, { weekday: 'short' });
}

/** "10". */
export function formatDayOfMonth(at: DateTime | Date | string): string {
  return format(at, { day: 'numeric' });
}

/** "Mar 9 – 15, 2026": a span of days, as short as the locale allows. */
export function formatDayRange(from: DateTime, to: DateTime): string {
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, {
    ...options,
    timeZone: from.zoneName ?? undefined,
  }).formatRange(from.toJSDate(), to.toJSDate());
}

/** A month and day without a year (birthdays): "April 17". */
export function formatMonthDay(monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number);
  const date = DateTime.fromObject({ year: 2000, month, day }, { zone: 'utc' });
  return date.isValid
    ? date.setLocale(locale).toLocaleString({ month: 'long', day: 'numeric' })
    : monthDay;
}

/** Month names for pickers, January first. */
export function monthNames(): string[] {
  const names = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => names.format(Date.UTC(2000, i, 1)));
}

/** Weekday names for pickers, luxon numbering (1 = Monday … 7 = Sunday). */
export function weekdayNames(): { value: number; label: string }[] {
  const names = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => ({
    value: i + 1,
    label: names.format(Date.UTC(2024, 0, 1 + i)),
  }));
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * "1 post", "3 posts": the count and the word the locale's plural rules pick (`one`, `other`,
 * and `few`/`many`… where a language has them; `other` stands in for a missing form).
 */
export function plural(
  count: number,
  forms: { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>,
): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(count)] ?? forms.other;
  return `${formatNumber(count)} ${form}`;
}

/** A share from 0 to 1 as a whole percentage: "25%". */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** "Mon, Nov 30": a day of the coming weeks, without the year. */
export function formatWeekdayMonthDay(at: DateTime | Date | string): string {
  return format(at, { weekday: 'short', month: 'short', day: 'numeric' });
}
