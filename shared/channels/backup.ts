// Backups and recovery: list, make and restore backups of the planner file, and whether the
// file opened cleanly (a damaged file is never written to; the app offers the newest good
// backup instead).
import { z } from 'zod';
import { BACKUP_REASONS } from '../backup-rules';
import { channel, empty, id } from '../schemas';

export const backupSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  size: z.number().int(),
  posts: z.number().int(),
});

/** A backup's file name as `backup.list` gives it: nothing that could leave backups/. */
export const backupId = z
  .string({ error: 'Must be a backup from the list' })
  .regex(/^rapport-[0-9T-]+Z-[a-z-]+\.db$/, { error: 'Must be a backup from the list' });

export const backupChannels = {
  /** Whether the planner file is usable; when damaged, why, and the newest good backup. */
  'backup.health': channel(
    empty,
    z.discriminatedUnion('state', [
      z.object({ state: z.literal('ok') }),
      z.object({
        state: z.literal('damaged'),
        message: z.string(),
        newest: backupSchema.nullable(),
      }),
    ]),
  ),
  /** The backups beside the planner file, newest first. */
  'backup.list': channel(empty, z.array(backupSchema)),
  /** Makes a checked backup now. */
  'backup.create': channel(empty, backupSchema),
  /**
   * Takes in a backup saved elsewhere ("Back up to a file"; uploaded first, as photos are) as a
   * backup of its own, to restore from the list; the photos and videos inside it come along.
   */
  'backup.add': channel(z.strictObject({ uploadId: id }), backupSchema),
  /**
   * Replaces the planner with a backup: the current state is backed up first (`safety`, null
   * when the current file is damaged and was set aside instead). Reload the window afterwards.
   */
  'backup.restore': channel(
    z.strictObject({ id: backupId }),
    z.object({ restored: backupSchema, safety: backupSchema.nullable() }),
  ),
} as const;
