import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import {
  celebrationDay,
  celebrationTitle,
  comingUp,
  localDateSpan,
  momentsBetween,
  monthDayIn,
  type MomentStaffLike,
} from '../../shared/rhythm/moments';
import { planSpotlights, spotlightCounts, spotlightOrder } from '../../shared/rhythm/spotlight';
import {
  dayBefore,
  describeRule,
  expandSeries,
  fillHorizon,
  isBounded,
  rotate,
  ruleProblem,
  withCount,
  withoutEnd,
} from '../../shared/rhythm/series';
import { DEFAULT_MIX_TARGETS, mixReport, targetsProblem } from '../../shared/rhythm/mix';
import { hashtagFindings, insertGroup } from '../../shared/rhythm/hashtags';
import { fillPrompt, nextPrompt, readPromptLibrary } from '../../shared/rhythm/prompts';

const person = (over: Partial<MomentStaffLike> & { id: string }): MomentStaffLike => ({
  name: over.id,
  birthday: null,
  startedOn: null,
  active: true,
  celebratePublicly: true,
  ...over,
});

describe('moments', () => {
  it('puts 29 February on 28 February outside leap years', () => {
    expect(monthDayIn('02-29', 2027)).toBe('2027-02-28');
    expect(monthDayIn('02-29', 2028)).toBe('2028-02-29');
    expect(monthDayIn('02-29', 2100)).toBe('2100-02-28');
    expect(monthDayIn('02-29', 2000)).toBe('2000-02-29');
    const leapling = [person({ id: 'a', birthday: '02-29', startedOn: '2024-02-29' })];
    expect(momentsBetween(leapling, '2027-02-01', '2027-03-31')).toEqual([
      expect.objectContaining({ kind: 'anniversary', date: '2027-02-28', years: 3 }),
      expect.objectContaining({ kind: 'birthday', date: '2027-02-28', years: null }),
    ]);
    expect(momentsBetween(leapling, '2028-02-29', '2028-02-29').map((m) => m.kind)).toEqual([
      'anniversary',
      'birthday',
    ]);
  });

  it('counts anniversary years, skips the start year itself and archived staff', () => {
    const staff = [
      person({ id: 'ana', name: 'Ana', startedOn: '2020-03-15' }),
      person({ id: 'ben', name: 'Ben', startedOn: '2026-03-15', birthday: '03-20' }),
      person({ id: 'old', name: 'Old', birthday: '03-16', active: false }),
    ];
    const found = momentsBetween(staff, '2026-03-01', '2026-03-31');
    expect(found.map((m) => [m.name, m.kind, m.date, m.years])).toEqual([
      ['Ana', 'anniversary', '2026-03-15', 6],
      ['Ben', 'birthday', '2026-03-20', null],
    ]);
  });

  it('spans a year end and reads an instant range in the practice zone', () => {
    const staff = [person({ id: 'a', birthday: '12-31' }), person({ id: 'b', birthday: '01-01' })];
    expect(momentsBetween(staff, '2026-12-28', '2027-01-03').map((m) => m.date)).toEqual([
      '2026-12-31',
      '2027-01-01',
    ]);
    // A month view in New York: local midnight to local midnight.
    expect(
      localDateSpan('2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z', 'America/New_York'),
    ).toEqual(['2026-03-01', '2026-03-31']);
  });

  it('lists the next 30 days, keeps private people marked, and words drafts', () => {
    const staff = [
      person({ id: 'a', name: 'Ana', birthday: '04-10' }),
      person({ id: 'b', name: 'Bo', birthday: '05-20', celebratePublicly: false }),
      person({ id: 'c', name: 'Cy', birthday: '06-30' }),
    ];
    const soon = comingUp(staff, '2026-04-25');
    expect(soon.map((m) => [m.name, m.celebratePublicly])).toEqual([['Bo', false]]);
    expect(celebrationDay({ date: '2026-03-02' }, 3)).toBe('2026-02-27');
    expect(celebrationTitle({ kind: 'birthday', name: 'Ana', years: null })).toMatch(/Ana/);
    expect(celebrationTitle({ kind: 'anniversary', name: 'Ana', years: 1 })).toMatch(/1 year /);
    expect(celebrationTitle({ kind: 'anniversary', name: 'Ana', years: 5 })).toMatch(/5 years/);
  });
});

