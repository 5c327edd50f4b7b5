// The field schemas every channel is built from (ids, UTC times, dates, bounded text…), and
// the `channel` helper. Each area's channels may live in a file of their own
// (shared/channels/<area>.ts) built from these; shared/contract.ts gathers them all.
import { now, todayIn } from './clock';
import { z } from 'zod';
import { CATEGORY_IDS, STATUS_IDS } from './vocabulary';
import { LIMITS } from './limits';
import { PLATFORM_IDS } from './platforms';
import { formatCount } from './format';
import {
  DATE_RANGE_MESSAGE,
  isIsoDate,
  isIsoUtc,
  isMonthDay,
  isPlannerDate,
  isPlannerInstant,
} from './time';

const RANGE_FROM = '1999-11-01T00:00:00.000Z';
const RANGE_TO = '2101-03-01T00:00:00.000Z';
/** The earliest start date taken (a long-serving physician, not a typo like 0202). */
export const EARLIEST_START = '1950-01-01';

export const id = z.uuid({ error: 'Must be an id given by Rapport' });
export const isoUtc = z
  .string({ error: 'Must be a date and time' })
  .refine(isIsoUtc, { error: 'Must be a UTC time like 2026-03-09T14:00:00.000Z', abort: true })
  .refine(isPlannerInstant, { error: DATE_RANGE_MESSAGE });
export const text = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .max(max, { error: `${what} is too long (at most ${formatCount(max)} characters)` });
export const requiredText = (max: number, what: string) =>
  text(max, what)
    .trim()
    .min(1, { error: `${what} cannot be empty` });

export const categoryId = z.enum(CATEGORY_IDS, { error: 'Pick one of the categories' });
export const statusId = z.enum(STATUS_IDS, { error: 'Pick one of the statuses' });
export const platformId = z.enum(PLATFORM_IDS, { error: 'Unknown platform' });
export const color = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, { error: 'Colour must look like #1d6fa5' })
  .transform((c) => c.toLowerCase());
export const monthDay = z
  .string()
  .refine(isMonthDay, { error: 'Birthday must be a month and day like 04-17' });
export const isoDate = z
  .string({ error: 'Must be a date like 2024-09-02' })
  .refine(isIsoDate, { error: 'Must be a date like 2024-09-02', abort: true })
  .refine(isPlannerDate, { error: DATE_RANGE_MESSAGE });
/**
 * An instant bounding a range (calendar views, workload): the planner's years with a margin, as
 * a month view of January 2000 or December 2100 reaches into the weeks around it.
 */
export const rangeInstant = z
  .string({ error: 'Must be a date and time' })
  .refine(isIsoUtc, { error: 'Must be a UTC time like 2026-03-09T14:00:00.000Z', abort: true })
  .refine((v) => v >= RANGE_FROM && v <= RANGE_TO, {
    error: `Ranges must lie between ${RANGE_FROM.slice(0, 10)} and ${RANGE_TO.slice(0, 10)}`,
  });

/**
 * The day someone joined the practice: a real date, not in the future (a day of slack here, as
 * the practice's zone may be ahead of this computer's; the handler checks the practice's today).
 */
export const startDate = z
  .string({ error: 'Start date must be a date like 2024-09-02' })
  .refine(isIsoDate, { error: 'Start date must be a date like 2024-09-02', abort: true })
  .refine((v) => v >= EARLIEST_START, {
    error: `Start date must be ${EARLIEST_START} or later`,
    abort: true,
  })
  .refine((v) => v <= todayIn('UTC', new Date(now().getTime() + 86_400_000)), {
    error: 'Start date cannot be in the future',
  });

export const hashtag = z
  .string()
  .trim()
  .transform((t) => t.replace(/^#+/, ''))
  .pipe(
    z
      .string()
      .min(1, { error: 'A hashtag cannot be empty' })
      .max(LIMITS.hashtag, { error: 'That hashtag is too long' })
      .regex(/^[\p{L}\p{N}_]+$/u, { error: 'Hashtags use letters, digits and _ only' }),
  );

export const empty = z.strictObject({});
export const byId = z.strictObject({ id });

/** A contract channel: its input schema (validated before any handler runs) and its output. */
export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});
