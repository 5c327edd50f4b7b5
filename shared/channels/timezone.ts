// Changing the practice's time zone, asking first whether posts keep their clock times or their
// instants (shared/timezone-change.ts).
import { z } from 'zod';
import { channel } from '../schemas';
import { isValidTimeZone } from '../time';
import { TIMEZONE_KEEPS } from '../timezone-change';

const timezone = z
  .string({ error: 'Time zone must be a place name like America/New_York' })
  .refine(isValidTimeZone, { error: 'Time zone must be a place name like America/New_York' });

export const timezoneImpactSchema = z.object({
  /** The zone the planner uses now. */
  from: z.string(),
  /** Dated posts not in the trash. */
  dated: z.number().int(),
  /** Of those, how many move to another instant if they keep their clock times. */
  clockMoves: z.number().int(),
  /** Of those, how many show another date or time if they keep their instants. */
  instantShifts: z.number().int(),
});
export type TimezoneImpact = z.infer<typeof timezoneImpactSchema>;

export const timezoneChannels = {
  /** What changing to `timezone` would do to the dated posts; changes nothing. */
  'settings.timezonePreview': channel(z.strictObject({ timezone }), timezoneImpactSchema),
  /**
   * Changes the zone with the settings' `version` last seen (a stale one is a `conflict`).
   * `keep: 'clock'` moves every dated post (trash included) to the same date and time in the
   * new zone; `keep: 'instant'` leaves them where they are in time. `moved` counts the posts
   * (not in the trash) whose instant or shown time changed; read the settings again after.
   */
  'settings.changeTimezone': channel(
    z.strictObject({
      version: z
        .number({ error: 'Must be the version last seen' })
        .int({ error: 'Must be the version last seen' })
        .min(1, { error: 'Must be the version last seen' }),
      timezone,
      keep: z.enum(TIMEZONE_KEEPS, { error: 'Keep must be "clock" or "instant"' }),
    }),
    z.object({ moved: z.number().int() }),
  ),
} as const;
