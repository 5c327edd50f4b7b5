import { ApiError } from '../../shared/envelope';
import { clockMoves, showsDifferently, timezoneImpact } from '../../shared/timezone-change';
import type { AreaHandlers } from './types';

const STALE =
  'These settings were changed in another window since you opened them. Nothing was saved; ' +
  'look at the settings as they are now and make your change again.';

export const timezoneHandlers: AreaHandlers<
  'settings.timezonePreview' | 'settings.changeTimezone'
> = {
  'settings.timezonePreview': async (tx, { timezone }) => {
    const { timezone: from } = await tx.settings.get();
    const live = (await tx.posts.listDated()).filter((p) => !p.deleted);
    return { from, ...timezoneImpact(live, from, timezone) };
  },
  'settings.changeTimezone': async (tx, { version, timezone, keep }) => {
    const { version: current, updatedAt: _u, ...fields } = await tx.settings.get();
    if (current !== version) throw new ApiError('conflict', STALE);
    const from = fields.timezone;
    const dated = await tx.posts.listDated();
    let moved: number;
    if (keep === 'clock') {
      // Trashed posts move too, so a restored one is where it was meant to be.
      const moves = clockMoves(dated, from, timezone);
      await tx.posts.moveInTime(moves);
      const live = new Set(dated.filter((p) => !p.deleted).map((p) => p.id));
      moved = moves.filter((m) => live.has(m.id)).length;
    } else {
      moved = dated.filter(
        (p) => !p.deleted && showsDifferently(p.scheduledAt, from, timezone),
      ).length;
    }
    const saved = await tx.settings.update(version, { ...fields, timezone });
    if (!saved) throw new ApiError('conflict', STALE);
    return { moved };
  },
};
