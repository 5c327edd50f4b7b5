import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract';
import { createDispatch, handlers, mergeHandlers } from '../../electron/api';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

const at = (iso: string) => new Date(iso).toISOString();

describe('settings', () => {
  it('starts with sensible defaults and saves a patch', async () => {
    const initial = await store.call('settings.get', {});
    expect(initial.practiceName).toBe('');
    expect(initial.weekStartsOn).toBe(1);
    const saved = await store.call('settings.update', {
      version: initial.version,
      practiceName: '  Lumen Aesthetics ',
      timezone: 'America/New_York',
    });
    expect(saved).toMatchObject({ practiceName: 'Lumen Aesthetics', timezone: 'America/New_York' });
  });

  it.each([
    [{ version: 1, timezone: 'Mars/Olympus_Mons' }, 'timezone'],
    [{ version: 1, weekStartsOn: 0 }, 'weekStartsOn'],
    [{ version: 1, weekStartsOn: '1' }, 'weekStartsOn'],
    [{ version: 1, practiceName: 'x'.repeat(121) }, 'practiceName'],
    [{ version: 1, colour: 'blue' }, 'colour'],
  ])('refuses %j and changes nothing', async (input, field) => {
    const before = store.snapshot();
    const error = await store.refuse('settings.update', input);
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty(field);
    expect(error.message).toMatch(/^Please check/);
    expect(store.snapshot()).toBe(before);
  });
});

describe('staff', () => {
  it('creates, lists, updates and archives (never deletes)', async () => {
    const ana = await store.call('staff.create', {
      name: 'Ana Ruiz',
      role: 'Nurse injector',
      birthday: '04-17',
    });
    expect(ana.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(ana.active).toBe(true);
    const ben = await store.call('staff.create', { name: 'Ben Okafor' });
    expect(ben.color).not.toBe(ana.color);
    const renamed = await store.call('staff.update', {
      id: ana.id,
      version: ana.version,
      role: 'Lead nurse',
    });
    expect(renamed).toMatchObject({ name: 'Ana Ruiz', role: 'Lead nurse', birthday: '04-17' });
    await store.call('staff.archive', { id: ben.id });
    expect((await store.call('staff.list', { includeArchived: false })).map((s) => s.name)).toEqual(
      ['Ana Ruiz'],
    );
    expect((await store.call('staff.list', {})).map((s) => [s.name, s.active])).toEqual([
      ['Ana Ruiz', true],
      ['Ben Okafor', false],
    ]);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'Cleo', birthday: '02-30' }, 'birthday'],
    [{ name: 'Cleo', startedOn: '2024-13-01' }, 'startedOn'],
    [{ name: 'Cleo', color: 'red' }, 'color'],
    [{ name: 42 }, 'name'],
  ])('refuses %j', async (input, field) => {
    const before = store.snapshot();
    const error = await store.refuse('staff.create', input);
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty(field);
    expect(store.snapshot()).toBe(before);
  });

  it('answers not_found for an unknown id', async () => {
    expect((await store.refuse('staff.archive', { id: crypto.randomUUID() })).code).toBe(
      'not_found',
    );
  });
});

