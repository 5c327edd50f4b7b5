// The ranges an export offers (this week, next week, a month, chosen days) in the practice's
// zone and week, and the kind chosen per tool, remembered in this computer's prefs.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREFS_FILE } from '../../electron/store/prefs';
import {
  initialDays,
  rangeOf,
  rangeProblem,
  type RangeChoice,
} from '../../renderer/features/handoff/export-range';
import { tempStore, type TempStore } from './helpers/temp-db';

/** Wednesday 9 December 2026, 10:00 in New York. */
const WEDNESDAY = new Date('2026-12-09T15:00:00.000Z');
const NEW_YORK = { zone: 'America/New_York', weekStartsOn: 1 };
const days = { month: '2026-12', firstDay: '2026-12-20', lastDay: '2026-12-31' };
const choice = (kind: RangeChoice['kind'], over: Partial<RangeChoice> = {}): RangeChoice => ({
  kind,
  ...days,
  ...over,
});

describe('export ranges', () => {
  it('reckons this week and next week from the practice’s week start, in its zone', () => {
    expect(rangeOf(choice('this_week'), NEW_YORK, WEDNESDAY)).toEqual({
      from: '2026-12-07T05:00:00.000Z',
      to: '2026-12-14T05:00:00.000Z',
    });
    expect(rangeOf(choice('next_week'), NEW_YORK, WEDNESDAY)).toEqual({
      from: '2026-12-14T05:00:00.000Z',
      to: '2026-12-21T05:00:00.000Z',
    });
    // A practice whose week starts on Sunday, in Tokyo (already Thursday there at 00:00).
    const tokyo = { zone: 'Asia/Tokyo', weekStartsOn: 7 };
    expect(rangeOf(choice('next_week'), tokyo, WEDNESDAY)).toEqual({
      from: '2026-12-12T15:00:00.000Z',
      to: '2026-12-19T15:00:00.000Z',
    });
  });

  it('gives a month, and chosen days with both ends included, across a clock change', () => {
    expect(rangeOf(choice('month'), NEW_YORK, WEDNESDAY)).toEqual({
      from: '2026-12-01T05:00:00.000Z',
      to: '2027-01-01T05:00:00.000Z',
    });
    const march = choice('custom', { firstDay: '2027-03-13', lastDay: '2027-03-14' });
    expect(rangeOf(march, NEW_YORK, WEDNESDAY)).toEqual({
      from: '2027-03-13T05:00:00.000Z',
      to: '2027-03-15T04:00:00.000Z',
    });
  });

  it('says in words what is wrong with chosen days', () => {
    expect(rangeProblem(choice('custom'))).toBeNull();
    expect(rangeProblem(choice('custom', { lastDay: '2026-12-19' }))).toBe(
      'The last day must not be before the first',
    );
    expect(rangeProblem(choice('custom', { firstDay: '' }))).toBe(
      'Choose the first and the last day',
    );
    expect(rangeProblem(choice('custom', { lastDay: '2028-01-31' }))).toBe(
      'At most 400 days at a time',
    );
    expect(rangeProblem(choice('month', { lastDay: '' }))).toBeNull();
    expect(initialDays('America/New_York', WEDNESDAY)).toEqual({
      month: '2026-12',
      firstDay: '2026-12-09',
      lastDay: '2026-12-22',
    });
  });
});

describe('the range kind per tool, in prefs.json', () => {
  let store: TempStore;
  beforeEach(() => {
    store = tempStore();
  });
  afterEach(() => store.cleanup());

  it('remembers each tool’s kind across a reopen', async () => {
    expect((await store.call('prefs.get', {})).exportRanges).toBeUndefined();
    const ranges = { buffer: 'next_week', hootsuite: 'month', ics: 'custom' } as const;
    expect(await store.call('prefs.update', { exportRanges: ranges })).toMatchObject({
      exportRanges: ranges,
      clock: 'system',
    });
    store.reopen();
    expect((await store.call('prefs.get', {})).exportRanges).toEqual(ranges);
  });

  it('refuses an unknown kind or tool and leaves the file as it was', async () => {
    await store.call('prefs.update', { exportRanges: { buffer: 'this_week' } });
    const file = readFileSync(join(store.dir, PREFS_FILE), 'utf8');
    const kind = await store.refuse('prefs.update', { exportRanges: { buffer: 'fortnight' } });
    expect(kind.fields).toEqual({
      'exportRanges.buffer': 'Range must be this week, next week, a month or chosen days',
    });
    const tool = await store.refuse('prefs.update', { exportRanges: { later: 'month' } });
    expect(tool.fields).toEqual({ 'exportRanges.later': 'Unknown field' });
    expect(readFileSync(join(store.dir, PREFS_FILE), 'utf8')).toBe(file);
  });

  it('drops a kind it does not understand in the file, keeping the others', async () => {
    writeFileSync(
      join(store.dir, PREFS_FILE),
      JSON.stringify({ clock: '24h', exportRanges: { buffer: 'fortnight', ics: 'month' } }),
    );
    expect(await store.call('prefs.get', {})).toMatchObject({
      clock: '24h',
      exportRanges: { ics: 'month' },
    });
    expect((await store.call('prefs.get', {})).exportRanges?.buffer).toBeUndefined();
  });
});
