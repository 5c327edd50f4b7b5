// Changing the practice's time zone: keep clock times (posts move in time) or keep instants
// (the shown times change), with the count told first; across daylight-saving changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sameClockTime, showsDifferently, timezoneImpact } from '../../shared/timezone-change';
import { tempStore, type TempStore } from './helpers/temp-db';

describe('sameClockTime', () => {
  it.each([
    // 10:00 in London (winter, UTC+0) → 10:00 in New York (winter, UTC-5).
    ['2026-01-15T10:00:00.000Z', 'Europe/London', 'America/New_York', '2026-01-15T15:00:00.000Z'],
    // Summer: 10:00 BST (UTC+1) → 10:00 EDT (UTC-4).
    ['2026-07-15T09:00:00.000Z', 'Europe/London', 'America/New_York', '2026-07-15T14:00:00.000Z'],
    // Between the two DST changes (US moved on 8 March, Europe on 29 March 2026): 10:00 GMT
    // → 10:00 EDT.
    ['2026-03-20T10:00:00.000Z', 'Europe/London', 'America/New_York', '2026-03-20T14:00:00.000Z'],
    // 02:30 does not exist in New York on 8 March 2026: it moves forward to 03:30 EDT.
    ['2026-03-08T02:30:00.000Z', 'UTC', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // 01:30 happens twice in New York on 1 November 2026: the first (EDT) is taken.
    ['2026-11-01T01:30:00.000Z', 'UTC', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    // The same zone: nothing moves.
    ['2026-06-01T12:00:00.000Z', 'Europe/Paris', 'Europe/Paris', '2026-06-01T12:00:00.000Z'],
  ])('%s in %s → same clock time in %s = %s', (iso, from, to, expected) => {
    expect(sameClockTime(iso, from, to)).toBe(expected);
  });

  it('keeps the local date and time exactly (outside gaps)', () => {
    const moved = sameClockTime('2026-12-09T15:00:00.000Z', 'America/New_York', 'Asia/Tokyo');
    expect(moved).toBe('2026-12-09T01:00:00.000Z'); // 10:00 in Tokyo
  });
});

describe('timezoneImpact', () => {
  const posts = [
    { id: 'winter', scheduledAt: '2026-01-15T10:00:00.000Z' },
    { id: 'summer', scheduledAt: '2026-07-15T10:00:00.000Z' },
  ];

  it('counts posts that move and posts whose shown time changes', () => {
    // London and Lisbon share their offsets all year: nothing moves, nothing shows differently.
    expect(timezoneImpact(posts, 'Europe/London', 'Europe/Lisbon')).toEqual({
      dated: 2,
      clockMoves: 0,
      instantShifts: 0,
    });
    // UTC → London: only the summer post (BST) differs.
    expect(timezoneImpact(posts, 'UTC', 'Europe/London')).toEqual({
      dated: 2,
      clockMoves: 1,
      instantShifts: 1,
    });
    expect(showsDifferently(posts[0]!.scheduledAt, 'UTC', 'Europe/London')).toBe(false);
  });
});

describe('settings.timezonePreview and settings.changeTimezone', () => {
  let store: TempStore;
  beforeEach(() => {
    store = tempStore();
  });
  afterEach(() => store.cleanup());

  async function plan() {
    const settings = await store.call('settings.get', {});
    await store.call('settings.update', { version: settings.version, timezone: 'Europe/London' });
    const winter = await store.call('posts.create', {
      title: 'Winter',
      scheduledAt: '2026-01-15T10:00:00.000Z',
    });
    const summer = await store.call('posts.create', {
      title: 'Summer',
      scheduledAt: '2026-07-15T09:00:00.000Z', // 10:00 BST
    });
    const trashed = await store.call('posts.create', {
      title: 'Trashed',
      scheduledAt: '2026-02-01T10:00:00.000Z',
    });
    await store.call('posts.delete', { id: trashed.id });
    await store.call('posts.create', { title: 'Idea' });
    return { winter, summer, trashed, version: (await store.call('settings.get', {})).version };
  }

  it('previews without changing anything', async () => {
    await plan();
    const before = store.snapshot();
    expect(await store.call('settings.timezonePreview', { timezone: 'America/New_York' })).toEqual({
      from: 'Europe/London',
      dated: 2,
      clockMoves: 2,
      instantShifts: 2,
    });
    expect(store.snapshot()).toBe(before);
  });

  it('keep clock: posts show the same date and time in the new zone, trash included', async () => {
    const { winter, summer, trashed, version } = await plan();
    const result = await store.call('settings.changeTimezone', {
      version,
      timezone: 'America/New_York',
      keep: 'clock',
    });
    expect(result).toEqual({ moved: 2 });
    const get = (id: string) => store.call('posts.get', { id });
    expect((await get(winter.id)).scheduledAt).toBe('2026-01-15T15:00:00.000Z');
    expect((await get(summer.id)).scheduledAt).toBe('2026-07-15T14:00:00.000Z');
    expect((await get(trashed.id)).scheduledAt).toBe('2026-02-01T15:00:00.000Z');
    expect((await get(winter.id)).version).toBe(winter.version + 1);
    expect((await store.call('settings.get', {})).timezone).toBe('America/New_York');
  });

  it('keep instant: nothing moves, and it says how many show another time', async () => {
    const { winter, version } = await plan();
    const result = await store.call('settings.changeTimezone', {
      version,
      timezone: 'America/New_York',
      keep: 'instant',
    });
    expect(result).toEqual({ moved: 2 });
    const after = await store.call('posts.get', { id: winter.id });
    expect(after).toMatchObject({ scheduledAt: winter.scheduledAt, version: winter.version });
  });

  it('refuses a stale version or a bad choice and changes nothing', async () => {
    const { version } = await plan();
    const before = store.snapshot();
    const stale = await store.refuse('settings.changeTimezone', {
      version: version - 1,
      timezone: 'America/New_York',
      keep: 'clock',
    });
    expect(stale.code).toBe('conflict');
    const bad = await store.refuse('settings.changeTimezone', {
      version,
      timezone: 'Mars/Olympus',
      keep: 'both',
    });
    expect(bad.fields).toMatchObject({ timezone: expect.any(String), keep: expect.any(String) });
    expect(store.snapshot()).toBe(before);
  });
});
