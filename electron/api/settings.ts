import { ApiError } from '../../shared/envelope';
import { getSettings, updateSettings } from '../store/settings';
import { findStaff } from '../store/staff';
import type { AreaHandlers } from './types';

export const settingsHandlers: AreaHandlers<'settings.get' | 'settings.update'> = {
  'settings.get': (db) => getSettings(db),
  'settings.update': (db, patch) => {
    if (patch.meStaffId && !findStaff(db, patch.meStaffId)) {
      throw new ApiError('invalid_input', 'That person is not on the staff list.', {
        meStaffId: 'No staff member with this id',
      });
    }
    return updateSettings(db, patch);
  },
};
