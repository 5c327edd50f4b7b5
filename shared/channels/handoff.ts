// Everything out, everything in: the whole plan as JSON (with a format version), ideas from a
// CSV, and the hand-off files for Buffer, Hootsuite and calendar apps.
import { z } from 'zod';
import { IDEA_FIELDS } from '../csv-ideas';
import { channel, empty, id, isoDate, isoUtc, platformId, statusId } from '../schemas';

/** The JSON export's format; an import refuses a newer one. */
export const PLAN_FORMAT = 'rapport-plan';
export const PLAN_FORMAT_VERSION = 1;

/** The entity schemas live in the contract, which gathers this file; it hands them in. */
export interface EntitySchemas<S extends z.ZodType, T extends z.ZodType, P extends z.ZodType> {
  settingsSchema: S;
  staffSchema: T;
  postSchema: P;
}

const planOf = <S extends z.ZodType, T extends z.ZodType, P extends z.ZodType>({
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
    settings: settingsSchema,
    staff: z.array(staffSchema),
    posts: z.array(postSchema),
  });

const icsInput = z
  .strictObject({ from: isoUtc, to: isoUtc, ownerId: id.optional() })
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
  files: z.array(z.object({ name: z.string(), text: z.string(), rows: z.number().int() })),
  skipped: z.array(skippedSchema),
});

const column = z.string().trim().min(1).max(200).optional();

export const ideaRowSchema = z.object({
  line: z.number().int(),
  title: z.string(),
  category: z.string(),
  caption: z.string(),
  scheduledAt: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  platforms: z.array(z.string()),
  problems: z.array(z.string()),
});

export const handoffChannels = <S extends z.ZodType, T extends z.ZodType, P extends z.ZodType>(
  entities: EntitySchemas<S, T, P>,
) => ({
  /** Everything in the planner (the trash too) as one JSON document with a format version. */
  'export.json': channel(empty, planOf(entities)),
  /** Fills an empty planner from `export.json`'s document: ids and times are kept. */
  'import.json': channel(
    z.strictObject({ plan: z.unknown() }),
    z.object({ staff: z.number().int(), posts: z.number().int() }),
  ),
  /**
   * Ideas from a CSV. `preview: true` changes nothing and returns every row with its problems;
   * `preview: false` imports every row, or none when any row has a problem. `spread` gives
   * undated rows days spread evenly from `from` to `to` (practice zone).
   */
  'import.ideasCsv': channel(
    z.strictObject({
      text: z.string().max(1_500_000, { error: 'The file is too large (at most 1.5 MB)' }),
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
  /** Buffer bulk-upload CSV file(s) for one platform; posts that break a rule are skipped. */
  'export.bufferCsv': channel(toolExport, handoffSchema),
  /** Hootsuite Bulk Composer CSV file(s); posts that break a rule are skipped. */
  'export.hootsuiteCsv': channel(toolExport, handoffSchema),
  /** An iCalendar file of the scheduled posts in the range, for one owner or everyone. */
  'export.ics': channel(
    icsInput,
    z.object({ name: z.string(), text: z.string(), events: z.number().int() }),
  ),
});
