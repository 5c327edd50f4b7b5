// Birthdays and work anniversaries as dates in the practice's time zone. Pure: the handler
// gives the staff list and the range; the calendar and "Coming up" show what comes back.
import { DateTime } from 'luxon';

export type MomentKind = 'birthday' | 'anniversary';

export interface MomentStaffLike {
  id: string;
  name: string;
  birthday: string | null;
  startedOn: string | null;
  active: boolean;
  celebratePublicly: boolean;
}

export interface Moment {
  kind: MomentKind;
  staffId: string;
  name: string;
  /** The day in the practice's zone, `YYYY-MM-DD`. */
  date: string;
  /** Whole years at work on an anniversary; null for a birthday. */
  years: number | null;
  /** False: shown inside the practice (cake in the break room), never suggested publicly. */
  celebratePublicly: boolean;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** `MM-DD` in `year`; 29 February falls on 28 February in a year without it. */
export function monthDayIn(monthDay: string, year: number): string {
  const md = monthDay === '02-29' && !isLeap(year) ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${md}`;
}

/** The practice-zone dates an instant range [from, to) touches: first and last, inclusive. */
export function localDateSpan(from: string, to: string, zone: string): [string, string] {
  const first = DateTime.fromISO(from, { zone: 'utc' }).setZone(zone).toISODate()!;
  const last = DateTime.fromISO(to, { zone: 'utc' }).minus({ milliseconds: 1 }).setZone(zone);
  return [first, last.toISODate()!];
}

/** Every moment of active staff dated first..last (inclusive `YYYY-MM-DD`), by date then name. */
export function momentsBetween(
  staff: readonly MomentStaffLike[],
  first: string,
  last: string,
): Moment[] {
  const y0 = Number(first.slice(0, 4));
  const y1 = Number(last.slice(0, 4));
  const out: Moment[] = [];
  for (const person of staff) {
    if (!person.active) continue;
    const base = {
      staffId: person.id,
      name: person.name,
      celebratePublicly: person.celebratePublicly,
    };
    for (let year = y0; year <= y1; year += 1) {
      if (person.birthday) {
        const date = monthDayIn(person.birthday, year);
        if (date >= first && date <= last)
          out.push({ ...base, kind: 'birthday', date, years: null });
      }
      if (person.startedOn) {
        const startYear = Number(person.startedOn.slice(0, 4));
        const years = year - startYear;
        if (years >= 1) {
          const date = monthDayIn(person.startedOn.slice(5), year);
          if (date >= first && date <= last)
            out.push({ ...base, kind: 'anniversary', date, years });
        }
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind),
  );
}

/** "Coming up": the moments from `today` through the next `days` days. */
export function comingUp(staff: readonly MomentStaffLike[], today: string, days = 30): Moment[] {
  const last = DateTime.fromISO(today).plus({ days }).toISODate()!;
  return momentsBetween(staff, today, last);
}

/** The day a celebration post goes out: `daysBefore` the moment (0 = on the day). */
export function celebrationDay(moment: Pick<Moment, 'date'>, daysBefore: number): string {
  return DateTime.fromISO(moment.date).minus({ days: daysBefore }).toISODate()!;
}

/** A celebration draft's title. */
export function celebrationTitle(moment: Pick<Moment, 'kind' | 'name' | 'years'>): string {
  if (moment.kind === 'birthday') return `Happy birthday, ${moment.name}!`;
  const years = moment.years ?? 1;
  return `${moment.name}: ${years} ${years === 1 ? 'year' : 'years'} with the team`;
}
