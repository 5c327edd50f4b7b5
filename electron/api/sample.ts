// "Load a sample month": a made-up practice (assets/sample-plan.json) laid out around today, so
// a new user sees what a planned month looks like; and one step that takes it out again.
import { DateTime } from 'luxon';
import { z } from 'zod';
import plan from '../../assets/sample-plan.json';
import { categoryId, LIMITS, platformId, statusId } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import { STAFF_COLORS } from '../../shared/staff';
import { FIRST_DAY, isIsoDate, isMonthDay, isPlannerInstant, LAST_DAY } from '../../shared/time';
import type { AreaHandlers } from './types';

// ---- The asset's shape ---------------------------------------------------------------------

/** A whole number of days from the day the sample is loaded (negative = in the past). */
const dayOffset = z.number().int().min(-60).max(60);
const key = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'Keys are lowercase words' });
const hashtag = z
  .string()
  .regex(/^[\p{L}\p{N}_]+$/u, { error: 'Hashtags without #, letters only' });

const sampleStaffSchema = z.strictObject({
  key,
  name: z.string().trim().min(1).max(LIMITS.staffName),
  role: z.string().max(LIMITS.staffRole),
  color: z.enum(STAFF_COLORS),
  /** "MM-DD", or a day offset so a birthday post in the sample lands on the birthday. */
  birthday: z.union([
    z.string().refine(isMonthDay, { error: 'Birthday must look like 04-17' }),
    z.strictObject({ day: dayOffset }),
    z.null(),
  ]),
  startedOn: z.string().refine(isIsoDate, { error: 'Start date must look like 2024-09-02' }),
  funFact: z.string().max(LIMITS.funFact),
});

const samplePostSchema = z.strictObject({
  title: z.string().trim().min(1).max(LIMITS.title),
  category: categoryId,
  status: statusId,
  /** Day offset and local time in the practice's zone; null for an undated idea. */
  when: z
    .strictObject({
      day: dayOffset,
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Time must look like 09:30' }),
    })
    .nullable(),
  owner: key.nullable(),
  featured: z.array(key),
  caption: z.string().max(LIMITS.caption),
  platformCaptions: z.partialRecord(platformId, z.string().max(LIMITS.caption)).optional(),
  platforms: z.array(platformId),
  hashtags: z.array(hashtag).max(LIMITS.hashtags),
  notes: z.string().max(LIMITS.notes),
});

export const samplePlanSchema = z
  .strictObject({
    about: z.string().optional(),
    staff: z.array(sampleStaffSchema).min(1),
    posts: z.array(samplePostSchema).min(1),
  })
  .superRefine((value, ctx) => {
    const keys = value.staff.map((s) => s.key);
    const known = new Set(keys);
    if (known.size !== keys.length) {
      ctx.addIssue({ code: 'custom', message: 'Two staff share a key', path: ['staff'] });
    }
    value.posts.forEach((post, i) => {
      for (const ref of [post.owner, ...post.featured]) {
        if (ref !== null && !known.has(ref)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${post.title}" refers to unknown staff "${ref}"`,
            path: ['posts', i],
          });
        }
      }
      if (new Set(post.featured).size !== post.featured.length) {
        ctx.addIssue({ code: 'custom', message: 'A person is featured twice', path: ['posts', i] });
      }
      if (new Set(post.platforms).size !== post.platforms.length) {
        ctx.addIssue({ code: 'custom', message: 'A platform is listed twice', path: ['posts', i] });
      }
    });
  });
export type SamplePlan = z.output<typeof samplePlanSchema>;

let parsed: SamplePlan | undefined;

/** The bundled sample plan, checked once; a broken asset throws here (and fails the tests). */
export function samplePlan(): SamplePlan {
  parsed ??= samplePlanSchema.parse(plan);
  return parsed;
}

// ---- Placing it in time --------------------------------------------------------------------

/** `today` (YYYY-MM-DD in `zone`) + `day` days at local `time` → ISO UTC. */
export function sampleInstant(today: string, day: number, time: string, zone: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const local = DateTime.fromISO(today, { zone }).plus({ days: day }).set({ hour, minute });
  if (!local.isValid) throw new Error(`Cannot place day ${day} ${time} after ${today} in ${zone}`);
  return local.toUTC().toISO()!;
}

function sampleBirthday(birthday: SamplePlan['staff'][number]['birthday'], today: string) {
  if (birthday === null || typeof birthday === 'string') return birthday;
  return DateTime.fromISO(today).plus({ days: birthday.day }).toFormat('MM-dd');
}

// ---- Handlers ------------------------------------------------------------------------------

export const sampleHandlers: AreaHandlers<'sample.status' | 'sample.load' | 'sample.remove'> = {
  'sample.status': async (tx) => {
    const { staff, posts } = await tx.sample.count();
    return { loaded: staff + posts > 0 };
  },

  'sample.load': async (tx, { today }) => {
    const { staff: sampleStaff, posts: samplePosts } = await tx.sample.count();
    if (sampleStaff + samplePosts > 0) {
      throw new ApiError('conflict', 'The sample month is already loaded.');
    }
    const { timezone } = await tx.settings.get();
    const { staff, posts } = samplePlan();
    // The contract bounds `today`; near either end the month would spill out of the planner's
    // years, where no calendar can reach it.
    const outside = posts.some((post) => {
      const at = post.when && sampleInstant(today, post.when.day, post.when.time, timezone);
      return at !== null && !isPlannerInstant(at);
    });
    if (outside) {
      throw new ApiError(
        'invalid_input',
        `The sample month around ${today} would reach outside ${FIRST_DAY} to ${LAST_DAY}. ` +
          'Pick a day further inside those years.',
        { today: `The sample month must fit between ${FIRST_DAY} and ${LAST_DAY}` },
      );
    }

    const idByKey = new Map<string, string>();
    for (const person of staff) {
      const created = await tx.staff.insert({
        name: person.name,
        role: person.role,
        color: person.color,
        birthday: sampleBirthday(person.birthday, today),
        startedOn: person.startedOn,
        funFact: person.funFact,
        active: true,
      });
      await tx.sample.markStaff(created.id);
      idByKey.set(person.key, created.id);
    }
    const staffId = (ref: string) => idByKey.get(ref)!; // refs checked by samplePlanSchema

    for (const post of posts) {
      const created = await tx.posts.insert({
        title: post.title,
        category: post.category,
        status: post.status,
        scheduledAt: post.when && sampleInstant(today, post.when.day, post.when.time, timezone),
        ownerId: post.owner === null ? null : staffId(post.owner),
        caption: post.caption,
        platformCaptions: post.platformCaptions ?? {},
        platforms: post.platforms,
        hashtags: post.hashtags,
        notes: post.notes,
        featuredStaffIds: post.featured.map(staffId),
        consentIds: [],
        media: [],
        consentFlag: null,
      });
      await tx.sample.markPost(created.id);
    }
    return { staff: staff.length, posts: posts.length };
  },

  // Sample people the user's own posts refer to are archived, not deleted (see removeSample);
  // `staff` counts the people deleted.
  'sample.remove': async (tx) => {
    const { staff, posts } = await tx.sample.remove();
    return { staff, posts };
  },
};
