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

/** `MM-DD` that exists in some year (02-29 included). */
export function isMonthDay(value: string): boolean {
  return /^\d{2}-\d{2}$/.test(value) && DateTime.fromISO(`2000-${value}`).isValid;
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** A wall-clock time in `zone` → the ISO UTC instant the contract carries. */
export function zonedToUtcIso(
  parts: { year: number; month: number; day: number; hour: number; minute: number },
  zone: string,
): string {
  const dt = DateTime.fromObject(parts, { zone });
  if (!dt.isValid) throw new Error(`Not a valid time in ${zone}`);
  return dt.toUTC().toISO()!;
}
