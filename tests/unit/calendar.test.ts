import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { onDayKeepingTime, stepDate, visibleRange } from '../../shared/calendar';

const NY = 'America/New_York';

describe('visibleRange', () => {
  it('covers whole weeks around a month, starting on the practice’s week start', () => {
    // March 2026 starts on a Sunday; with Monday starts the grid begins on Feb 23.
    const monday = visibleRange('month', '2026-03-15T12:00:00.000Z', NY, 1);
    expect(monday.from).toBe('2026-02-23T05:00:00.000Z');
    expect(monday.to).toBe('2026-04-06T04:00:00.000Z'); // after DST: UTC-4
    const sunday = visibleRange('month', '2026-03-15T12:00:00.000Z', NY, 7);
    expect(sunday.from).toBe('2026-03-01T05:00:00.000Z');
  });

  it('spans one local week across the DST change (167 hours, not 168)', () => {
    const { from, to } = visibleRange('week', '2026-03-10T12:00:00.000Z', NY, 1);
    expect(from).toBe('2026-03-09T04:00:00.000Z');
    const week = visibleRange('week', '2026-03-05T12:00:00.000Z', NY, 1);
    expect(week.from).toBe('2026-03-02T05:00:00.000Z');
    expect(Date.parse(week.to) - Date.parse(week.from)).toBe(167 * 3600_000);
    expect(to).toBe('2026-03-16T04:00:00.000Z');
  });

  it('gives a single local day and a 30-day agenda', () => {
    expect(visibleRange('day', '2026-07-04T03:00:00.000Z', NY, 1)).toEqual({
      from: '2026-07-03T04:00:00.000Z',
      to: '2026-07-04T04:00:00.000Z',
    });
    const agenda = visibleRange('agenda', '2026-07-04T16:00:00.000Z', NY, 1);
    expect(Date.parse(agenda.to) - Date.parse(agenda.from)).toBe(30 * 86_400_000);
  });
});

describe('onDayKeepingTime', () => {
  it('keeps a 9:00 post at 9:00 when moved across the DST change', () => {
    const nineBefore = DateTime.fromISO('2026-03-05T09:00', { zone: NY }).toUTC().toISO()!;
    expect(nineBefore).toBe('2026-03-05T14:00:00.000Z');
    const targetDay = DateTime.fromISO('2026-03-12T00:00', { zone: NY }).toJSDate();
    const moved = onDayKeepingTime(targetDay, nineBefore, NY);
    expect(moved).toBe('2026-03-12T13:00:00.000Z');
    expect(DateTime.fromISO(moved, { zone: NY }).toFormat('HH:mm')).toBe('09:00');
  });

  it('puts an undated idea at 10:00 local', () => {
    const day = DateTime.fromISO('2026-11-26T00:00', { zone: 'Europe/Paris' }).toJSDate();
    expect(onDayKeepingTime(day, null, 'Europe/Paris')).toBe('2026-11-26T09:00:00.000Z');
  });
});

describe('stepDate', () => {
  it('moves by the period of the view', () => {
    const start = DateTime.fromISO('2026-01-31T10:00', { zone: NY }).toJSDate();
    const next = DateTime.fromJSDate(stepDate('month', start, 1, NY), { zone: NY });
    expect(next.toISODate()).toBe('2026-02-28');
    const back = DateTime.fromJSDate(stepDate('week', start, -1, NY), { zone: NY });
    expect(back.toISODate()).toBe('2026-01-24');
  });
});