const spot = (staffId: string, scheduledAt: string, status = 'published', over = {}) => ({
  category: 'staff_spotlight',
  status,
  scheduledAt,
  deletedAt: null,
  featuredStaffIds: [staffId],
  ...over,
});

describe('spotlight rotation', () => {
  const now = '2026-06-01T12:00:00.000Z';
  it('counts approved or published, or scheduled in the past; never skipped or deleted', () => {
    expect(spotlightCounts(spot('a', '2026-07-01T09:00:00.000Z', 'approved'), now)).toBe(true);
    expect(spotlightCounts(spot('a', '2026-07-01T09:00:00.000Z', 'draft'), now)).toBe(false);
    expect(spotlightCounts(spot('a', '2026-05-01T09:00:00.000Z', 'draft'), now)).toBe(true);
    expect(spotlightCounts(spot('a', '2026-05-01T09:00:00.000Z', 'skipped'), now)).toBe(false);
    expect(
      spotlightCounts(spot('a', '2026-05-01T09:00:00.000Z', 'published', { deletedAt: now }), now),
    ).toBe(false);
    expect(
      spotlightCounts(
        spot('a', '2026-05-01T09:00:00.000Z', 'published', { category: 'other' }),
        now,
      ),
    ).toBe(false);
  });

  it('orders never-featured first (by name), then longest since, with overdue flags', () => {
    const staff = ['Cy', 'Ana', 'Bo', 'Di', 'Ed'].map((n) => ({ id: n, name: n, active: true }));
    staff.push({ id: 'Zed', name: 'Zed', active: false });
    const posts = [
      spot('Bo', '2026-01-10T09:00:00.000Z'),
      spot('Bo', '2026-05-20T09:00:00.000Z'),
      spot('Cy', '2026-03-01T09:00:00.000Z'),
      spot('Di', '2026-02-01T09:00:00.000Z'),
      spot('Di', '2026-06-20T09:00:00.000Z', 'draft'),
    ];
    const order = spotlightOrder(staff, posts, now, 8);
    expect(order.map((s) => s.staffId)).toEqual(['Ana', 'Ed', 'Di', 'Cy', 'Bo']);
    const by = Object.fromEntries(order.map((s) => [s.staffId, s]));
    expect(by.Ana!.lastFeaturedAt).toBeNull();
    expect(by.Ana!.overdue).toBe(true);
    expect(by.Bo!.overdue).toBe(false);
    expect(by.Cy!.overdue).toBe(true); // 1 March + 8 weeks < 1 June
    expect(by.Di!.nextSpotlightAt).toBe('2026-06-20T09:00:00.000Z');
    expect(by.Di!.overdue).toBe(true); // next one is after the date it was due
    expect(by.Bo!.dueBy).toBe('2026-07-15T09:00:00.000Z');
  });

  it('fills one spotlight a week for the most overdue, owners round-robin', () => {
    const staff = ['Ana', 'Bo', 'Cy'].map((n) => ({ id: n, name: n, active: true }));
    const order = spotlightOrder(staff, [spot('Ana', '2026-05-01T09:00:00.000Z')], now, 8);
    const plan = planSpotlights({
      from: '2026-06-01',
      to: '2026-06-30',
      weekday: 2,
      time: '09:30',
      zone: 'Europe/Berlin',
      order,
      owners: ['Ana', 'Bo', 'Cy'],
    });
    expect(plan.map((p) => p.date)).toEqual([
      '2026-06-02',
      '2026-06-09',
      '2026-06-16',
      '2026-06-23',
      '2026-06-30',
    ]);
    expect(plan.map((p) => p.staffId)).toEqual(['Bo', 'Cy', 'Ana', 'Bo', 'Cy']);
    expect(plan.every((p) => p.ownerId !== p.staffId)).toBe(true);
    expect(plan[0]!.scheduledAt).toBe('2026-06-02T07:30:00.000Z');
    const skipped = planSpotlights({
      from: '2026-06-01',
      to: '2026-06-14',
      weekday: 2,
      time: '09:30',
      zone: 'UTC',
      order,
      owners: [],
      takenDays: new Set(['2026-06-02']),
    });
    expect(skipped).toEqual([expect.objectContaining({ date: '2026-06-09', ownerId: null })]);
  });
});

