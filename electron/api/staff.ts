import { practiceToday } from './today';
import type { Staff } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import { pickStaffColor } from '../../shared/staff';
import type { Tx } from '../store/store';
import { changedFields } from './changes';
import type { AreaHandlers } from './types';

async function existingStaff(tx: Tx, id: string): Promise<Staff> {
  const staff = await tx.staff.find(id);
  if (!staff) throw new ApiError('not_found', 'That staff member no longer exists.');
  return staff;
}

/** The practice's today: a start date after it is refused (the contract checks loosely). */
async function refuseFutureStart(tx: Tx, startedOn: string | null | undefined): Promise<void> {
  if (!startedOn) return;
  const today = await practiceToday(tx);
  if (startedOn > today) {
    throw new ApiError('invalid_input', `Start date ${startedOn} is in the future.`, {
      startedOn: 'Start date cannot be in the future',
    });
  }
}

const STALE =
  'This person was changed in another window since you opened them. Nothing was saved; ' +
  'look at them as they are now and make your change again.';

export const staffHandlers: AreaHandlers<
  'staff.list' | 'staff.create' | 'staff.update' | 'staff.archive' | 'staff.workload'
> = {
  'staff.list': (tx, { includeArchived }) => tx.staff.list(includeArchived),
  'staff.create': async (tx, input) => {
    await refuseFutureStart(tx, input.startedOn);
    return tx.staff.insert({
      ...input,
      color: input.color ?? pickStaffColor((await tx.staff.list(true)).map((s) => s.color)),
      active: true,
    });
  },
  'staff.update': async (tx, { id, version, ...patch }) => {
    const current = await existingStaff(tx, id);
    if (current.version !== version) throw new ApiError('conflict', STALE);
    if (patch.startedOn !== current.startedOn) await refuseFutureStart(tx, patch.startedOn);
    const saved = await tx.staff.update(id, version, changedFields(current, patch));
    if (!saved) throw new ApiError('conflict', STALE);
    return saved;
  },
  // Archive, never delete: past posts keep their owner.
  'staff.archive': async (tx, { id }) => {
    const current = await existingStaff(tx, id);
    const saved = await tx.staff.update(id, current.version, { active: false });
    if (!saved) throw new ApiError('conflict', STALE);
    return saved;
  },
  'staff.workload': (tx, { from }) => tx.posts.upcomingByOwner(from),
};
