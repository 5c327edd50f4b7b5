// The API contract: every channel, once, with its input schema and output schema. The Electron
// main process (IPC) and the browser host (HTTP) serve it with the same handlers
// (electron/api/); the renderer's client is typed from it. Adding a channel is one entry here
// (or in an area file, shared/channels/<area>.ts, spread into `contract` below) plus one
// handler. Field schemas and the `channel` helper are in shared/schemas.ts.
import { z } from 'zod';
import { LIMITS } from './limits';
import { PLATFORM_IDS } from './platforms';
import { isValidTimeZone } from './time';
import { CONSENT_FLAGS, consentsChannels } from './channels/consents';
import { mediaChannels, postMediaInput, postMediaSchema } from './channels/media';
import { rhythmChannels } from './channels/rhythm';
import { meetingsChannels } from './channels/meetings';

import { privacyChannels } from './channels/privacy';
import { searchChannels } from './channels/search';
import { timezoneChannels } from './channels/timezone';

export { LIMITS };

import {
  byId,
  categoryId,
  channel,
  color,
  empty,
  hashtag,
  id,
  isoDate,
  isoUtc,
  monthDay,
  platformId,
  rangeInstant,
  requiredText,
  startDate,
  statusId,
  text,
} from './schemas';
import { backupChannels } from './channels/backup';
import { complianceChannels, packList } from './channels/compliance';
import { PACK_IDS } from './compliance/types';
import { exportRangesSchema, handoffChannels } from './channels/handoff';

export { categoryId, platformId, statusId };

// ---- Entities (outputs) ----------------------------------------------------------------------

export const settingsSchema = z.object({
  practiceName: z.string(),
  timezone: z.string(),
  weekStartsOn: z.number().int().min(1).max(7),
  /** Local time ('HH:mm') a post placed on a day without a time starts at. */
  defaultPostTime: z.string(),
  /** The practice's working day ('HH:mm' to 'HH:mm'): where the week and day grids open. */
  workdayStart: z.string(),
  workdayEnd: z.string(),
  /** The jurisdictions the compliance check applies; empty until the practice chooses. */
  compliancePacks: z.array(z.enum(PACK_IDS)),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const staffSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  color: z.string(),
  birthday: z.string().nullable(),
  startedOn: z.string().nullable(),
  funFact: z.string(),
  active: z.boolean(),
  /** Birthday posts yes/no; a person who said no is still shown inside the practice. */
  celebratePublicly: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Staff = z.infer<typeof staffSchema>;

export const postSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: categoryId,
  status: statusId,
  scheduledAt: z.string().nullable(),
  ownerId: z.string().nullable(),
  caption: z.string(),
  /** Caption overrides per platform; a platform without one uses `caption`. */
  platformCaptions: z.partialRecord(platformId, z.string()),
  platforms: z.array(platformId),
  hashtags: z.array(z.string()),
  notes: z.string(),
  featuredStaffIds: z.array(z.string()),
  /** Consents this post relies on (a patient story's authorization). */
  consentIds: z.array(z.string()),
  /** Its photos and videos in order, each with alt text. */
  media: z.array(postMediaSchema),
  /** Set when a revoked or expired consent sent it back to draft. */
  consentFlag: z.enum(CONSENT_FLAGS).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** The recurring series this post is an occurrence of (shared/channels/rhythm.ts). */
  seriesId: z.string().nullable(),
});
export type Post = z.infer<typeof postSchema>;

export const CLOCK_CHOICES = ['system', '12h', '24h'] as const;
export const IDEAS_PANEL_STATES = ['open', 'closed'] as const;
export const REMINDER_CHOICES = ['on', 'off'] as const;

/** This computer's preferences (prefs.json beside the database), not practice data. */
export const prefsSchema = z.object({
  /** Who is using Rapport on this computer, for "My posts"; null until they say. */
  meStaffId: z.string().nullable(),
  clock: z.enum(CLOCK_CHOICES),
  ideasPanel: z.enum(IDEAS_PANEL_STATES),
  /** Notifications before a post is due unapproved, and when one is missed. */
  reminders: z.enum(REMINDER_CHOICES),
  /** The range kind last chosen per export tool; missing = DEFAULT_EXPORT_RANGE. */
  exportRanges: exportRangesSchema.optional(),
});
export type Prefs = z.infer<typeof prefsSchema>;

