import { ApiError } from '../../shared/envelope';
import type { Db } from '../store/database';
import { countUpcomingByOwner } from '../store/posts';
import { findStaff, insertStaff, listStaff, updateStaffRow } from '../store/staff';
import { pickStaffColor } from '../../shared/staff';
import type { AreaHandlers } from './types';

function existingStaff(db: Db, id: string) {
  const staff = findStaff(db, id);
  if (!staff) throw new ApiError('not_found', 'That staff member no longer exists.');
  return staff;
}

export const staffHandlers: AreaHandlers<
  'staff.list' | 'staff.create' | 'staff.update' | 'staff.archive' | 'staff.workload'
> = {
  'staff.list': (db, { includeArchived }) => listStaff(db, includeArchived),
  'staff.create': (db, input) =>
    insertStaff(db, {
      ...input,
      color: input.color ?? pickStaffColor(listStaff(db, true).map((s) => s.color)),
      active: true,
    }),
  'staff.update': (db, { id, ...patch }) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...current } = existingStaff(db, id);
    return updateStaffRow(db, id, { ...current, ...patch });
  },
  // Archive, never delete: past posts keep their owner.
  'staff.archive': (db, { id }) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...current } = existingStaff(db, id);
    return updateStaffRow(db, id, { ...current, active: false });
  },
  'staff.workload': (db, { from }) => countUpcomingByOwner(db, from),
};
