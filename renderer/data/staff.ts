// The team: one list for every screen (owners in the editor, filters, the Staff page), and the
// changes to it. Archiving never deletes: people stay on their past posts.
import { nowIso } from '../../shared/clock';
import { useMemo } from 'react';
import { create } from 'zustand';
import type { ChannelInput, Staff } from '../../shared/contract';
import { notify } from '../state/notices';
import { api } from './client';
import type { Outcome } from './errors';
import { mutate } from './mutate';
import { defineQuery } from './query';

export const useStaffStore = create<{ list: Staff[] }>()(() => ({ list: [] }));

export async function loadStaff(): Promise<Staff[]> {
  const list = await api('staff.list', {});
  useStaffStore.setState({ list });
  return list;
}

/** Everyone, archived people included (they stay on their past posts). */
export function useStaff(): Staff[] {
  return useStaffStore((s) => s.list);
}

export function useStaffById(): Map<string, Staff> {
  const list = useStaff();
  return useMemo(() => new Map(list.map((s) => [s.id, s])), [list]);
}

/** Upcoming posts per owner (null = no owner), counted from now. */
export const workloadQuery = defineQuery(async () => {
  const rows = await api('staff.workload', { from: nowIso() });
  return new Map(rows.map((r) => [r.staffId, r.upcoming]));
});

/** The version of a person this window last saw (a stale one is a conflict, told). */
function versionOf(id: string): number {
  return useStaffStore.getState().list.find((p) => p.id === id)?.version ?? 1;
}

function show(person: Staff): void {
  useStaffStore.setState((s) => ({ list: s.list.map((p) => (p.id === person.id ? person : p)) }));
}

function changed(person: Staff): Staff {
  useStaffStore.setState((s) => ({
    list: s.list.some((p) => p.id === person.id)
      ? s.list.map((p) => (p.id === person.id ? person : p))
      : [...s.list, person],
  }));
  workloadQuery.invalidate();
  return person;
}

export type StaffInput = ChannelInput<'staff.create'>;
export type StaffPatch = Omit<ChannelInput<'staff.update'>, 'id' | 'version'>;

export function createStaff(
  input: StaffInput,
  options?: { fieldsShown?: readonly string[] },
): Promise<Outcome<Staff>> {
  return mutate(async () => changed(await api('staff.create', input)), options);
}

export function updateStaff(
  id: string,
  patch: StaffPatch,
  options?: { fieldsShown?: readonly string[] },
): Promise<Outcome<Staff>> {
  // Shown at once (a ticked box stays ticked), put back if the save is refused.
  const before = useStaffStore.getState().list.find((p) => p.id === id);
  const version = versionOf(id);
  if (before) show({ ...before, ...patch } as Staff);
  return mutate(
    async () => changed(await api('staff.update', { id, version, ...patch })),
    options,
  ).then((outcome) => {
    if (!outcome.ok && before) show(before);
    return outcome;
  });
}

export async function restoreStaff(person: Staff): Promise<boolean> {
  const outcome = await mutate(async () =>
    changed(
      await api('staff.update', { id: person.id, version: versionOf(person.id), active: true }),
    ),
  );
  if (outcome.ok) notify(`${person.name} is back on the team.`);
  return outcome.ok;
}

export async function archiveStaff(person: Staff): Promise<boolean> {
  const outcome = await mutate(async () => changed(await api('staff.archive', { id: person.id })));
  if (outcome.ok) {
    notify(`${person.name} is archived and stays on their past posts.`, {
      action: { label: 'Undo', run: () => void restoreStaff(person) },
    });
  }
  return outcome.ok;
}