export const DEFAULT_PREFS: Readonly<Prefs> = {
  meStaffId: null,
  clock: 'system',
  ideasPanel: 'open',
  reminders: 'on',
};

// ---- Inputs ----------------------------------------------------------------------------------

const version = z
  .number({ error: 'Must be the version last seen' })
  .int({ error: 'Must be the version last seen' })
  .min(1, { error: 'Must be the version last seen' });

const clockTime = (what: string) =>
  z
    .string({ error: `${what} must look like 08:00` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${what} must look like 08:00` });

const settingsPatch = z.strictObject({
  version,
  practiceName: text(LIMITS.practiceName, 'Practice name').trim().optional(),
  timezone: z
    .string()
    .refine(isValidTimeZone, { error: 'Time zone must be a place name like America/New_York' })
    .optional(),
  weekStartsOn: z
    .number()
    .int()
    .min(1, { error: 'Week start must be 1 (Monday) to 7 (Sunday)' })
    .max(7, { error: 'Week start must be 1 (Monday) to 7 (Sunday)' })
    .optional(),
  defaultPostTime: z
    .string({ error: 'Default time must look like 10:00' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Default time must look like 10:00' })
    .optional(),
  workdayStart: clockTime('The working day’s start').optional(),
  workdayEnd: clockTime('The working day’s end').optional(),
  compliancePacks: packList.optional(),
});

const prefsPatch = z
  .strictObject({
    meStaffId: id.nullable(),
    clock: z.enum(CLOCK_CHOICES, { error: 'Clock must be system, 12h or 24h' }),
    ideasPanel: z.enum(IDEAS_PANEL_STATES, { error: 'Ideas panel must be open or closed' }),
    reminders: z.enum(REMINDER_CHOICES, { error: 'Reminders must be on or off' }),
    /** Replaces the whole record: send every tool's kind. */
    exportRanges: exportRangesSchema,
  })
  .partial();

const staffFields = {
  name: requiredText(LIMITS.staffName, 'Name'),
  role: text(LIMITS.staffRole, 'Role').trim(),
  color,
  birthday: monthDay.nullable(),
  startedOn: startDate.nullable(),
  funFact: text(LIMITS.funFact, 'Fun fact').trim(),
  celebratePublicly: z.boolean({ error: 'Celebrate publicly is yes or no' }),
};

const unique = <T>(items: T[]) => new Set(items).size === items.length;

const postFields = {
  title: requiredText(LIMITS.title, 'Title'),
  category: categoryId,
  status: statusId,
  scheduledAt: isoUtc.nullable(),
  ownerId: id.nullable(),
  caption: text(LIMITS.caption, 'Caption'),
  platformCaptions: z.partialRecord(platformId, text(LIMITS.caption, 'Platform caption')),
  platforms: z
    .array(platformId)
    .max(PLATFORM_IDS.length)
    .refine(unique, { error: 'A platform is listed twice' }),
  hashtags: z.array(hashtag).max(LIMITS.hashtags, { error: `At most ${LIMITS.hashtags} hashtags` }),
  notes: text(LIMITS.notes, 'Notes'),
  featuredStaffIds: z.array(id).max(50).refine(unique, { error: 'A person is listed twice' }),
  consentIds: z.array(id).max(20).refine(unique, { error: 'A consent is listed twice' }),
  media: postMediaInput,
};

export const postCreateInput = z.strictObject({
  ...postFields,
  category: postFields.category.default('other'),
  status: postFields.status.default('idea'),
  scheduledAt: postFields.scheduledAt.default(null),
  ownerId: postFields.ownerId.default(null),
  caption: postFields.caption.default(''),
  platformCaptions: postFields.platformCaptions.default({}),
  platforms: postFields.platforms.default([]),
  hashtags: postFields.hashtags.default([]),
  notes: postFields.notes.default(''),
  featuredStaffIds: postFields.featuredStaffIds.default([]),
  consentIds: postFields.consentIds.default([]),
  media: postFields.media.default([]),
});
export type PostCreateInput = z.input<typeof postCreateInput>;

export const postPatch = z.strictObject(postFields).partial();
export type PostPatch = z.input<typeof postPatch>;

const range = z
  .strictObject({ from: rangeInstant, to: rangeInstant })
  .refine((r) => r.from < r.to, { error: '"from" must be before "to"', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= LIMITS.rangeDays * 86_400_000, {
    error: `A range can span at most ${LIMITS.rangeDays} days`,
    path: ['to'],
  });

// ---- Channels --------------------------------------------------------------------------------

export const contract = {
  'settings.get': channel(empty, settingsSchema),
  /** A patch; `version` is the one the caller last saw, a stale one is a `conflict`. */
  'settings.update': channel(settingsPatch, settingsSchema),

  /** This computer's preferences; a meStaffId that no longer names anyone reads as null. */
  'prefs.get': channel(empty, prefsSchema),
  'prefs.update': channel(prefsPatch, prefsSchema),

  'staff.list': channel(
    z.strictObject({ includeArchived: z.boolean().default(true) }),
    z.array(staffSchema),
  ),
  'staff.create': channel(
    z.strictObject({
      ...staffFields,
      role: staffFields.role.default(''),
      color: staffFields.color.optional(),
      birthday: staffFields.birthday.default(null),
      startedOn: staffFields.startedOn.default(null),
      funFact: staffFields.funFact.default(''),
      celebratePublicly: staffFields.celebratePublicly.default(true),
    }),
    staffSchema,
  ),
  /** A patch; `version` is the one the caller last saw, a stale one is a `conflict`. */
  'staff.update': channel(
    z
      .strictObject({ id, version, ...staffFields, active: z.boolean() })
      .partial()
      .required({ id: true, version: true }),
    staffSchema,
  ),
  /** Archive, never delete (past posts keep their owner); bumps the version. */
  'staff.archive': channel(byId, staffSchema),

  /** Posts scheduled in [from, to), not deleted, ordered by time. */
  'posts.listRange': channel(range, z.array(postSchema)),
  /** Undated, not deleted posts: the idea backlog, newest first. */
  'posts.backlog': channel(empty, z.array(postSchema)),
  'posts.get': channel(byId, postSchema),
  'posts.create': channel(postCreateInput, postSchema),
  /** A patch; `version` is the one the caller last saw, a stale one is a `conflict`. */
  'posts.update': channel(postPatch.extend({ id, version: z.number().int().min(1) }), postSchema),
  /** Soft delete: the post goes to the trash and can be restored. */
  'posts.delete': channel(byId, postSchema),
  'posts.restore': channel(byId, postSchema),
  /** Posts in the trash, most recently deleted first. */
  'posts.trash': channel(empty, z.array(postSchema)),
  /** Deletes every post in the trash for good. */
  'posts.emptyTrash': channel(empty, z.object({ removed: z.number().int() })),

  /** Upcoming posts (not published or skipped) per owner from `from` on; null = no owner. */
  'staff.workload': channel(
    z.strictObject({ from: rangeInstant }),
    z.array(z.object({ staffId: z.string().nullable(), upcoming: z.number().int() })),
  ),

  /** Whether sample data from "Load a sample month" is in the planner. */
  'sample.status': channel(empty, z.object({ loaded: z.boolean() })),
  /** Loads the sample month (assets/sample-plan.json) around `today`, in the practice's zone. */
  'sample.load': channel(
    z.strictObject({ today: isoDate }),
    z.object({ staff: z.number().int(), posts: z.number().int() }),
  ),
  /** Removes everything the sample loaded, in one step. */
  'sample.remove': channel(empty, z.object({ staff: z.number().int(), posts: z.number().int() })),

  ...consentsChannels,
  ...mediaChannels,
  ...rhythmChannels,
  ...meetingsChannels,
  ...backupChannels,
  ...handoffChannels({ settingsSchema, staffSchema, postSchema }),
  ...privacyChannels,
  ...searchChannels,
  ...timezoneChannels,
  ...complianceChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
