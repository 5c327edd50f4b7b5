// This computer's own preferences (not the practice's): who is using Rapport here, the clock,
// whether the Ideas panel is open. The host keeps them beside the window state, apart from
// the shared planner file.
import { create } from 'zustand';
import type { ChannelInput, Prefs } from '../../shared/contract';
import { setFormatPreferences } from '../lib/format';
import { api } from './client';
import type { Outcome } from './errors';
import { mutate } from './mutate';

export const usePrefsStore = create<{ prefs: Prefs | null }>()(() => ({ prefs: null }));

function apply(prefs: Prefs): Prefs {
  setFormatPreferences({ clock: prefs.clock });
  usePrefsStore.setState({ prefs });
  return prefs;
}

export async function loadPrefs(): Promise<Prefs> {
  return apply(await api('prefs.get', {}));
}

export function savePrefs(patch: ChannelInput<'prefs.update'>): Promise<Outcome<Prefs>> {
  return mutate(async () => apply(await api('prefs.update', patch)));
}

/** Who is using Rapport on this computer ("My posts"), or null. */
export function useMeStaffId(): string | null {
  return usePrefsStore((s) => s.prefs?.meStaffId ?? null);
}

export async function saveMeStaffId(meStaffId: string | null): Promise<boolean> {
  return (await savePrefs({ meStaffId })).ok;
}
