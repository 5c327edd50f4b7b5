// The practice's working day: where the week and day grids open. Validated by the contract,
// the handler (end after start) and the database itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

describe('working hours', () => {
  it('start at 08:00–18:00 and save a new day', async () => {
    expect(await store.call('settings.get', {})).toMatchObject({
      workdayStart: '08:00',
      workdayEnd: '18:00',
    });
    const saved = await store.call('settings.update', {
      version: 1,
      workdayStart: '07:30',
      workdayEnd: '16:00',
    });
    expect(saved).toMatchObject({ workdayStart: '07:30', workdayEnd: '16:00', version: 2 });
  });

  it('refuse a day that ends before it starts, naming the field, and change nothing', async () => {
    await store.call('settings.get', {});
    const before = store.snapshot();
    const error = await store.refuse('settings.update', { version: 1, workdayEnd: '07:00' });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'The working day must end after it starts.',
      fields: { workdayEnd: 'The working day must end after it starts' },
    });
    const typo = await store.refuse('settings.update', { version: 1, workdayStart: '25:00' });
    expect(typo.fields).toEqual({ workdayStart: 'The working day’s start must look like 08:00' });
    expect(store.snapshot()).toBe(before);
  });

  it('are refused by the database itself when written around the contract', async () => {
    await store.call('settings.get', {});
    expect(() =>
      store.db.prepare("UPDATE settings SET workday_end = '06:00' WHERE id = 1").run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      store.db.prepare("UPDATE settings SET workday_start = 'noon' WHERE id = 1").run(),
    ).toThrow(/CHECK constraint failed/);
  });
});
