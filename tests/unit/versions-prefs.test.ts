// Versions on staff and settings, this computer's prefs.json, and the store's transactions
// (async handlers, one at a time, rolled back on failure), all on real SQLite files.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, handlers, mergeHandlers } from '../../electron/api';
import { PREFS_FILE } from '../../electron/store/prefs';
import { blankPost } from '../../shared/posts';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

const prefsOnDisk = () => JSON.parse(readFileSync(join(store.dir, PREFS_FILE), 'utf8')) as unknown;

describe('settings versions', () => {
  it('starts at version 1 with a default post time and no "who am I"', async () => {
    const settings = await store.call('settings.get', {});
    expect(settings).toMatchObject({ version: 1, defaultPostTime: '10:00' });
    expect(settings).not.toHaveProperty('meStaffId');
  });

  it('bumps the version on each save and saves the default post time', async () => {
    const saved = await store.call('settings.update', { version: 1, defaultPostTime: '07:30' });
    expect(saved).toMatchObject({ version: 2, defaultPostTime: '07:30' });
    const again = await store.call('settings.update', { version: 2, practiceName: 'Lumen' });
    expect(again).toMatchObject({ version: 3, defaultPostTime: '07:30', practiceName: 'Lumen' });
  });

  it('refuses a stale version as a conflict and changes nothing', async () => {
    await store.call('settings.update', { version: 1, practiceName: 'First window' });
    const before = store.snapshot();
    const error = await store.refuse('settings.update', { version: 1, practiceName: 'Second' });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed in another window.*Nothing was saved/);
    expect(store.snapshot()).toBe(before);
    expect((await store.call('settings.get', {})).practiceName).toBe('First window');
  });

  it.each([
    [{ practiceName: 'No version' }, 'version'],
    [{ version: 0 }, 'version'],
    [{ version: 1, defaultPostTime: '24:00' }, 'defaultPostTime'],
    [{ version: 1, defaultPostTime: '9:30' }, 'defaultPostTime'],
    [{ version: 1, defaultPostTime: '10:60' }, 'defaultPostTime'],
    [{ version: 1, meStaffId: null }, 'meStaffId'],
  ])('refuses %j and changes nothing', async (input, field) => {
    await store.call('settings.get', {});
    const before = store.snapshot();
    const error = await store.refuse('settings.update', input);
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty(field);
    if (field === 'defaultPostTime') {
      expect(error.fields?.defaultPostTime).toBe('Default time must look like 10:00');
    }
    expect(store.snapshot()).toBe(before);
  });

  it('has the database itself refuse a default time that is not HH:MM', async () => {
    await store.call('settings.get', {});
    for (const bad of ['24:00', '10:0', 'ab:cd', '10:00:00']) {
      expect(() => store.db.prepare('UPDATE settings SET default_post_time = ?').run(bad)).toThrow(
        /CHECK/,
      );
    }
    expect(() => store.db.prepare('UPDATE settings SET version = 0').run()).toThrow(/CHECK/);
  });
});

