// This computer's own preferences (not the practice's): who is using Rapport here, the clock,
// whether the Ideas panel is open, the range each export tool was last given. The host keeps them beside the window state, apart from
// the shared planner file.
import { create } from 'zustand';
import {
  DEFAULT_EXPORT_RANGE,
  type ExportRangeKind,
  type RangedExport,
} from '../../shared/channels/handoff';
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

/** The range kind last chosen for `tool` on this computer. */
export function useExportRangeKind(tool: RangedExport): ExportRangeKind {
  return usePrefsStore((s) => s.prefs?.exportRanges?.[tool] ?? DEFAULT_EXPORT_RANGE);
}

/** Remembers `kind` for `tool` (the other tools keep theirs). */
export function saveExportRangeKind(tool: RangedExport, kind: ExportRangeKind): Promise<boolean> {
  const current = usePrefsStore.getState().prefs?.exportRanges ?? {};
  return savePrefs({ exportRanges: { ...current, [tool]: kind } }).then((o) => o.ok);
}
