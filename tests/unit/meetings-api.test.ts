import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../shared/clock';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
// Wednesday 25 Nov 2026, 15:00 in New York: week 2026-W48.
const now = new Date('2026-11-25T20:00:00.000Z');
beforeEach(async () => {
  setClock(now);
  store = tempStore();
  const s = await store.call('settings.get', {});
  await store.call('settings.update', { version: s.version, timezone: 'America/New_York' });
});
afterEach(() => store.cleanup());

describe('meetings', () => {
  it('reads a week never opened as an empty meeting and writes nothing', async () => {
    const meeting = await store.call('meetings.get', { week: '2026-W48' });
    expect(meeting).toEqual({
      week: '2026-W48',
      notes: '',
      version: 0,
      updatedAt: null,
      actions: [],
    });
    const count = store.db.prepare('SELECT count(*) FROM meetings').pluck().get();
    expect(count).toBe(0);
  });

  it('saves decisions with versions; a stale version is a conflict', async () => {
    const first = await store.call('meetings.update', {
      week: '2026-W48',
      version: 0,
      notes: 'Move the open day post to Friday',
    });
    expect(first).toMatchObject({ version: 1, notes: 'Move the open day post to Friday' });
    const second = await store.call('meetings.update', {
      week: '2026-W48',
      version: 1,
      notes: 'Both',
    });
    expect(second.version).toBe(2);
    const stale = await store.refuse('meetings.update', {
      week: '2026-W48',
      version: 1,
      notes: 'Lost',
    });
    expect(stale.code).toBe('conflict');
    const again = await store.refuse('meetings.update', {
      week: '2026-W48',
      version: 0,
      notes: 'x',
    });
    expect(again.code).toBe('conflict');
    expect((await store.call('meetings.get', { week: '2026-W48' })).notes).toBe('Both');
  });

  it('refuses a bad week, naming the field, and changes nothing', async () => {
    for (const week of ['2026-48', '2021-W53', 'next week', 48]) {
      const error = await store.refuse('meetings.update', { week, version: 0, notes: 'x' });
      expect(error.code).toBe('invalid_input');
      expect(error.fields?.week).toMatch(/ISO week like 2026-W48/);
    }
    const tooLong = await store.refuse('meetings.update', {
      week: '2026-W48',
      version: 0,
      notes: 'x'.repeat(20_001),
    });
    expect(tooLong.fields?.notes).toMatch(/too long/);
    expect(store.db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(0);
  });

  it('the file itself refuses a bad week', () => {
    expect(() =>
      store.db
        .prepare("INSERT INTO meetings (week, notes, updated_at) VALUES ('2026-W99', '', 'x')")
        .run(),
    ).toThrow(/CHECK/);
  });
});

describe('action items', () => {
  it('carry over until done, with their age, and show once more the week they close', async () => {
    const ana = await store.call('staff.create', { name: 'Ana Lopez' });
    const item = await store.call('actions.create', {
      week: '2026-W46',
      text: 'Ask for the open day photos',
      ownerId: ana.id,
      dueOn: '2026-11-20',
    });
    expect(item).toMatchObject({ done: false, ageWeeks: 0, carriedOver: false, version: 1 });
    await store.call('actions.create', { week: '2026-W48', text: 'Book the photographer' });

    const w48 = await store.call('meetings.get', { week: '2026-W48' });
    expect(w48.actions.map((a) => [a.text, a.ageWeeks, a.carriedOver])).toEqual([
      ['Ask for the open day photos', 2, true],
      ['Book the photographer', 0, false],
    ]);
    expect((await store.call('meetings.get', { week: '2026-W45' })).actions).toEqual([]);

    const done = await store.call('actions.update', { id: item.id, version: 1, done: true });
    expect(done).toMatchObject({ done: true, doneOn: '2026-11-25', version: 2 });
    // Closed in W48: still on W48 (as done), gone from W49 on.
    expect((await store.call('meetings.get', { week: '2026-W48' })).actions).toHaveLength(2);
    const w49 = await store.call('meetings.get', { week: '2026-W49' });
    expect(w49.actions.map((a) => a.text)).toEqual(['Book the photographer']);

    const open = await store.call('actions.list', { open: true });
    expect(open.map((a) => a.text)).toEqual(['Book the photographer']);
    expect(await store.call('actions.list', {})).toHaveLength(2);
  });

  it('edits with versions; stale is a conflict; bad input changes nothing', async () => {
    const item = await store.call('actions.create', { week: '2026-W48', text: 'Call the printer' });
    const edited = await store.call('actions.update', {
      id: item.id,
      version: 1,
      text: '  Call the printer today ',
      dueOn: '2026-11-27',
    });
    expect(edited).toMatchObject({
      text: 'Call the printer today',
      dueOn: '2026-11-27',
      version: 2,
    });
    expect(
      (await store.refuse('actions.update', { id: item.id, version: 1, done: true })).code,
    ).toBe('conflict');
    const empty = await store.refuse('actions.update', { id: item.id, version: 2, text: '  ' });
    expect(empty.fields?.text).toMatch(/cannot be empty/);
    const badDate = await store.refuse('actions.create', {
      week: '2026-W48',
      text: 'x',
      dueOn: '27/11/2026',
    });
    expect(badDate.fields?.dueOn).toBeDefined();
    const nobody = await store.refuse('actions.create', {
      week: '2026-W48',
      text: 'x',
      ownerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(nobody).toMatchObject({ code: 'invalid_input' });
    expect(nobody.fields?.ownerId).toMatch(/not on the team/);
    expect(await store.call('actions.list', {})).toHaveLength(1);
    expect((await store.refuse('actions.update', { id: item.id, version: 2, extra: 1 })).code).toBe(
      'invalid_input',
    );
  });

  it('keeps the owner of an action item when the sample month is removed (archived)', async () => {
    await store.call('sample.load', { today: '2026-11-25' });
    const person = (await store.call('staff.list', {}))[0]!;
    await store.call('actions.create', {
      week: '2026-W48',
      text: 'Thank the team',
      ownerId: person.id,
    });
    const before = (await store.call('staff.list', {})).length;
    const removed = await store.call('sample.remove', {});
    expect(removed.staff).toBe(before - 1);
    const kept = (await store.call('staff.list', {})).find((s) => s.id === person.id);
    expect(kept).toMatchObject({ active: false });
    expect((await store.call('actions.list', {}))[0]!.ownerId).toBe(person.id);
  });
});
