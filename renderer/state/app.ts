// App-wide state: which view is open, the practice's settings, the staff list, and the one
// status message shown at the bottom. Views read from here; every write goes through `api`.
import { Settings as LuxonSettings } from 'luxon';
import { create } from 'zustand';
import type { Settings, Staff } from '../../shared/contract';
import { api, errorMessage } from '../api/client';

export type View = 'calendar' | 'ideas' | 'staff' | 'trash' | 'settings';

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface AppState {
  view: View;
  settings: Settings | null;
  staff: Staff[];
  loadError: string | null;
  notice: Notice | null;
  setView(view: View): void;
  load(): Promise<void>;
  saveSettings(patch: Partial<Omit<Settings, 'updatedAt'>>): Promise<boolean>;
  refreshStaff(): Promise<void>;
  notify(message: string, options?: Partial<Omit<Notice, 'id' | 'message'>>): void;
  fail(error: unknown): void;
  dismissNotice(): void;
}

let noticeId = 0;

/**
 * The renderer shows and edits every time in the practice's zone: luxon's default zone is set
 * to it (react-big-calendar's luxon localizer reads it too).
 */
function applySettings(settings: Settings): { settings: Settings } {
  LuxonSettings.defaultZone = settings.timezone;
  return { settings };
}

export const useApp = create<AppState>()((set, get) => ({
  view: 'calendar',
  settings: null,
  staff: [],
  loadError: null,
  notice: null,
  setView: (view) => set({ view }),
  async load() {
    try {
      const [settings, staff] = await Promise.all([api('settings.get', {}), api('staff.list', {})]);
      set({ ...applySettings(settings), staff, loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  async saveSettings(patch) {
    try {
      set(applySettings(await api('settings.update', patch)));
      return true;
    } catch (error) {
      get().fail(error);
      return false;
    }
  },
  async refreshStaff() {
    set({ staff: await api('staff.list', {}) });
  },
  notify(message, options = {}) {
    set({ notice: { id: ++noticeId, message, tone: options.tone ?? 'info', ...options } });
  },
  fail(error) {
    get().notify(errorMessage(error), { tone: 'error' });
  },
  dismissNotice: () => set({ notice: null }),
}));
