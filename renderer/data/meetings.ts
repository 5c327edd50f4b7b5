// The weekly meeting's data: each week's decisions and action items (one copy per week, so
// two parts of the screen never disagree), the changes to them, and the light poll that keeps
// the meeting screen in step with edits made in another window.
import { create } from 'zustand';
import type { ChannelInput } from '../../shared/contract';
import type { ActionItem, Meeting } from '../../shared/channels/meetings';
import { notify } from '../state/notices';
import { api, isDesktop } from './client';
import type { Outcome } from './errors';
import { mutate } from './mutate';

export type { ActionItem, Meeting };

interface MeetingsState {
  byWeek: Record<string, Meeting>;
  failed: Record<string, string>;
}

export const useMeetingsStore = create<MeetingsState>()(() => ({ byWeek: {}, failed: {} }));

function receive(meeting: Meeting): Meeting {
  useMeetingsStore.setState((s) => {
    const before = s.byWeek[meeting.week];
    // The same answer again (a poll) keeps its object, so nothing repaints.
    if (before && JSON.stringify(before) === JSON.stringify(meeting)) return s;
    return { byWeek: { ...s.byWeek, [meeting.week]: meeting } };
  });
  return meeting;
}

const loading = new Map<string, Promise<void>>();

/** Reads a week's meeting (joins a read under way). */
export function loadMeeting(week: string): Promise<void> {
  const running = loading.get(week);
  if (running) return running;
  const run = api('meetings.get', { week })
    .then((m) => {
      receive(m);
      useMeetingsStore.setState((s) => {
        const { [week]: _gone, ...failed } = s.failed;
        return { failed };
      });
    })
    .catch((e: unknown) =>
      useMeetingsStore.setState((s) => ({
        failed: { ...s.failed, [week]: e instanceof Error ? e.message : String(e) },
      })),
    )
    .finally(() => loading.delete(week));
  loading.set(week, run);
  return run;
}

export function useMeeting(week: string): { meeting: Meeting | undefined; error: string | null } {
  const meeting = useMeetingsStore((s) => s.byWeek[week]);
  const error = useMeetingsStore((s) => s.failed[week] ?? null);
  return { meeting, error };
}

/** Saves the week's decisions against the version last seen; false when refused. */
export async function saveMeetingNotes(week: string, notes: string): Promise<boolean> {
  const current = useMeetingsStore.getState().byWeek[week];
  const outcome = await mutate(async () =>
    receive(await api('meetings.update', { week, version: current?.version ?? 0, notes })),
  );
  if (!outcome.ok && outcome.error.code === 'conflict') void loadMeeting(week);
  return outcome.ok;
}

/** Adds an action item to a week; the week's meeting is read again. */
export async function createAction(
  input: ChannelInput<'actions.create'>,
): Promise<Outcome<ActionItem>> {
  const outcome = await mutate(() => api('actions.create', input), {
    fieldsShown: ['text', 'dueOn'],
  });
  if (outcome.ok) await loadMeeting(input.week);
  return outcome;
}

/** Changes an action item (done, text, owner, due date) seen on `week`'s meeting. */
export async function updateAction(
  week: string,
  item: ActionItem,
  patch: Omit<ChannelInput<'actions.update'>, 'id' | 'version'>,
): Promise<boolean> {
  const outcome = await mutate(() =>
    api('actions.update', { ...patch, id: item.id, version: item.version }),
  );
  if (!outcome.ok && outcome.error.code === 'conflict') {
    notify('That action item was changed in another window; the newer version is shown.', {
      tone: 'error',
    });
  }
  await loadMeeting(week);
  return outcome.ok;
}

/**
 * The desktop app opens the meeting full screen on a second display; null in a browser
 * (which uses the Fullscreen API instead).
 */
export function presentOnOtherScreen(
  route: string,
): Promise<{ ok: true } | { ok: false; message: string }> | null {
  if (!isDesktop() || !window.rapport) return null;
  return window.rapport.openWindow(route, { present: true });
}

/**
 * "Save agenda as PDF": the desktop app prints the agenda to a file chosen in a save dialog;
 * a browser opens its print dialog (where "Save as PDF" is a destination). Both print with the
 * agenda's print stylesheet.
 */
export async function saveAgendaAsPdf(week: string): Promise<void> {
  if (!isDesktop() || !window.rapport?.saveAgendaPdf) {
    window.print();
    return;
  }
  const result = await window.rapport.saveAgendaPdf(week);
  if (result.ok) notify(`Saved the agenda to ${result.path}.`);
  else if (!result.canceled) notify(result.message, { tone: 'error' });
}
