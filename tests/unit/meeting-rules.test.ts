import { describe, expect, it } from 'vitest';
import {
  actionAgeWeeks,
  addWeeks,
  isIsoWeek,
  isoWeekOfDate,
  isoWeekOfInstant,
  itemsForWeek,
  showsInWeek,
  weekDays,
  weekMonday,
  weekRange,
  weeksBetween,
} from '../../shared/meeting';

describe('ISO weeks', () => {
  it('accepts real weeks and refuses the rest', () => {
    expect(isIsoWeek('2026-W48')).toBe(true);
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2021-W53')).toBe(false);
    expect(isIsoWeek('2026-W00')).toBe(false);
    expect(isIsoWeek('2026-W5')).toBe(false);
    expect(isIsoWeek('2026-48')).toBe(false);
    expect(isIsoWeek('2026-W48 ')).toBe(false);
  });

  it('formats dates into weeks across year ends', () => {
    expect(isoWeekOfDate('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOfDate('2026-11-29')).toBe('2026-W48');
    expect(isoWeekOfDate('2026-11-30')).toBe('2026-W49');
    expect(isoWeekOfDate('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOfDate('2024-12-30')).toBe('2025-W01');
  });

  it('reads an instant in the practice zone', () => {
    // Monday 30 Nov 02:00 UTC is still Sunday evening in New York.
    expect(isoWeekOfInstant('2026-11-30T02:00:00.000Z', 'America/New_York')).toBe('2026-W48');
    expect(isoWeekOfInstant('2026-11-30T02:00:00.000Z', 'Europe/Berlin')).toBe('2026-W49');
  });

  it('gives the days, the range and the distance', () => {
    expect(weekMonday('2026-W48')).toBe('2026-11-23');
    expect(weekDays('2026-W48')).toHaveLength(7);
    expect(weekDays('2026-W48').at(-1)).toBe('2026-11-29');
    expect(addWeeks('2026-W52', 2)).toBe('2027-W01');
    expect(addWeeks('2026-W01', -1)).toBe('2025-W52');
    expect(weeksBetween('2026-W50', '2027-W02')).toBe(5);
    expect(weekRange('2026-W48', 'America/New_York', 2)).toEqual({
      from: '2026-11-23T05:00:00.000Z',
      to: '2026-12-07T05:00:00.000Z',
    });
    // A week over the spring DST change is 167 hours long.
    const r = weekRange('2026-W10', 'America/New_York');
    expect((Date.parse(r.to) - Date.parse(r.from)) / 3_600_000).toBe(167);
  });
});

describe('carry-over', () => {
  const item = (week: string, doneOn: string | null = null, createdAt = '1') => ({
    week,
    done: doneOn !== null,
    doneOn,
    createdAt,
  });

  it('keeps open items of earlier weeks until done, with their age', () => {
    expect(showsInWeek(item('2026-W45'), '2026-W48')).toBe(true);
    expect(actionAgeWeeks(item('2026-W45'), '2026-W48')).toBe(3);
    expect(showsInWeek(item('2026-W49'), '2026-W48')).toBe(false);
    expect(showsInWeek(item('2026-W45', '2026-11-10'), '2026-W48')).toBe(false);
    // Closed during the week: shown once more, as done.
    expect(showsInWeek(item('2026-W45', '2026-11-24'), '2026-W48')).toBe(true);
    expect(showsInWeek(item('2026-W48', '2026-11-24'), '2026-W48')).toBe(true);
    // Closed later: a past week still shows it, as it stood then.
    expect(showsInWeek(item('2026-W45', '2026-12-02'), '2026-W48')).toBe(true);
    expect(showsInWeek(item('2026-W45', '2026-12-02'), '2026-W50')).toBe(false);
  });

  it('lists carried-over items first, oldest first', () => {
    const items = [
      item('2026-W48', null, 'a'),
      item('2026-W47', null, 'b'),
      item('2026-W46', null, 'c'),
    ];
    expect(itemsForWeek(items, '2026-W48').map((i) => i.createdAt)).toEqual(['c', 'b', 'a']);
  });
});