describe('series', () => {
  it('keeps 09:00 at 09:00 across a daylight-saving change, in the practice zone', () => {
    const occ = expandSeries(
      { startOn: '2026-10-13', time: '09:00', rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8', endOn: null },
      'America/New_York',
      '2027-12-31',
    );
    expect(occ).toHaveLength(8);
    expect(occ.map((o) => o.date)).toEqual([
      '2026-10-13',
      '2026-10-20',
      '2026-10-27',
      '2026-11-03',
      '2026-11-10',
      '2026-11-17',
      '2026-11-24',
      '2026-12-01',
    ]);
    for (const o of occ) {
      expect(DateTime.fromISO(o.scheduledAt, { zone: 'America/New_York' }).toFormat('HH:mm')).toBe(
        '09:00',
      );
    }
    expect(occ[0]!.scheduledAt).toBe('2026-10-13T13:00:00.000Z');
    expect(occ[3]!.scheduledAt).toBe('2026-11-03T14:00:00.000Z');
    const berlin = expandSeries(
      { startOn: '2026-03-20', time: '09:00', rule: 'FREQ=WEEKLY;BYDAY=FR;COUNT=3', endOn: null },
      'Europe/Berlin',
      '2026-12-31',
    );
    expect(berlin.map((o) => o.scheduledAt)).toEqual([
      '2026-03-20T08:00:00.000Z',
      '2026-03-27T08:00:00.000Z',
      '2026-04-03T07:00:00.000Z',
    ]);
  });

  it('covers intervals, several weekdays, monthly by date and by "second Tuesday", yearly', () => {
    const dates = (rule: string, horizon = '2026-12-31', startOn = '2026-01-01') =>
      expandSeries({ startOn, time: '10:00', rule, endOn: null }, 'UTC', horizon).map(
        (o) => o.date,
      );
    expect(dates('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', '2026-02-10')).toEqual([
      '2026-01-12',
      '2026-01-26',
      '2026-02-09',
    ]);
    expect(dates('FREQ=WEEKLY;BYDAY=MO,TH', '2026-01-12')).toEqual([
      '2026-01-01',
      '2026-01-05',
      '2026-01-08',
      '2026-01-12',
    ]);
    expect(dates('FREQ=MONTHLY;BYMONTHDAY=15', '2026-03-31')).toEqual([
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
    ]);
    expect(dates('FREQ=MONTHLY;BYDAY=2TU', '2026-03-31')).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
    ]);
    expect(dates('FREQ=YEARLY', '2028-12-31', '2026-05-04')).toEqual([
      '2026-05-04',
      '2027-05-04',
      '2028-05-04',
    ]);
    expect(dates('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260120T235959Z')).toEqual([
      '2026-01-06',
      '2026-01-13',
      '2026-01-20',
    ]);
    // An end date stops it, whichever comes first.
    expect(
      expandSeries(
        { startOn: '2026-01-01', time: '10:00', rule: 'FREQ=WEEKLY;BYDAY=TH', endOn: '2026-01-15' },
        'UTC',
        '2026-12-31',
      ).map((o) => o.index),
    ).toEqual([0, 1, 2]);
  });

  it('refuses rules a series cannot take, with a reason', () => {
    expect(ruleProblem('FREQ=WEEKLY;BYDAY=TU;COUNT=8')).toBeNull();
    expect(ruleProblem('RRULE:FREQ=MONTHLY;BYDAY=2TU')).toBeNull();
    expect(ruleProblem('')).toMatch(/empty/);
    expect(ruleProblem('FREQ=HOURLY')).toMatch(/WEEKLY/);
    expect(ruleProblem('BYDAY=TU')).toMatch(/FREQ/);
    expect(ruleProblem('FREQ=WEEKLY;BYHOUR=9')).toMatch(/BYHOUR/);
    expect(ruleProblem('FREQ=WEEKLY;COUNT=0')).toMatch(/COUNT/);
    expect(ruleProblem('FREQ=WEEKLY;COUNT=3;UNTIL=20270101T000000Z')).toMatch(/not both/);
    expect(ruleProblem('FREQ=WEEKLY;BYDAY=XX')).toMatch(/RFC 5545/);
    expect(ruleProblem('nonsense')).toMatch(/KEY=VALUE/);
  });

  it('splits, bounds and rotates', () => {
    expect(withoutEnd('FREQ=WEEKLY;BYDAY=TU;COUNT=8')).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(withCount('FREQ=WEEKLY;UNTIL=20270101T000000Z;BYDAY=TU', 3)).toBe(
      'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
    );
    expect(isBounded({ rule: 'FREQ=WEEKLY', endOn: null })).toBe(false);
    expect(isBounded({ rule: 'FREQ=WEEKLY;COUNT=2', endOn: null })).toBe(true);
    expect(isBounded({ rule: 'FREQ=WEEKLY', endOn: '2026-01-01' })).toBe(true);
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(fillHorizon('2026-01-01', '2026-05-10', 3)).toBe('2026-08-10');
    expect(rotate(['a', 'b'], 3)).toBe('b');
    expect(rotate([], 3)).toBeNull();
    expect(describeRule('FREQ=WEEKLY;BYDAY=TU;COUNT=8')).toMatch(/every week on Tuesday/);
  });
});

