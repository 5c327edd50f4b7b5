// App-wide state: which view is open, the practice's settings, this computer's prefs, the staff
// list, and the one status message shown at the bottom. Views read from here; every write goes through `api`.
import { Settings as LuxonSettings } from 'luxon';
import { create } from 'zustand';
import type { ChannelInput, Prefs, Settings, Staff } from '../../shared/contract';
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
  /** This computer's preferences (who am I here, …). */
  prefs: Prefs | null;
  staff: Staff[];
  loadError: string | null;
  notice: Notice | null;
  setView(view: View): void;
  load(): Promise<void>;
  /** Saves a patch over the settings last loaded (their version travels with it). */
  saveSettings(patch: Omit<ChannelInput<'settings.update'>, 'version'>): Promise<boolean>;
  savePrefs(patch: ChannelInput<'prefs.update'>): Promise<boolean>;
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
  prefs: null,
  staff: [],
  loadError: null,
  notice: null,
  setView: (view) => set({ view }),
  async load() {
    try {
      const [settings, prefs, staff] = await Promise.all([
        api('settings.get', {}),
        api('prefs.get', {}),
        api('staff.list', {}),
      ]);
      set({ ...applySettings(settings), prefs, staff, loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  async saveSettings(patch) {
    try {
      const version = get().settings?.version ?? 1;
      set(applySettings(await api('settings.update', { ...patch, version })));
      return true;
    } catch (error) {
      get().fail(error);
      return false;
    }
  },
  async savePrefs(patch) {
    try {
      set({ prefs: await api('prefs.update', patch) });
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
