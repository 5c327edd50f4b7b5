import { ApiError } from '../../shared/envelope';
import type { AreaHandlers } from './types';

const STALE =
  'These settings were changed in another window since you opened them. Nothing was saved; ' +
  'look at the settings as they are now and make your change again.';

export const settingsHandlers: AreaHandlers<'settings.get' | 'settings.update'> = {
  'settings.get': (tx) => tx.settings.get(),
  'settings.update': async (tx, { version, ...patch }) => {
    const { version: current, updatedAt: _u, ...fields } = await tx.settings.get();
    if (current !== version) throw new ApiError('conflict', STALE);
    const next = { ...fields, ...patch };
    if (next.workdayEnd <= next.workdayStart) {
      throw new ApiError('invalid_input', 'The working day must end after it starts.', {
        [patch.workdayEnd !== undefined ? 'workdayEnd' : 'workdayStart']:
          'The working day must end after it starts',
      });
    }
    const saved = await tx.settings.update(version, next);
    if (!saved) throw new ApiError('conflict', STALE);
    return saved;
  },
};
