// Date helpers both sides use. Times cross the contract as ISO UTC strings with milliseconds
// (`2026-03-09T14:00:00.000Z`); the practice's zone only matters for showing and editing.
import { DateTime, IANAZone } from 'luxon';

export const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isIsoUtc(value: string): boolean {
  if (!ISO_UTC.test(value)) return false;
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  return parsed.isValid && parsed.toISO() === value;
}

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** `YYYY-MM-DD` that is a real calendar date. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}

/** The years the planner schedules in; a date outside them is a typo (9999, 0202…). */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2100-12-31';
/** Instants the planner accepts: from the first day up to (not including) the day after the last. */
export const FIRST_INSTANT = '2000-01-01T00:00:00.000Z';
export const END_INSTANT = '2101-01-01T00:00:00.000Z';
export const DATE_RANGE_MESSAGE = `Dates must fall between ${FIRST_DAY} and ${LAST_DAY}`;

/** A canonical ISO UTC instant inside the planner's years. */
export function isPlannerInstant(value: string): boolean {
  return isIsoUtc(value) && value >= FIRST_INSTANT && value < END_INSTANT;
}

/** A real `YYYY-MM-DD` inside the planner's years. */
export function isPlannerDate(value: string): boolean {
  return isIsoDate(value) && value >= FIRST_DAY && value <= LAST_DAY;
}

/** `MM-DD` that exists in some year (02-29 included). */
export function isMonthDay(value: string): boolean {
  return /^\d{2}-\d{2}$/.test(value) && DateTime.fromISO(`2000-${value}`).isValid;
}

/** An instant shown as the date and time fields the editor edits, in `zone`. */
export function toLocalParts(iso: string | null, zone: string): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const at = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  if (!at.isValid) return { date: '', time: '' };
  return { date: at.toFormat('yyyy-MM-dd'), time: at.toFormat('HH:mm') };
}

/**
 * The instant for a wall-clock date and time in `zone` (ISO UTC, as the contract carries it):
 * null when there is no date (the backlog), undefined when the fields are not a valid time.
 */
export function fromLocalParts(
  date: string,
  time: string,
  zone: string,
): string | null | undefined {
  if (date === '') return null;
  if (time === '') return undefined;
  const at = DateTime.fromISO(`${date}T${time}`, { zone });
  return at.isValid ? (at.toUTC().toISO() ?? undefined) : undefined;
}
