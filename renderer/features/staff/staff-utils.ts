// The Staff page's pure rules: the person form's draft and its patch, and how facts read.
import { DateTime } from 'luxon';
import type { Staff } from '../../../shared/contract';
import { draftPatch } from '../../components/form/draft';
import type { StaffPatch } from '../../data/staff';
import { formatShortMonthYear, plural } from '../../lib/format';

export type FieldName = 'name' | 'role' | 'color' | 'birthday' | 'startedOn' | 'funFact';
export const PERSON_FIELDS: readonly FieldName[] = [
  'name',
  'role',
  'color',
  'birthday',
  'startedOn',
  'funFact',
];
export type FieldErrors = Partial<Record<FieldName, string>>;

/** Names for the offered colours, so each swatch has an accessible name. */
export const COLOR_NAMES: Record<string, string> = {
  '#1d6fa5': 'Blue',
  '#7a3fa0': 'Purple',
  '#b0357a': 'Raspberry',
  '#a24d0c': 'Amber',
  '#16736a': 'Teal',
  '#3f7a22': 'Green',
  '#a3322c': 'Red',
  '#4b5bb5': 'Indigo',
  '#6b5a12': 'Olive',
  '#55606e': 'Slate',
};

export interface Draft {
  name: string;
  role: string;
  /** null in the add form: "the next unused colour". */
  color: string | null;
  month: string;
  day: string;
  startedOn: string;
  funFact: string;
}

export const EMPTY_DRAFT: Draft = {
  name: '',
  role: '',
  color: null,
  month: '',
  day: '',
  startedOn: '',
  funFact: '',
};

export function draftOf(person: Staff): Draft {
  const [month = '', day = ''] = person.birthday?.split('-') ?? [];
  return {
    name: person.name,
    role: person.role,
    color: person.color,
    month,
    day,
    startedOn: person.startedOn ?? '',
    funFact: person.funFact,
  };
}

/** MM-DD, null for no birthday, or undefined while only half of it is chosen. */
export function birthdayOf(draft: Draft): string | null | undefined {
  if (draft.month && draft.day) return `${draft.month}-${draft.day}`;
  if (!draft.month && !draft.day) return null;
  return undefined;
}

export const HALF_BIRTHDAY = 'Choose both a month and a day (or neither).';

/** What differs between the draft and the saved person (a half-chosen birthday waits). */
export function changes(draft: Draft, person: Staff) {
  const birthday = birthdayOf(draft);
  return draftPatch<StaffPatch>({
    name: { value: draft.name, saved: person.name, same: (a, b) => a?.trim() === b },
    role: { value: draft.role, saved: person.role, same: (a, b) => a?.trim() === b },
    color: { value: draft.color ?? person.color, saved: person.color },
    birthday: {
      value: birthday ?? null,
      saved: person.birthday,
      same: (a, b) => birthday === undefined || a === b,
    },
    startedOn: { value: draft.startedOn || null, saved: person.startedOn },
    funFact: { value: draft.funFact, saved: person.funFact, same: (a, b) => a?.trim() === b },
  });
}

/** Days in a month of a leap year, so 29 February is offered. */
export function daysIn(month: string): number {
  return month ? DateTime.fromObject({ year: 2000, month: Number(month) }).daysInMonth! : 31;
}

export const pad = (n: number) => String(n).padStart(2, '0');

/** "2021-09-02" → "since Sep 2021". */
export function formatStartedOn(isoDate: string): string {
  const date = DateTime.fromISO(isoDate);
  return `since ${date.isValid ? formatShortMonthYear(date) : isoDate}`;
}

export function upcomingText(count: number): string {
  return plural(count, { one: 'upcoming post', other: 'upcoming posts' });
}