describe('staff versions', () => {
  it('bumps the version on update and archive; a stale one is a conflict that changes nothing', async () => {
    const ana = await store.call('staff.create', { name: 'Ana Ruiz' });
    expect(ana.version).toBe(1);
    const renamed = await store.call('staff.update', { id: ana.id, version: 1, role: 'Nurse' });
    expect(renamed.version).toBe(2);

    const before = store.snapshot();
    const stale = await store.refuse('staff.update', { id: ana.id, version: 1, role: 'Stale' });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/changed in another window.*Nothing was saved/);
    expect(store.snapshot()).toBe(before);

    const archived = await store.call('staff.archive', { id: ana.id });
    expect(archived).toMatchObject({ version: 3, active: false, role: 'Nurse' });
    const afterArchive = store.snapshot();
    expect(
      (await store.refuse('staff.update', { id: ana.id, version: 2, active: true })).code,
    ).toBe('conflict');
    expect(store.snapshot()).toBe(afterArchive);
  });

  it('requires the version', async () => {
    const ana = await store.call('staff.create', { name: 'Ana Ruiz' });
    const error = await store.refuse('staff.update', { id: ana.id, role: 'Nurse' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty('version');
  });
});

describe('prefs (this computer)', () => {
  it('starts from the defaults without a file', async () => {
    expect(await store.call('prefs.get', {})).toEqual({
      meStaffId: null,
      clock: 'system',
      ideasPanel: 'open',
      reminders: 'on',
    });
    expect(existsSync(join(store.dir, PREFS_FILE))).toBe(false);
  });

  it('round-trips through prefs.json beside the database, and survives a reopen', async () => {
    const ana = await store.call('staff.create', { name: 'Ana Ruiz' });
    const settingsBefore = await store.call('settings.get', {});
    expect(await store.call('prefs.update', { meStaffId: ana.id, clock: '24h' })).toEqual({
      meStaffId: ana.id,
      clock: '24h',
      ideasPanel: 'open',
      reminders: 'on',
    });
    expect(await store.call('prefs.update', { ideasPanel: 'closed' })).toEqual({
      meStaffId: ana.id,
      clock: '24h',
      ideasPanel: 'closed',
      reminders: 'on',
    });
    expect(prefsOnDisk()).toEqual({
      meStaffId: ana.id,
      clock: '24h',
      ideasPanel: 'closed',
      reminders: 'on',
    });
    // Prefs are not practice data: the shared settings did not change.
    expect(await store.call('settings.get', {})).toEqual(settingsBefore);
    store.reopen();
    expect(await store.call('prefs.get', {})).toEqual({
      meStaffId: ana.id,
      clock: '24h',
      ideasPanel: 'closed',
      reminders: 'on',
    });
    expect(await store.call('prefs.update', { meStaffId: null })).toMatchObject({
      meStaffId: null,
    });
  });

  it.each([
    [{ meStaffId: crypto.randomUUID() }, 'meStaffId', 'No staff member with this id'],
    [{ meStaffId: 'ana' }, 'meStaffId', undefined],
    [{ clock: '36h' }, 'clock', 'Clock must be system, 12h or 24h'],
    [{ ideasPanel: 'half' }, 'ideasPanel', 'Ideas panel must be open or closed'],
    [{ theme: 'dark' }, 'theme', 'Unknown field'],
  ])('refuses %j and leaves the file as it was', async (input, field, message) => {
    await store.call('prefs.update', { clock: '12h' });
    const file = readFileSync(join(store.dir, PREFS_FILE), 'utf8');
    const error = await store.refuse('prefs.update', input);
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty(field);
    if (message) expect(error.fields?.[field]).toBe(message);
    expect(readFileSync(join(store.dir, PREFS_FILE), 'utf8')).toBe(file);
  });

  it('reads a removed person as nobody, and a damaged file as the defaults', async () => {
    writeFileSync(
      join(store.dir, PREFS_FILE),
      JSON.stringify({ meStaffId: crypto.randomUUID(), clock: '12h', ideasPanel: 'sideways' }),
    );
    expect(await store.call('prefs.get', {})).toEqual({
      meStaffId: null,
      clock: '12h',
      ideasPanel: 'open',
      reminders: 'on',
    });
    writeFileSync(join(store.dir, PREFS_FILE), '{ not json');
    expect(await store.call('prefs.get', {})).toEqual({
      meStaffId: null,
      clock: 'system',
      ideasPanel: 'open',
      reminders: 'on',
    });
  });

  it('writes atomically: no temp file is left behind', async () => {
    await store.call('prefs.update', { clock: '24h' });
    await store.call('prefs.update', { clock: '12h' });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(store.dir).filter((f) => f.startsWith(PREFS_FILE))).toEqual([PREFS_FILE]);
  });
});

