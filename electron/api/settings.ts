import { getSettings, updateSettings } from '../store/settings';
import type { AreaHandlers } from './types';

export const settingsHandlers: AreaHandlers<'settings.get' | 'settings.update'> = {
  'settings.get': (db) => getSettings(db),
  'settings.update': (db, patch) => updateSettings(db, patch),
};