describe('content mix', () => {
  it('counts scheduled posts per category against the targets and says what is off', () => {
    const p = (category: 'promotion' | 'education' | 'behind_the_scenes', status = 'draft') => ({
      category,
      status,
      scheduledAt: '2026-01-01T10:00:00.000Z',
      deletedAt: null,
    });
    const report = mixReport(
      [
        p('promotion'),
        p('promotion'),
        p('education'),
        p('behind_the_scenes'),
        p('promotion', 'skipped'),
        { ...p('education'), scheduledAt: null },
      ],
      DEFAULT_MIX_TARGETS,
    );
    expect(report.total).toBe(4);
    const promo = report.rows.find((r) => r.category === 'promotion')!;
    expect(promo).toMatchObject({ count: 2, share: 0.5, verdict: 'over' });
    expect(report.rows.find((r) => r.category === 'staff_spotlight')!.verdict).toBe('under');
    expect(report.notes.join(' ')).toMatch(/Offer \/ promotion is over target: 50%/);
    expect(mixReport([], DEFAULT_MIX_TARGETS).notes).toEqual([
      'Nothing is scheduled in this period yet.',
    ]);
    expect(targetsProblem(DEFAULT_MIX_TARGETS)).toBeNull();
    expect(targetsProblem({ ...DEFAULT_MIX_TARGETS, promotion: 0.5 })).toMatch(/100%/);
    expect(targetsProblem({ ...DEFAULT_MIX_TARGETS, promotion: -1 })).toMatch(/share/);
  });
});

