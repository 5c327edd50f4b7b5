// Team rhythm's channels: celebrations (moments), spotlight rotation, recurring series, the
// voice check, the content mix, prompts, hashtag groups and the rhythm settings. The rules
// behind them are in shared/rhythm/.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { CATEGORY_IDS } from '../vocabulary';
import { postSchema as contractPostSchema } from '../contract';
import {
  categoryId,
  channel,
  empty,
  hashtag,
  id,
  isoDate,
  isoUtc,
  platformId,
  requiredText,
  text,
} from '../schemas';
import { MAX_OCCURRENCES, ruleProblem } from '../rhythm/series';
import { OCCASIONS } from '../rhythm/prompts';
import { targetsProblem } from '../rhythm/mix';

const version = z
  .number({ error: 'Must be the version last seen' })
  .int({ error: 'Must be the version last seen' })
  .min(1, { error: 'Must be the version last seen' });

const localTime = z
  .string({ error: 'Time must look like 09:00' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Time must look like 09:00' });

const unique = <T>(items: T[]) => new Set(items).size === items.length;

// Lazy: contract.ts spreads these channels in, so its post schema is read when first used.
const postSchema = z.lazy(() => contractPostSchema);

const range = z
  .strictObject({ from: isoUtc, to: isoUtc })
  .refine((r) => r.from < r.to, { error: '"from" must be before "to"', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= LIMITS.rangeDays * 86_400_000, {
    error: `A range can span at most ${LIMITS.rangeDays} days`,
    path: ['to'],
  });

// ---- Outputs ---------------------------------------------------------------------------------

export const momentSchema = z.object({
  kind: z.enum(['birthday', 'anniversary']),
  staffId: z.string(),
  name: z.string(),
  date: z.string(),
  years: z.number().int().nullable(),
  celebratePublicly: z.boolean(),
});
export type MomentOut = z.infer<typeof momentSchema>;

export const standingSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  lastFeaturedAt: z.string().nullable(),
  nextSpotlightAt: z.string().nullable(),
  dueBy: z.string().nullable(),
  overdue: z.boolean(),
});
export type SpotlightStandingOut = z.infer<typeof standingSchema>;

export const plannedSpotlightSchema = z.object({
  date: z.string(),
  scheduledAt: z.string(),
  staffId: z.string(),
  name: z.string(),
  ownerId: z.string().nullable(),
});
export type PlannedSpotlightOut = z.infer<typeof plannedSpotlightSchema>;

export const seriesSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: categoryId,
  time: z.string(),
  rule: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  monthsAhead: z.number().int(),
  ownerIds: z.array(z.string()),
  featuredStaffIds: z.array(z.string()),
  caption: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Series = z.infer<typeof seriesSchema>;

const seriesWithPosts = z.object({ series: seriesSchema, posts: z.array(postSchema) });
export type SeriesWithPosts = z.infer<typeof seriesWithPosts>;

export const voiceFindingSchema = z.object({
  ruleId: z.string(),
  kind: z.enum(['pressure', 'claim', 'jargon', 'giveaway']),
  start: z.number().int(),
  end: z.number().int(),
  match: z.string(),
  message: z.string(),
  suggestion: z.string(),
});
export type VoiceFindingOut = z.infer<typeof voiceFindingSchema>;

export const mixReportSchema = z.object({
  total: z.number().int(),
  rows: z.array(
    z.object({
      category: categoryId,
      count: z.number().int(),
      share: z.number(),
      target: z.number(),
      verdict: z.enum(['under', 'over', 'ok']),
    }),
  ),
  notes: z.array(z.string()),
});
export type MixReportOut = z.infer<typeof mixReportSchema>;

export const promptSchema = z.object({
  id: z.string(),
  category: categoryId,
  text: z.string(),
  hidden: z.boolean(),
  /** A birthday or anniversary prompt fits only such posts; null: any post of its category. */
  occasion: z.enum(OCCASIONS).nullable(),
  /** Shipped with Rapport (read-only) or the practice's own. */
  builtIn: z.boolean(),
  version: z.number().int(),
});
export type Prompt = z.infer<typeof promptSchema>;

export const hashtagGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  hashtags: z.array(z.string()),
  version: z.number().int(),
});
export type HashtagGroupOut = z.infer<typeof hashtagGroupSchema>;

export const mixTargetsSchema = z.record(categoryId, z.number());
export const rhythmSettingsSchema = z.object({
  spotlightWeeks: z.number().int(),
  instagramHashtagLimit: z.number().int(),
  mixTargets: z.record(z.string(), z.number()),
  version: z.number().int(),
});
export type RhythmSettings = z.infer<typeof rhythmSettingsSchema>;

