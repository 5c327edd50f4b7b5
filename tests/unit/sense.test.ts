// "No junk, no absurd dates": every date the contract takes is bounded to the planner's years,
// staff cannot start in the future, the database itself refuses dates SQLite cannot read, a
// `__proto__` field is named in the refusal, and initials skip titles.
import * as clock from '../../shared/clock';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initials } from '../../shared/staff';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

describe('dates outside 2000–2100 are refused by the contract', () => {
  it.each([
    ['sample.load', { today: '9999-12-31' }, 'today'],
    ['sample.load', { today: '0000-01-01' }, 'today'],
    ['sample.load', { today: '1999-12-31' }, 'today'],
    ['sample.load', { today: '2101-01-01' }, 'today'],
    ['posts.create', { title: 'Far', scheduledAt: '2101-01-01T00:00:00.000Z' }, 'scheduledAt'],
    ['posts.create', { title: 'Old', scheduledAt: '1999-12-31T23:59:59.999Z' }, 'scheduledAt'],
    [
      'posts.listRange',
      { from: '9999-01-01T00:00:00.000Z', to: '9999-02-01T00:00:00.000Z' },
      'from',
    ],
    ['staff.workload', { from: '0001-01-01T00:00:00.000Z' }, 'from'],
    ['staff.create', { name: 'Ana', color: '#1d6fa5', startedOn: '0202-01-01' }, 'startedOn'],
  ])('%s %j: invalid_input naming %s, nothing changed', async (channel, input, field) => {
    const before = store.snapshot();
    const error = await store.refuse(channel, input);
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty(field);
    expect(error.message).toContain(field);
    expect(store.snapshot()).toBe(before);
  });

  it('says which years are allowed', async () => {
    const error = await store.refuse('posts.create', {
      title: 'Far',
      scheduledAt: '2200-06-01T10:00:00.000Z',
    });
    expect(error.fields?.scheduledAt).toBe('Dates must fall between 2000-01-01 and 2100-12-31');
  });

  it('takes the first and last moments of the planner’s years', async () => {
    for (const at of ['2000-01-01T00:00:00.000Z', '2100-12-31T23:59:59.999Z']) {
      const post = await store.call('posts.create', { title: 'Edge', scheduledAt: at });
      expect(post.scheduledAt).toBe(at);
    }
  });

  it('refuses a sample month that would spill outside the years, and loads one inside', async () => {
    const before = store.snapshot();
    const error = await store.refuse('sample.load', { today: '2100-12-30' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty('today');
    expect(store.snapshot()).toBe(before);
    await expect(store.call('sample.load', { today: '2026-12-01' })).resolves.toMatchObject({
      posts: expect.any(Number),
    });
  });
});

describe('staff start dates', () => {
  const tomorrow = () => clock.nowIn('UTC').plus({ days: 2 }).toISODate()!;

  it('refuses a start date in the future on create and update, and changes nothing', async () => {
    const before = store.snapshot();
    const error = await store.refuse('staff.create', {
      name: 'Ana',
      color: '#1d6fa5',
      startedOn: tomorrow(),
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { startedOn: expect.any(String) },
    });
    expect(store.snapshot()).toBe(before);

    const ana = await store.call('staff.create', {
      name: 'Ana',
      color: '#1d6fa5',
      startedOn: '1998-04-01',
    });
    const again = store.snapshot();
    const refused = await store.refuse('staff.update', {
      id: ana.id,
      version: ana.version,
      startedOn: tomorrow(),
    });
    expect(refused.fields).toHaveProperty('startedOn');
    expect(store.snapshot()).toBe(again);
  });

  it('the handler checks today in the practice’s zone, past the contract’s day of slack', async () => {
    // Pacific/Kiritimati is UTC+14, Pacific/Pago_Pago UTC-11: "tomorrow" in UTC may still be
    // the future there.
    const settings = await store.call('settings.get', {});
    await store.call('settings.update', {
      version: settings.version,
      timezone: 'Pacific/Pago_Pago',
    });
    const theirTomorrow = clock.nowIn('Pacific/Pago_Pago').plus({ days: 1 }).toISODate()!;
    const error = await store.refuse('staff.create', {
      name: 'Ana',
      color: '#1d6fa5',
      startedOn: theirTomorrow,
    });
    expect(error.fields?.startedOn).toBe('Start date cannot be in the future');
  });
});

describe('the database refuses dates SQLite cannot read (raw SQL)', () => {
  const insertPost = (scheduledAt: string | null) =>
    store.db
      .prepare(
        `INSERT INTO posts (id, title, category, status, scheduled_at, created_at, updated_at)
         VALUES (?, 'Raw', 'other', 'idea', ?, '2026-01-01', '2026-01-01')`,
      )
      .run(randomUUID(), scheduledAt);

  it.each([
    '+10000-01-01T00:00:00.000Z',
    '+010000-01-01T00:00:00.000Z',
    '-000001-01-01T00:00:00.000Z',
    '0000-01-01T00:00:00.000Z',
    '9999-12-31T00:00:00.000Z',
    'garbage',
    '',
    '2026-02-30T10:00:00.000Z',
  ])('posts.scheduled_at %j', (value) => {
    expect(() => insertPost(value)).toThrow(/scheduled_at/);
  });

  it('still takes a readable date and no date', () => {
    expect(() => insertPost('2026-12-09T15:00:00.000Z')).not.toThrow();
    expect(() => insertPost(null)).not.toThrow();
  });

  it('refuses moving a post to an unreadable date', () => {
    const id = randomUUID();
    store.db
      .prepare(
        `INSERT INTO posts (id, title, category, status, scheduled_at, created_at, updated_at)
         VALUES (?, 'Raw', 'other', 'idea', '2026-12-09T15:00:00.000Z', 'x', 'x')`,
      )
      .run(id);
    expect(() =>
      store.db
        .prepare('UPDATE posts SET scheduled_at = ? WHERE id = ?')
        .run('+010000-01-01T00:00:00.000Z', id),
    ).toThrow(/scheduled_at/);
  });

  it.each([
    ['started_on', '+10000-01-01'],
    ['started_on', 'garbage'],
    ['started_on', '-0001-01-01'],
    ['birthday', '02-30'],
    ['birthday', 'xx'],
  ])('staff.%s %j', (column, value) => {
    expect(() =>
      store.db
        .prepare(
          `INSERT INTO staff (id, name, color, ${column}, created_at, updated_at)
           VALUES (?, 'Raw', '#1d6fa5', ?, 'x', 'x')`,
        )
        .run(randomUUID(), value),
    ).toThrow(/readable dates/);
  });
});

describe('a field named __proto__', () => {
  it('is refused with a message naming it, and changes nothing', async () => {
    const before = store.snapshot();
    const input = JSON.parse('{"title": "Hi", "__proto__": {"x": 1}}') as unknown;
    const error = await store.refuse('posts.create', input);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Please check: __proto__: Unknown field.');
    expect(Object.keys(error.fields!)).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(error)).fields).toEqual(
      JSON.parse('{"__proto__": "Unknown field"}'),
    );
    expect(store.snapshot()).toBe(before);
  });
});

describe('initials', () => {
  it.each([
    ['Dr. Amelia Hart', 'AH'],
    ['Dr Amelia Hart', 'AH'],
    ['dr. amelia hart', 'AH'],
    ['Mr. John Smith', 'JS'],
    ['Mrs Jane Doe', 'JD'],
    ['Ms. Lee Park', 'LP'],
    ['Prof. Dr. Ines Vogel', 'IV'],
    ['Maria del Carmen Ruiz', 'MR'],
    ['Dr. Hart', 'HA'],
    ['Dr.', 'DR'],
    ['Drew Barry', 'DB'],
    ['  ', '?'],
  ])('%j → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
