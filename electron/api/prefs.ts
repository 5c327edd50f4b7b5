// This computer's preferences (ctx.prefs, a file beside the database), checked against the
// practice's data where they refer to it.
import { ApiError } from '../../shared/envelope';
import type { AreaHandlers } from './types';

export const prefsHandlers: AreaHandlers<'prefs.get' | 'prefs.update'> = {
  'prefs.get': async (tx, _input, { prefs }) => {
    const stored = await prefs.read();
    // Someone removed since (say, with the sample month): nobody is chosen any more.
    if (stored.meStaffId !== null && !(await tx.staff.find(stored.meStaffId))) {
      return { ...stored, meStaffId: null };
    }
    return stored;
  },
  'prefs.update': async (tx, patch, { prefs }) => {
    if (patch.meStaffId && !(await tx.staff.find(patch.meStaffId))) {
      throw new ApiError('invalid_input', 'That person is not on the staff list.', {
        meStaffId: 'No staff member with this id',
      });
    }
    const next = { ...(await prefs.read()), ...patch };
    await prefs.write(next);
    if (next.meStaffId !== null && !(await tx.staff.find(next.meStaffId))) {
      return { ...next, meStaffId: null };
    }
    return next;
  },
};
