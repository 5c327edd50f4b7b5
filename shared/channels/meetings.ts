// The weekly planning meeting's channels: per ISO week, free-text decisions (the meeting's
// notes) and action items that carry over until they are done.
import { z } from 'zod';
import { isIsoWeek } from '../meeting';
import { channel, id, isoDate, text } from '../schemas';

export const MEETING_LIMITS = { notes: 20_000, actionText: 500 } as const;

export const isoWeek = z
  .string({ error: 'Week must be an ISO week like 2026-W48' })
  .refine(isIsoWeek, { error: 'Week must be an ISO week like 2026-W48' });

export const actionItemSchema = z.object({
  id: z.string(),
  week: z.string(),
  text: z.string(),
  ownerId: z.string().nullable(),
  dueOn: z.string().nullable(),
  done: z.boolean(),
  /** The practice-zone date it was marked done; null while open. */
  doneOn: z.string().nullable(),
  /** Weeks it has been on the list, counted to the week asked about (0 = raised that week). */
  ageWeeks: z.number().int(),
  /** Raised in an earlier week than the one asked about and shown again. */
  carriedOver: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const meetingSchema = z.object({
  week: z.string(),
  notes: z.string(),
  /** 0 for a week never saved. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  /** The week's own items and open ones carried over from earlier weeks. */
  actions: z.array(actionItemSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

const version = z
  .number({ error: 'Must be the version last seen' })
  .int({ error: 'Must be the version last seen' })
  .min(0, { error: 'Must be the version last seen' });
const actionText = text(MEETING_LIMITS.actionText, 'Action item')
  .trim()
  .min(1, { error: 'Action item cannot be empty' });

export const meetingsChannels = {
  /** A week never opened reads as an empty meeting (version 0). */
  'meetings.get': channel(z.strictObject({ week: isoWeek }), meetingSchema),
  /** The week's decisions; `version` is the one last seen (0 for a new week), stale = conflict. */
  'meetings.update': channel(
    z.strictObject({
      week: isoWeek,
      version,
      notes: text(MEETING_LIMITS.notes, 'Decisions'),
    }),
    meetingSchema,
  ),
  'actions.create': channel(
    z.strictObject({
      week: isoWeek,
      text: actionText,
      ownerId: id.nullable().default(null),
      dueOn: isoDate.nullable().default(null),
    }),
    actionItemSchema,
  ),
  /** A patch; `version` is the one last seen, a stale one is a `conflict`. */
  'actions.update': channel(
    z.strictObject({
      id,
      version: version.min(1, { error: 'Must be the version last seen' }),
      text: actionText.optional(),
      ownerId: id.nullable().optional(),
      dueOn: isoDate.nullable().optional(),
      done: z.boolean({ error: 'Done is yes or no' }).optional(),
    }),
    actionItemSchema,
  ),
  /** Every item (or only open ones), age counted to this week in the practice's zone. */
  'actions.list': channel(
    z.strictObject({ open: z.boolean({ error: 'Open is yes or no' }).optional() }),
    z.array(actionItemSchema),
  ),
};