describe('hashtags and prompts', () => {
  it('inserts a group once and counts against each platform’s rule', () => {
    expect(insertGroup(['Team', 'smile'], ['#team', 'Friday', 'friday'])).toEqual([
      'Team',
      'smile',
      'Friday',
    ]);
    const tags = Array.from({ length: 16 }, (_, i) => `t${i}`);
    expect(hashtagFindings(tags, ['instagram_feed', 'youtube_short', 'facebook'])).toEqual([
      expect.objectContaining({ platform: 'youtube_short', limit: 15 }),
    ]);
    expect(hashtagFindings(tags, ['instagram_reel'], 10)).toEqual([
      expect.objectContaining({ platform: 'instagram_reel', count: 16, limit: 10 }),
    ]);
    expect(hashtagFindings(tags, ['instagram_story'], 10)).toEqual([]);
  });

  it('fills {name} and moves to the next prompt of the category', () => {
    expect(fillPrompt('Say hi to {name}! {name} loves tea.', 'Ana')).toBe(
      'Say hi to Ana! Ana loves tea.',
    );
    expect(fillPrompt('Meet {name}', null)).toBe('Meet our team');
    const lib = readPromptLibrary([
      { id: 'a', category: 'celebration', text: 'A' },
      { id: 'b', category: 'celebration', text: 'B' },
      { id: 'c', category: 'education', text: 'C' },
      { id: 'd', category: 'nonsense', text: 'D' },
      { id: 'e', category: 'celebration', text: 'E', hidden: true },
      'junk',
    ]);
    expect(lib.map((p) => p.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(nextPrompt(lib, { category: 'celebration' }, 'a')!.id).toBe('b');
    expect(nextPrompt(lib, { category: 'celebration' }, 'b')!.id).toBe('a');
    expect(nextPrompt(lib, { category: 'team_event' }, null, 2)!.id).toBe('c');
    expect(nextPrompt([], { category: 'team_event' }, null)).toBeNull();
  });
});

describe('series form ⇄ RRULE (renderer helpers)', () => {
  it('builds the rules the dialog offers and reads them back', async () => {
    const { buildRule, formFromSeries, newSeriesForm, nthWeekday, nextMonth, byDate } =
      await import('../../renderer/features/rhythm/rhythm-utils');
    const form = newSeriesForm('2026-10-13', '09:00');
    expect(buildRule(form)).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=8');
    expect(buildRule({ ...form, interval: 2, weekdays: [4, 1], ending: 'never' })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
    );
    expect(buildRule({ ...form, repeat: 'monthly_date', ending: 'on' })).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=13',
    );
    expect(buildRule({ ...form, repeat: 'monthly_nth', ending: 'on' })).toBe(
      'FREQ=MONTHLY;BYDAY=2TU',
    );
    expect(nthWeekday('2026-10-27')).toEqual({ nth: 4, day: 'TU' });
    expect(nthWeekday('2026-09-29')).toEqual({ nth: -1, day: 'TU' });
    expect(buildRule({ ...form, repeat: 'yearly', ending: 'after', count: 3 })).toBe(
      'FREQ=YEARLY;COUNT=3',
    );
    for (const rule of [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'FREQ=MONTHLY;BYDAY=2TU;COUNT=4',
      'FREQ=YEARLY',
    ]) {
      const back = formFromSeries({ ...form, rule, endOn: null, monthsAhead: 3, ownerIds: [] });
      expect(buildRule({ ...back, startOn: '2026-10-13' })).toBe(rule);
    }
    expect(nextMonth('2026-12-15')).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect([...byDate([{ date: 'a' }, { date: 'b' }, { date: 'a' }]).keys()]).toEqual(['a', 'b']);
  });

  it('ships prompts that pass the voice check themselves', async () => {
    const { checkVoice } = await import('../../shared/rhythm/voice');
    const { default: prompts } = await import('../../assets/prompts.json');
    const lib = readPromptLibrary(prompts);
    expect(lib.length).toBeGreaterThanOrEqual(60);
    expect(new Set(lib.map((p) => p.id)).size).toBe(lib.length);
    for (const p of lib) {
      const filled = fillPrompt(p.text, 'Ana', 'Plays the cello.');
      expect([p.text, checkVoice(filled)]).toEqual([p.text, []]);
    }
  });
});