// ---- Inputs ----------------------------------------------------------------------------------

const rule = z
  .string({ error: 'The rule must be an RRULE like FREQ=WEEKLY;BYDAY=TU' })
  .trim()
  .max(300, { error: 'The rule is too long' })
  .superRefine((value, ctx) => {
    const problem = ruleProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((v) => v.replace(/^RRULE:/i, '').toUpperCase());

const staffList = z.array(id).max(50).refine(unique, { error: 'A person is listed twice' });

const seriesFields = {
  title: requiredText(LIMITS.title, 'Title'),
  category: categoryId,
  startOn: isoDate,
  time: localTime,
  rule,
  endOn: isoDate.nullable(),
  monthsAhead: z
    .number({ error: 'Months ahead must be 1 to 24' })
    .int({ error: 'Months ahead must be 1 to 24' })
    .min(1, { error: 'Months ahead must be 1 to 24' })
    .max(24, { error: 'Months ahead must be 1 to 24' }),
  /** Owners take turns through this list, one occurrence each. */
  ownerIds: staffList,
  /** Featured people take turns too (one per occurrence). */
  featuredStaffIds: staffList,
  caption: text(LIMITS.caption, 'Caption'),
};

const endAfterStart = (s: { startOn?: string; endOn?: string | null }) =>
  !s.startOn || !s.endOn || s.endOn >= s.startOn;

export const SCOPES = ['this', 'following', 'all'] as const;
export type SeriesScope = (typeof SCOPES)[number];
const scope = z.enum(SCOPES, { error: 'Scope must be this, following or all' });
const needsFrom = (s: { scope: SeriesScope; from?: string }) => s.scope === 'all' || !!s.from;
const fromMessage = {
  error: 'Say which occurrence (its date) for "this" or "this and following"',
  path: ['from'],
};

const fillInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    weekday: z
      .number({ error: 'Weekday must be 1 (Monday) to 7 (Sunday)' })
      .int({ error: 'Weekday must be 1 (Monday) to 7 (Sunday)' })
      .min(1, { error: 'Weekday must be 1 (Monday) to 7 (Sunday)' })
      .max(7, { error: 'Weekday must be 1 (Monday) to 7 (Sunday)' }),
    time: localTime,
  })
  .refine((r) => r.from <= r.to, { error: '"to" must not be before "from"', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 366 * 86_400_000, {
    error: 'Fill at most a year at a time',
    path: ['to'],
  });

const hashtags = z
  .array(hashtag)
  .min(1, { error: 'A group needs at least one hashtag' })
  .max(LIMITS.hashtags, { error: `At most ${LIMITS.hashtags} hashtags` });

const mixTargetsInput = z
  .partialRecord(
    z.enum(CATEGORY_IDS, { error: 'Unknown category' }),
    z.number({ error: 'A target is a share from 0 to 1' }).min(0).max(1),
  )
  .superRefine((t, ctx) => {
    const problem = targetsProblem(t);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// ---- Channels --------------------------------------------------------------------------------

export const rhythmChannels = {
  /** Birthdays and work anniversaries of active staff dated in [from, to) in the practice zone. */
  'moments.listRange': channel(range, z.array(momentSchema)),
  /** Moments from `today` through the next `days` days (default 30). */
  'moments.comingUp': channel(
    z.strictObject({ today: isoDate, days: z.number().int().min(1).max(120).default(30) }),
    z.array(momentSchema),
  ),
  /**
   * "Plan a post": a celebration draft `daysBefore` the moment (0 = on the day) at the default
   * time, featuring the person, caption started from a prompt; owner preselected (given, else
   * the person using this computer). Refused for a birthday of someone who said no.
   */
  'moments.planPost': channel(
    z.strictObject({
      staffId: id,
      kind: z.enum(['birthday', 'anniversary'], { error: 'Kind is birthday or anniversary' }),
      date: isoDate,
      daysBefore: z
        .number()
        .int()
        .min(0, { error: 'Days before is 0 to 14' })
        .max(14, { error: 'Days before is 0 to 14' })
        .default(0),
      ownerId: id.nullable().optional(),
    }),
    postSchema,
  ),

  /** Active staff, never featured first, then longest since their last counting spotlight. */
  'spotlight.suggest': channel(z.strictObject({ from: isoUtc }), z.array(standingSchema)),
  /** What "Fill spotlights" would create (nothing is saved). */
  'spotlight.fillPreview': channel(fillInput, z.array(plannedSpotlightSchema)),
  /** Creates the previewed spotlight drafts. */
  'spotlight.fill': channel(fillInput, z.array(postSchema)),

  'series.list': channel(empty, z.array(seriesSchema)),
  /** Creates the series and its occurrences (open-ended: `monthsAhead` filled). */
  'series.create': channel(
    z
      .strictObject({
        ...seriesFields,
        category: seriesFields.category.default('other'),
        endOn: seriesFields.endOn.default(null),
        monthsAhead: seriesFields.monthsAhead.default(3),
        ownerIds: seriesFields.ownerIds.default([]),
        featuredStaffIds: seriesFields.featuredStaffIds.default([]),
        caption: seriesFields.caption.default(''),
        platforms: z
          .array(platformId)
          .max(10)
          .refine(unique, { error: 'A platform is listed twice' })
          .default([]),
      })
      .refine(endAfterStart, {
        error: 'The end date must not be before the start',
        path: ['endOn'],
      }),
    seriesWithPosts,
  ),
  'series.get': channel(z.strictObject({ id }), seriesWithPosts),
  /**
   * Edits "this" occurrence, "following" (this and later: the series is split at `from`) or
   * "all". `from` is the occurrence's date. Answers the series now holding the edited posts.
   */
  'series.update': channel(
    z
      .strictObject({ id, version, scope, from: isoDate.optional(), ...seriesFields })
      .partial({
        title: true,
        category: true,
        startOn: true,
        time: true,
        rule: true,
        endOn: true,
        monthsAhead: true,
        ownerIds: true,
        featuredStaffIds: true,
        caption: true,
      })
      .refine(needsFrom, fromMessage)
      .refine(endAfterStart, {
        error: 'The end date must not be before the start',
        path: ['endOn'],
      }),
    seriesWithPosts,
  ),
  /** Deletes (to the trash) "this", "following" or "all" unpublished occurrences. */
  'series.delete': channel(
    z.strictObject({ id, scope, from: isoDate.optional() }).refine(needsFrom, fromMessage),
    z.object({ removed: z.number().int() }),
  ),
  /** Keeps every open-ended series filled its months ahead; answers how many posts it made. */
  'series.topUp': channel(empty, z.object({ created: z.number().int() })),

  /** Friendly-voice and claims findings for a caption (advice; never blocks saving). */
  'voice.check': channel(
    z.strictObject({ text: text(LIMITS.caption, 'Text') }),
    z.array(voiceFindingSchema),
  ),
  /** Scheduled posts per category in [from, to) against the targets. */
  'mix.report': channel(range, mixReportSchema),

  /** The shipped prompts and the practice's own (hidden ones with includeHidden). */
  'prompts.list': channel(
    z.strictObject({ includeHidden: z.boolean().default(false) }),
    z.array(promptSchema),
  ),
  'prompts.create': channel(
    z.strictObject({ category: categoryId, text: requiredText(500, 'Prompt') }),
    promptSchema,
  ),
  /** Edits or hides one of the practice's own prompts. */
  'prompts.update': channel(
    z
      .strictObject({
        id,
        version,
        category: categoryId,
        text: requiredText(500, 'Prompt'),
        hidden: z.boolean(),
      })
      .partial({ category: true, text: true, hidden: true }),
    promptSchema,
  ),

  'hashtagGroups.list': channel(empty, z.array(hashtagGroupSchema)),
  'hashtagGroups.create': channel(
    z.strictObject({ name: requiredText(60, 'Name'), hashtags }),
    hashtagGroupSchema,
  ),
  'hashtagGroups.update': channel(
    z
      .strictObject({ id, version, name: requiredText(60, 'Name'), hashtags })
      .partial({ name: true, hashtags: true }),
    hashtagGroupSchema,
  ),
  'hashtagGroups.delete': channel(z.strictObject({ id }), z.object({ removed: z.boolean() })),

  'rhythm.getSettings': channel(empty, rhythmSettingsSchema),
  'rhythm.updateSettings': channel(
    z
      .strictObject({
        version,
        spotlightWeeks: z
          .number({ error: 'Weeks must be 1 to 52' })
          .int({ error: 'Weeks must be 1 to 52' })
          .min(1, { error: 'Weeks must be 1 to 52' })
          .max(52, { error: 'Weeks must be 1 to 52' }),
        instagramHashtagLimit: z
          .number({ error: 'Limit must be 1 to 60' })
          .int({ error: 'Limit must be 1 to 60' })
          .min(1, { error: 'Limit must be 1 to 60' })
          .max(60, { error: 'Limit must be 1 to 60' }),
        mixTargets: mixTargetsInput,
      })
      .partial({ spotlightWeeks: true, instagramHashtagLimit: true, mixTargets: true }),
    rhythmSettingsSchema,
  ),
} as const;

export { MAX_OCCURRENCES };
