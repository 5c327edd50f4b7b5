// Everything out, everything in: the whole plan as JSON (with a format version), ideas from a
// CSV, and the hand-off files for Buffer, Hootsuite and calendar apps.
import { z } from 'zod';
import { IDEA_FIELDS } from '../csv-ideas';
import { LIMITS } from '../limits';
import { categoryId, channel, empty, id, isoDate, isoUtc, platformId, statusId } from '../schemas';
import { AUDIT_ACTIONS, CONSENT_FLAGS, consentSchema } from './consents';
import { packList } from './compliance';
import { mediaSchema } from './media';
import { isoWeek } from './meetings';

/**
 * The JSON export's format; an import refuses a newer one and still reads older ones.
 * Version 1: settings, staff, posts. Version 2 adds series (and each post's occurrence date and
 * detached mark), custom prompts, hashtag groups, rhythm settings, consents with their audit
 * log, and media metadata. Version 3 adds the weekly meetings (notes per ISO week) and their
 * action items (an older Rapport would have dropped them silently; it refuses the file instead).
 * Media FILES are not inside the export: each media item names its
 * file by `sha256` (stored as media/<sha256>.<ext> beside the database); copy that folder along.
 */
export const PLAN_FORMAT = 'rapport-plan' as const;
export const PLAN_FORMAT_VERSION = 3;
export const PLAN_MEDIA_NOTE =
  'Media files are not inside this export: each media item names its file by sha256 ' +
  '(media/<sha256>.<ext> beside the planner database). Copy the media folder along with it.';

/** `rapport-plan-2026-12-02.json`: the day on this computer's calendar. */
export function planFileName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `rapport-plan-${day}.json`;
}

/** The entity schemas live in the contract, which gathers this file; it hands them in. */
export interface EntitySchemas<
  S extends z.ZodRawShape,
  T extends z.ZodRawShape,
  P extends z.ZodRawShape,
> {
  settingsSchema: z.ZodObject<S>;
  staffSchema: z.ZodObject<T>;
  postSchema: z.ZodObject<P>;
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Time must look like 09:00' });
const stamp = z.string();

/** A recurring series as stored (version 2). */
export const planSeriesSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: categoryId,
  time: clock,
  rule: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  monthsAhead: z.number().int(),
  ownerIds: z.array(z.string()),
  featuredStaffIds: z.array(z.string()),
  caption: z.string(),
  version: z.number().int(),
  createdAt: stamp,
  updatedAt: stamp,
});
export const planPromptSchema = z.object({
  id: z.string(),
  category: categoryId,
  text: z.string(),
  hidden: z.boolean(),
  version: z.number().int(),
  createdAt: stamp,
  updatedAt: stamp,
});
export const planHashtagGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  hashtags: z.array(z.string()),
  version: z.number().int(),
  createdAt: stamp,
  updatedAt: stamp,
});
export const planRhythmSchema = z.object({
  spotlightWeeks: z.number().int(),
  instagramHashtagLimit: z.number().int(),
  mixTargets: z.record(z.string(), z.number()).nullable(),
  version: z.number().int(),
  updatedAt: stamp,
});
/** A week's meeting as stored (version 3): only weeks someone wrote to have one. */
export const planMeetingSchema = z.object({
  week: isoWeek,
  notes: z.string(),
  version: z.number().int(),
  updatedAt: stamp,
});
/** An action item as stored (version 3); `doneOn` is null while it is open. */
export const planActionItemSchema = z.object({
  id: z.string(),
  week: isoWeek,
  text: z.string(),
  ownerId: z.string().nullable(),
  dueOn: isoDate.nullable(),
  doneOn: isoDate.nullable(),
  version: z.number().int(),
  createdAt: stamp,
  updatedAt: stamp,
});
/** One line of the append-only consent audit log, as stored. */
export const planAuditSchema = z.object({
  seq: z.number().int(),
  at: stamp,
  consentId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  staffId: z.string().nullable(),
  staffName: z.string(),
  detail: z.string(),
});