describe('posts', () => {
  it('creates an idea with defaults and finds it in the backlog, not in a range', async () => {
    const idea = await store.call('posts.create', { title: 'Coffee run with the front desk' });
    expect(idea).toMatchObject({
      category: 'other',
      status: 'idea',
      scheduledAt: null,
      ownerId: null,
      platforms: [],
      version: 1,
      deletedAt: null,
    });
    expect((await store.call('posts.backlog', {})).map((p) => p.id)).toEqual([idea.id]);
    expect(
      await store.call('posts.listRange', { from: at('2026-01-01'), to: at('2026-02-01') }),
    ).toEqual([]);
  });

  it('keeps every field through a round trip', async () => {
    const ana = await store.call('staff.create', { name: 'Ana' });
    const post = await store.call('posts.create', {
      title: 'Meet Ana',
      category: 'staff_spotlight',
      status: 'draft',
      scheduledAt: '2026-03-10T14:00:00.000Z',
      ownerId: ana.id,
      caption: 'Say hi to Ana!',
      platformCaptions: { x: 'Hi Ana!' },
      platforms: ['instagram_feed', 'x'],
      hashtags: ['#TeamTuesday', 'nurse_life'],
      notes: 'Photo by the window',
      featuredStaffIds: [ana.id],
    });
    expect(await store.call('posts.get', { id: post.id })).toMatchObject({
      platformCaptions: { x: 'Hi Ana!' },
      platforms: ['instagram_feed', 'x'],
      hashtags: ['TeamTuesday', 'nurse_life'],
      featuredStaffIds: [ana.id],
    });
    const march = await store.call('posts.listRange', {
      from: at('2026-03-01'),
      to: at('2026-04-01'),
    });
    expect(march.map((p) => p.title)).toEqual(['Meet Ana']);
  });

  it('updates with the version last seen, and refuses a stale version without changing anything', async () => {
    const post = await store.call('posts.create', { title: 'Team lunch' });
    const moved = await store.call('posts.update', {
      id: post.id,
      version: 1,
      scheduledAt: '2026-03-12T17:00:00.000Z',
    });
    expect(moved.version).toBe(2);
    expect(moved.title).toBe('Team lunch');
    const before = store.snapshot();
    const error = await store.refuse('posts.update', { id: post.id, version: 1, title: 'Stale' });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed elsewhere/);
    expect(store.snapshot()).toBe(before);
  });

  it('keeps per-platform captions when a platform is unticked', async () => {
    const post = await store.call('posts.create', {
      title: 'Thank you, nurses',
      platforms: ['x'],
      platformCaptions: { x: 'Short version' },
    });
    const saved = await store.call('posts.update', { id: post.id, version: 1, platforms: [] });
    expect(saved.platforms).toEqual([]);
    expect(saved.platformCaptions).toEqual({ x: 'Short version' });
  });

  it('soft-deletes to the trash and restores', async () => {
    const post = await store.call('posts.create', {
      title: 'Clinic birthday',
      scheduledAt: '2026-05-05T15:00:00.000Z',
    });
    const range = { from: at('2026-05-01'), to: at('2026-06-01') };
    const trashed = await store.call('posts.delete', { id: post.id });
    expect(trashed.deletedAt).not.toBeNull();
    expect(await store.call('posts.listRange', range)).toEqual([]);
    expect(
      (await store.refuse('posts.update', { id: post.id, version: trashed.version, title: 'x' }))
        .code,
    ).toBe('not_found');
    const restored = await store.call('posts.restore', { id: post.id });
    expect(restored.deletedAt).toBeNull();
    expect((await store.call('posts.listRange', range)).map((p) => p.id)).toEqual([post.id]);
  });

  it('refuses an archived or unknown owner', async () => {
    const ben = await store.call('staff.create', { name: 'Ben' });
    await store.call('staff.archive', { id: ben.id });
    const before = store.snapshot();
    const archived = await store.refuse('posts.create', { title: 'x', ownerId: ben.id });
    expect(archived.code).toBe('invalid_input');
    expect(archived.message).toMatch(/Ben is archived/);
    expect(
      (await store.refuse('posts.create', { title: 'x', ownerId: crypto.randomUUID() })).fields,
    ).toHaveProperty('ownerId');
    expect(store.snapshot()).toBe(before);
  });

  it('lets a past post keep an owner who was archived later', async () => {
    const ben = await store.call('staff.create', { name: 'Ben' });
    const post = await store.call('posts.create', { title: 'x', ownerId: ben.id });
    await store.call('staff.archive', { id: ben.id });
    const saved = await store.call('posts.update', { id: post.id, version: 1, title: 'y' });
    expect(saved.ownerId).toBe(ben.id);
  });

  it.each([
    ['missing title', { category: 'education' }, 'title'],
    ['wrong type', { title: 7 }, 'title'],
    ['oversized caption', { title: 'x', caption: 'a'.repeat(70_000) }, 'caption'],
    ['unknown platform', { title: 'x', platforms: ['myspace'] }, 'platforms.0'],
    ['duplicate platform', { title: 'x', platforms: ['x', 'x'] }, 'platforms'],
    ['local time', { title: 'x', scheduledAt: '2026-03-09T09:00' }, 'scheduledAt'],
    ['bad hashtag', { title: 'x', hashtags: ['no spaces please'] }, 'hashtags.0'],
    ['unknown field', { title: 'x', colour: 'red' }, 'colour'],
  ])('refuses a %s and changes nothing', async (_what, input, field) => {
    const before = store.snapshot();
    const error = await store.refuse('posts.create', input);
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty(field);
    expect(store.snapshot()).toBe(before);
  });

  it('refuses a backwards or too wide range', async () => {
    expect(
      (await store.refuse('posts.listRange', { from: at('2026-02-01'), to: at('2026-01-01') }))
        .code,
    ).toBe('invalid_input');
    expect(
      (await store.refuse('posts.listRange', { from: at('2020-01-01'), to: at('2026-01-01') }))
        .code,
    ).toBe('invalid_input');
  });

  it('answers not_found for unknown ids and unknown channels', async () => {
    expect((await store.refuse('posts.get', { id: crypto.randomUUID() })).code).toBe('not_found');
    expect((await store.refuse('posts.restore', { id: crypto.randomUUID() })).code).toBe(
      'not_found',
    );
    const unknown = await store.refuse('posts.publishEverywhere', {});
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toMatch(/posts\.publishEverywhere/);
  });

  it('refuses a non-object input', async () => {
    expect((await store.refuse('posts.get', 'abc')).code).toBe('invalid_input');
    expect((await store.refuse('posts.create', null)).fields).toHaveProperty('title');
  });
});

describe('the handler registry', () => {
  it('has exactly one handler per contract channel', async () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('throws when a channel is registered twice', async () => {
    expect(() => mergeHandlers(handlers, { 'posts.get': handlers['posts.get'] })).toThrow(
      /registered twice/,
    );
  });

  it('rolls back every write of a handler that fails halfway', async () => {
    const before = store.snapshot();
    const failing = mergeHandlers({
      ...handlers,
      'posts.create': async (tx, input, ctx) => {
        await handlers['posts.create'](tx, input, ctx);
        throw new Error('disk on fire');
      },
    });
    const dispatch = createDispatch(store.store, {
      prefsDir: store.dir,
      handlers: failing,
      log: () => {},
    });
    const result = await dispatch('posts.create', { title: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/disk on fire/);
    expect(store.snapshot()).toBe(before);
  });
});
