// The weekly meeting: decisions per ISO week and action items that carry over until done.
// A week never opened reads as an empty meeting and writes nothing.
import { now } from '../../shared/clock';
import type { ActionItem, Meeting } from '../../shared/channels/meetings';
import { ApiError } from '../../shared/envelope';
import {
  actionAgeWeeks,
  isCarriedOver,
  isoWeekOfInstant,
  itemsForWeek,
} from '../../shared/meeting';
import type { ActionRecord, Tx } from '../store/store';
import { practiceToday } from './today';
import type { AreaHandlers } from './types';

const STALE_MEETING =
  'These decisions were changed elsewhere since you opened them. Nothing was saved; reload ' +
  'the meeting and make your change again.';
const STALE_ACTION =
  'This action item was changed elsewhere since you opened it. Nothing was saved; reload the ' +
  'meeting and make your change again.';

function toItem(record: ActionRecord, week: string): ActionItem {
  return {
    ...record,
    done: record.doneOn !== null,
    ageWeeks: actionAgeWeeks(record, week),
    carriedOver: isCarriedOver({ ...record, done: record.doneOn !== null }, week),
  };
}

async function checkOwner(tx: Tx, ownerId: string | null | undefined): Promise<void> {
  if (!ownerId) return;
  const owner = await tx.staff.find(ownerId);
  if (!owner) {
    throw new ApiError('invalid_input', 'Please check: ownerId: That person is not on the team.', {
      ownerId: 'That person is not on the team',
    });
  }
}

async function meetingOf(tx: Tx, week: string): Promise<Meeting> {
  const saved = await tx.meetings.find(week);
  const records = await tx.meetings.listActions({ upToWeek: week });
  const items = itemsForWeek(
    records.map((r) => ({ ...r, done: r.doneOn !== null })),
    week,
  );
  return {
    week,
    notes: saved?.notes ?? '',
    version: saved?.version ?? 0,
    updatedAt: saved?.updatedAt ?? null,
    actions: items.map((r) => toItem(r, week)),
  };
}

async function thisWeek(tx: Tx): Promise<string> {
  const { timezone } = await tx.settings.get();
  return isoWeekOfInstant(now(), timezone);
}

export const meetingsHandlers: AreaHandlers<
  'meetings.get' | 'meetings.update' | 'actions.create' | 'actions.update' | 'actions.list'
> = {
  'meetings.get': (tx, { week }) => meetingOf(tx, week),
  'meetings.update': async (tx, { week, version, notes }) => {
    const current = (await tx.meetings.find(week))?.version ?? 0;
    if (current !== version) throw new ApiError('conflict', STALE_MEETING);
    const saved = await tx.meetings.save(week, version, notes);
    if (!saved) throw new ApiError('conflict', STALE_MEETING);
    return meetingOf(tx, week);
  },
  'actions.create': async (tx, input) => {
    await checkOwner(tx, input.ownerId);
    const record = await tx.meetings.insertAction({ ...input, doneOn: null });
    return toItem(record, input.week);
  },
  'actions.update': async (tx, { id, version, done, ...patch }) => {
    const current = await tx.meetings.findAction(id);
    if (!current) throw new ApiError('not_found', 'That action item is not in the planner.');
    if (current.version !== version) throw new ApiError('conflict', STALE_ACTION);
    await checkOwner(tx, patch.ownerId);
    const doneOn =
      done === undefined
        ? current.doneOn
        : done
          ? (current.doneOn ?? (await practiceToday(tx)))
          : null;
    const saved = await tx.meetings.updateAction(id, version, {
      week: current.week,
      text: patch.text ?? current.text,
      ownerId: patch.ownerId === undefined ? current.ownerId : patch.ownerId,
      dueOn: patch.dueOn === undefined ? current.dueOn : patch.dueOn,
      doneOn,
    });
    if (!saved) throw new ApiError('conflict', STALE_ACTION);
    return toItem(saved, await thisWeek(tx));
  },
  'actions.list': async (tx, { open }) => {
    const week = await thisWeek(tx);
    const records = await tx.meetings.listActions({ open: open === true });
    return records.map((r) => toItem(r, week));
  },
};