const planOf = <S extends z.ZodRawShape, T extends z.ZodRawShape, P extends z.ZodRawShape>({
  settingsSchema,
  staffSchema,
  postSchema,
}: EntitySchemas<S, T, P>) =>
  z.object({
    format: z.literal(PLAN_FORMAT, { error: 'This is not a Rapport export' }),
    formatVersion: z.number().int().min(1).max(PLAN_FORMAT_VERSION, {
      error: 'This export comes from a newer Rapport; update Rapport to import it',
    }),
    exportedAt: z.string(),
    // Fields later than version 1 default to what a planner of that time had.
    settings: settingsSchema.extend({
      defaultPostTime: clock.default('09:00'),
      workdayStart: clock.default('08:00'),
      workdayEnd: clock.default('18:00'),
      compliancePacks: packList.default([]),
    }),
    staff: z.array(staffSchema.extend({ celebratePublicly: z.boolean().default(true) })),
    posts: z.array(
      postSchema.extend({
        consentIds: z.array(z.string()).default([]),
        media: z.array(z.object({ mediaId: z.string(), alt: z.string() })).default([]),
        consentFlag: z.enum(CONSENT_FLAGS).nullable().default(null),
        seriesId: z.string().nullable().default(null),
        /** The rule's date this occurrence stands for (series posts only). */
        occurrenceOn: z.string().nullable().default(null),
        /** Moved on its own: series-wide edits leave its time alone. */
        seriesDetached: z.boolean().default(false),
      }),
    ),
    series: z.array(planSeriesSchema).default([]),
    prompts: z.array(planPromptSchema).default([]),
    hashtagGroups: z.array(planHashtagGroupSchema).default([]),
    rhythmSettings: planRhythmSchema.nullable().default(null),
    consents: z.array(consentSchema).default([]),
    consentAudit: z.array(planAuditSchema).default([]),
    /** Metadata only; the files are referenced by sha256 (see PLAN_MEDIA_NOTE). */
    media: z.array(mediaSchema).default([]),
    mediaNote: z.string().optional(),
    meetings: z.array(planMeetingSchema).default([]),
    actionItems: z.array(planActionItemSchema).default([]),
  });

export type PlanSeries = z.infer<typeof planSeriesSchema>;
export type PlanPrompt = z.infer<typeof planPromptSchema>;
export type PlanHashtagGroup = z.infer<typeof planHashtagGroupSchema>;
export type PlanRhythm = z.infer<typeof planRhythmSchema>;
export type PlanAudit = z.infer<typeof planAuditSchema>;
export type PlanMeeting = z.infer<typeof planMeetingSchema>;
export type PlanActionItem = z.infer<typeof planActionItemSchema>;

/** The ranges an export offers; the kind chosen is remembered per tool on this computer. */
export const EXPORT_RANGE_KINDS = ['this_week', 'next_week', 'month', 'custom'] as const;
export type ExportRangeKind = (typeof EXPORT_RANGE_KINDS)[number];
/** The exports that take a range. */
export const RANGED_EXPORTS = ['buffer', 'hootsuite', 'ics'] as const;
export type RangedExport = (typeof RANGED_EXPORTS)[number];
/** Until a tool is given another: a month, as exports always took. */
export const DEFAULT_EXPORT_RANGE: ExportRangeKind = 'month';

const rangeKind = z.enum(EXPORT_RANGE_KINDS, {
  error: 'Range must be this week, next week, a month or chosen days',
});
/** prefs.json's `exportRanges`: the range kind last chosen for each tool (missing = default). */
export const exportRangesSchema = z
  .strictObject(
    Object.fromEntries(RANGED_EXPORTS.map((t) => [t, rangeKind])) as {
      [T in RangedExport]: typeof rangeKind;
    },
  )
  .partial();
export type ExportRanges = z.infer<typeof exportRangesSchema>;

/** `preview: true` answers with what would go and what is left out, and makes no file. */
const preview = z.boolean().default(false);

