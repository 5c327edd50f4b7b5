// The practice's settings: loaded once at start (every screen needs the time zone), saved by
// the Settings page. Setting them also makes their zone luxon's default for every date shown.
import { create } from 'zustand';
import type { ChannelInput, Settings } from '../../shared/contract';
import { setPracticeZone } from '../lib/zone';
import { api } from './client';
import type { Outcome } from './errors';
import { mutate } from './mutate';

interface SettingsState {
  settings: Settings | null;
}

export const useSettingsStore = create<SettingsState>()(() => ({ settings: null }));

function apply(settings: Settings): Settings {
  setPracticeZone(settings.timezone);
  useSettingsStore.setState({ settings });
  return settings;
}

export async function loadSettings(): Promise<Settings> {
  return apply(await api('settings.get', {}));
}

export type SettingsPatch = Omit<ChannelInput<'settings.update'>, 'version'>;

/** Saves a change; field problems come back for the form, anything else is told as a notice. */
export function saveSettings(
  patch: SettingsPatch,
  options?: { fieldsShown?: readonly string[] },
): Promise<Outcome<Settings>> {
  // Against the version this window last saw: a change made in another window meanwhile is a
  // conflict, told, never silently overwritten.
  return mutate(async () => {
    const version = useSettingsStore.getState().settings?.version ?? 1;
    return apply(await api('settings.update', { ...patch, version }));
  }, options);
}

/** The settings, once the app has loaded them (the app shows no page before that). */
export function useSettings(): Settings {
  const settings = useSettingsStore((s) => s.settings);
  if (!settings) throw new Error('Settings are read before they were loaded.');
  return settings;
}

/** The practice's IANA time zone. */
export function usePracticeZone(): string {
  return useSettingsStore((s) => s.settings?.timezone) ?? 'UTC';
}

/** The practice's default posting time, `HH:mm` (for a day given without a time). */
export function useDefaultPostTime(): string {
  return useSettingsStore((s) => s.settings?.defaultPostTime) ?? '10:00';
}