describe('adopting the legacy "who am I" from settings', () => {
  async function legacyStore() {
    const ana = await store.call('staff.create', { name: 'Ana Ruiz' });
    await store.call('settings.get', {});
    store.db.prepare('UPDATE settings SET me_staff_id = ? WHERE id = 1').run(ana.id);
    return ana;
  }
  const legacyColumn = () =>
    (
      store.db.prepare('SELECT me_staff_id FROM settings WHERE id = 1').get() as {
        me_staff_id: string | null;
      }
    ).me_staff_id;

  it('moves settings.me_staff_id into prefs.json when the store opens, and clears the column', async () => {
    const ana = await legacyStore();
    rmSync(join(store.dir, PREFS_FILE), { force: true });
    store.reopen();
    expect(prefsOnDisk()).toMatchObject({ meStaffId: ana.id });
    expect(legacyColumn()).toBeNull();
    expect(await store.call('prefs.get', {})).toMatchObject({ meStaffId: ana.id });
    // The column stays in the schema, unused.
    const columns = store.db.prepare('PRAGMA table_info(settings)').all() as { name: string }[];
    expect(columns.map((c) => c.name)).toContain('me_staff_id');
  });

  it('keeps a choice already in prefs.json, and keeps its other prefs', async () => {
    const ben = await store.call('staff.create', { name: 'Ben Okafor' });
    await store.call('prefs.update', { meStaffId: ben.id, clock: '24h' });
    await legacyStore();
    store.reopen();
    expect(await store.call('prefs.get', {})).toEqual({
      meStaffId: ben.id,
      clock: '24h',
      ideasPanel: 'open',
      reminders: 'on',
    });
    expect(legacyColumn()).toBeNull();
  });

  it('fills in a prefs file that has other prefs but nobody chosen', async () => {
    await store.call('prefs.update', { ideasPanel: 'closed' });
    const ana = await legacyStore();
    store.reopen();
    expect(prefsOnDisk()).toEqual({
      meStaffId: ana.id,
      clock: 'system',
      ideasPanel: 'closed',
      reminders: 'on',
    });
  });
});

describe('transactions', () => {
  it('lands 50 concurrent creates, one at a time', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.dispatch('posts.create', { title: `Idea ${i}` })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const backlog = await store.call('posts.backlog', {});
    expect(backlog).toHaveLength(50);
    expect(new Set(backlog.map((p) => p.title)).size).toBe(50);
  });

  it('lets exactly one of many concurrent updates of the same version win', async () => {
    const post = await store.call('posts.create', { title: 'Team lunch' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.dispatch('posts.update', { id: post.id, version: 1, title: `Edit ${i}` }),
      ),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'conflict')).toHaveLength(19);
    expect(await store.call('posts.get', { id: post.id })).toMatchObject({ version: 2 });
  });

  it('does not let a slow handler interleave with the calls after it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = mergeHandlers({
      ...handlers,
      'posts.create': async (tx, input, ctx) => {
        const created = await handlers['posts.create'](tx, input, ctx);
        await gate; // another call arrives while this transaction is open
        return created;
      },
    });
    const slowDispatch = createDispatch(store.store, {
      prefsDir: store.dir,
      handlers: slow,
      log: () => {},
    });
    const first = slowDispatch('posts.create', { title: 'Slow' });
    const second = store.dispatch('posts.backlog', {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    expect(await first).toMatchObject({ ok: true });
    // The backlog read waited for the slow create to commit, so it sees it.
    expect(await second).toMatchObject({ ok: true, data: [{ title: 'Slow' }] });
  });

  it('rolls back a handler that throws after an await following a write; later calls still run', async () => {
    const before = store.snapshot();
    const failing = mergeHandlers({
      ...handlers,
      'staff.create': async (tx, input, ctx) => {
        await handlers['staff.create'](tx, input, ctx);
        await new Promise((resolve) => setTimeout(resolve, 5));
        throw new Error('disk on fire');
      },
    });
    const dispatch = createDispatch(store.store, {
      prefsDir: store.dir,
      handlers: failing,
      log: () => {},
    });
    const [failed, ok] = await Promise.all([
      dispatch('staff.create', { name: 'Ana Ruiz' }),
      dispatch('posts.create', { title: 'Still fine' }),
    ]);
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(ok).toMatchObject({ ok: true });
    expect(await store.call('staff.list', {})).toEqual([]);
    await store.call('posts.delete', { id: (ok as { data: { id: string } }).data.id });
    await store.call('posts.emptyTrash', {});
    expect(JSON.parse(store.snapshot())).toEqual(JSON.parse(before));
  });

  it('rolls back a transaction whose work rejects, and commits one that resolves', async () => {
    await expect(
      store.store.transaction(async (tx) => {
        await tx.staff.insert({
          name: 'Ghost',
          role: '',
          color: '#123456',
          birthday: null,
          startedOn: null,
          funFact: '',
          active: true,
        });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(store.db.inTransaction).toBe(false);
    const kept = await store.store.transaction((tx) =>
      tx.posts.insert(blankPost({ title: 'Kept', status: 'idea' })),
    );
    expect(await store.call('staff.list', {})).toEqual([]);
    expect((await store.call('posts.get', { id: kept.id })).title).toBe('Kept');
  });
});
