import { now } from '../../shared/clock';
import { DateTime } from 'luxon';
import { ApiError } from '../../shared/envelope';
import { bufferCsv, hootsuiteCsv, type HandoffOptions } from '../../shared/handoff';
import { planOf } from '../store/plan-file';
import type { Tx } from '../store/store';
import { buildIcs } from './ics';
import type { AreaHandlers } from './types';

async function handoffOptions(
  tx: Tx,
  input: {
    from: string;
    platform: HandoffOptions['platform'];
    statuses: HandoffOptions['statuses'];
  },
): Promise<HandoffOptions> {
  const { timezone } = await tx.settings.get();
  return {
    platform: input.platform,
    statuses: input.statuses,
    zone: timezone,
    label: DateTime.fromISO(input.from, { zone: 'utc' }).setZone(timezone).toFormat('yyyy-MM-dd'),
    now: now(),
  };
}

export const handoffHandlers: AreaHandlers<
  'export.json' | 'export.bufferCsv' | 'export.hootsuiteCsv' | 'export.ics'
> = {
  'export.json': (tx) => planOf(tx),

  'export.bufferCsv': async (tx, input) =>
    bufferCsv(await tx.posts.listRange(input.from, input.to), await handoffOptions(tx, input)),

  'export.hootsuiteCsv': async (tx, input) =>
    hootsuiteCsv(await tx.posts.listRange(input.from, input.to), await handoffOptions(tx, input)),

  'export.ics': async (tx, { from, to, ownerId }) => {
    const settings = await tx.settings.get();
    const staff = await tx.staff.list(true);
    const owner = ownerId === undefined ? undefined : staff.find((s) => s.id === ownerId);
    if (ownerId !== undefined && !owner) {
      throw new ApiError('invalid_input', 'That person is not on the staff list.', {
        ownerId: 'No staff member with this id',
      });
    }
    const posts = (await tx.posts.listRange(from, to)).filter(
      (p) => !owner || p.ownerId === owner.id,
    );
    const label = DateTime.fromISO(from, { zone: 'utc' })
      .setZone(settings.timezone)
      .toFormat('yyyy-MM-dd');
    const who = owner ? owner.name.toLowerCase().replace(/[^a-z0-9]+/g, '-') : 'everyone';
    return {
      name: `rapport-${who}-${label}.ics`,
      text: buildIcs(posts, staff, settings, owner),
      events: posts.length,
    };
  },
};