const icsInput = z
  .strictObject({ from: isoUtc, to: isoUtc, ownerId: id.optional(), preview })
  .refine((r) => r.from < r.to, { error: '"from" must be before "to"', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, {
    error: 'A range can span at most 400 days',
    path: ['to'],
  });

const toolExport = z
  .strictObject({
    from: isoUtc,
    to: isoUtc,
    platform: platformId,
    statuses: z.array(statusId).min(1, { error: 'Pick at least one status' }).default(['approved']),
    preview,
  })
  .refine((r) => r.from < r.to, { error: '"from" must be before "to"', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, {
    error: 'A range can span at most 400 days',
    path: ['to'],
  });

const skippedSchema = z.object({
  postId: z.string(),
  title: z.string(),
  scheduledAt: z.string().nullable(),
  reason: z.string(),
});
const handoffSchema = z.object({
  /** Empty for a preview. */
  files: z.array(z.object({ name: z.string(), text: z.string(), rows: z.number().int() })),
  /** The posts that go, by time. */
  rows: z.array(z.object({ postId: z.string(), title: z.string(), scheduledAt: z.string() })),
  /** Left out, each with the reasons, by time. */
  skipped: z.array(skippedSchema),
});

const column = z.string().trim().min(1).max(200).optional();

export const ideaRowSchema = z.object({
  line: z.number().int(),
  title: z.string(),
  category: z.string(),
  caption: z.string(),
  notes: z.string(),
  scheduledAt: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  platforms: z.array(z.string()),
  problems: z.array(z.string()),
});

export const handoffChannels = <
  S extends z.ZodRawShape,
  T extends z.ZodRawShape,
  P extends z.ZodRawShape,
>(
  entities: EntitySchemas<S, T, P>,
) => ({
  /** Everything in the planner (the trash too) as one JSON document with a format version. */
  'export.json': channel(empty, planOf(entities)),
  /**
   * Fills an empty planner from `export.json`'s document: ids and times are kept. With
   * `preview: true` it checks the document and the planner the same way, writes nothing, and
   * says what the file holds.
   */
  'import.json': channel(
    z.strictObject({ plan: z.unknown(), preview: z.boolean().default(false) }),
    z.object({
      formatVersion: z.number().int(),
      practiceName: z.string(),
      exportedAt: z.string(),
      meetings: z.number().int(),
      actionItems: z.number().int(),
      staff: z.number().int(),
      posts: z.number().int(),
      series: z.number().int(),
      consents: z.number().int(),
      media: z.number().int(),
      /** Media items whose file is not in this planner's media folder (copy it there). */
      mediaMissing: z.number().int(),
    }),
  ),
  /**
   * Ideas from a CSV. `preview: true` changes nothing and returns every row with its problems;
   * `preview: false` imports every row, or none when any row has a problem. `spread` gives
   * undated rows days spread evenly from `from` to `to` (practice zone).
   */
  'import.ideasCsv': channel(
    z.strictObject({
      text: z.string().max(LIMITS.importFileBytes, {
        error: `The file is too large (at most ${LIMITS.importFileBytes / 1024 / 1024} MB)`,
      }),
      mapping: z.strictObject(
        Object.fromEntries(IDEA_FIELDS.map((f) => [f, column])) as Record<
          (typeof IDEA_FIELDS)[number],
          typeof column
        >,
      ),
      preview: z.boolean(),
      spread: z
        .strictObject({ from: isoDate, to: isoDate })
        .refine((s) => s.from <= s.to, {
          error: 'The first day must not be after the last',
          path: ['to'],
        })
        .optional(),
    }),
    z.object({
      headers: z.array(z.string()),
      rows: z.array(ideaRowSchema),
      problems: z.number().int(),
      imported: z.number().int(),
    }),
  ),
  /**
   * Buffer bulk-upload CSV file(s) for one platform and the range [from, to). A post the
   * consent gate holds, or that Buffer would refuse for the platform, is left out with the
   * reasons, whatever statuses were asked for.
   */
  'export.bufferCsv': channel(toolExport, handoffSchema),
  /** Hootsuite Bulk Composer CSV file(s), left out as for Buffer. */
  'export.hootsuiteCsv': channel(toolExport, handoffSchema),
  /**
   * An iCalendar file of the scheduled posts in the range, for one owner or everyone. A post
   * the consent gate holds is a busy slot without its words, listed in `skipped` with why.
   */
  'export.ics': channel(
    icsInput,
    z.object({
      name: z.string(),
      /** Empty for a preview. */
      text: z.string(),
      events: z.number().int(),
      skipped: z.array(skippedSchema),
    }),
  ),
  /** A post's text for one platform, to copy for upload: refused while its consent gate fails. */
  'export.caption': channel(
    z.strictObject({ postId: id, platform: platformId }),
    z.object({ text: z.string() }),
  ),
});
