import * as clock from '../../shared/clock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(async () => {
  store = tempStore();
  const s = await store.call('settings.get', {});
  await store.call('settings.update', { version: s.version, timezone: 'America/New_York' });
});
afterEach(() => store.cleanup());

const local = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'America/New_York' }).toFormat('yyyy-MM-dd HH:mm');

describe('moments', () => {
  it('lists birthdays and anniversaries in the practice zone, 29 Feb on 28 Feb', async () => {
    await store.call('staff.create', { name: 'Ana', birthday: '02-29', startedOn: '2020-02-10' });
    const ben = await store.call('staff.create', { name: 'Ben', birthday: '02-14' });
    await store.call('staff.archive', { id: ben.id });
    const moments = await store.call('moments.listRange', {
      from: '2027-02-01T05:00:00.000Z',
      to: '2027-03-01T05:00:00.000Z',
    });
    expect(moments.map((m) => [m.name, m.kind, m.date, m.years])).toEqual([
      ['Ana', 'anniversary', '2027-02-10', 7],
      ['Ana', 'birthday', '2027-02-28', null],
    ]);
    const soon = await store.call('moments.comingUp', { today: '2027-02-20' });
    expect(soon.map((m) => m.date)).toEqual(['2027-02-28']);
  });

  it('plans a celebration draft, owner preselected; never for someone who said no', async () => {
    const ana = await store.call('staff.create', { name: 'Ana', birthday: '05-10' });
    const me = await store.call('staff.create', { name: 'Me' });
    await store.call('prefs.update', { meStaffId: me.id });
    const post = await store.call('moments.planPost', {
      staffId: ana.id,
      kind: 'birthday',
      date: '2027-05-10',
      daysBefore: 2,
    });
    expect(post).toMatchObject({
      category: 'celebration',
      status: 'draft',
      ownerId: me.id,
      featuredStaffIds: [ana.id],
    });
    expect(post.title).toMatch(/Ana/);
    expect(post.caption).toMatch(/Ana/);
    expect(post.caption).not.toMatch(/\{name\}/);
    expect(local(post.scheduledAt!)).toBe('2027-05-08 10:00');

    const shy = await store.call('staff.update', {
      id: ana.id,
      version: ana.version,
      celebratePublicly: false,
    });
    expect(shy.celebratePublicly).toBe(false);
    const moments = await store.call('moments.comingUp', { today: '2027-05-01' });
    expect(moments).toEqual([expect.objectContaining({ name: 'Ana', celebratePublicly: false })]);
    const before = store.snapshot();
    const refused = await store.refuse('moments.planPost', {
      staffId: ana.id,
      kind: 'birthday',
      date: '2027-05-10',
    });
    expect(refused.code).toBe('invalid_input');
    expect(refused.fields).toHaveProperty('staffId');
    const wrongDay = await store.refuse('moments.planPost', {
      staffId: me.id,
      kind: 'birthday',
      date: '2027-05-10',
    });
    expect(wrongDay.fields).toHaveProperty('date');
    expect(store.snapshot()).toBe(before);
  });
});

describe('spotlights', () => {
  it('suggests the never-featured first and fills a month, one a week, round-robin owners', async () => {
    const names = ['Ana', 'Ben', 'Cy', 'Di'];
    const people = [];
    for (const name of names) people.push(await store.call('staff.create', { name }));
    await store.call('posts.create', {
      title: 'Spotlight Ben',
      category: 'staff_spotlight',
      status: 'published',
      scheduledAt: '2026-01-05T15:00:00.000Z',
      featuredStaffIds: [people[1]!.id],
    });
    const order = await store.call('spotlight.suggest', { from: '2026-02-01T00:00:00.000Z' });
    expect(order.map((s) => s.name)).toEqual(['Ana', 'Cy', 'Di', 'Ben']);
    expect(order[3]!.lastFeaturedAt).toBe('2026-01-05T15:00:00.000Z');

    const input = { from: '2030-03-01', to: '2030-03-31', weekday: 3, time: '11:00' };
    const before = store.snapshot();
    const preview = await store.call('spotlight.fillPreview', input);
    expect(store.snapshot()).toBe(before);
    expect(preview.map((p) => p.date)).toEqual([
      '2030-03-06',
      '2030-03-13',
      '2030-03-20',
      '2030-03-27',
    ]);
    expect(new Set(preview.map((p) => p.staffId)).size).toBe(4);
    const created = await store.call('spotlight.fill', input);
    expect(created).toHaveLength(4);
    expect(created.every((p) => p.category === 'staff_spotlight' && p.status === 'draft')).toBe(
      true,
    );
    expect(created.map((p) => local(p.scheduledAt!).slice(11))).toEqual([
      '11:00',
      '11:00',
      '11:00',
      '11:00',
    ]);
    expect(new Set(created.map((p) => p.ownerId)).size).toBe(4);
    expect(created.every((p) => p.ownerId !== p.featuredStaffIds[0])).toBe(true);
    // Filling again makes nothing on days that already have one.
    expect(await store.call('spotlight.fillPreview', input)).toEqual([]);

    const bad = await store.refuse('spotlight.fill', { ...input, weekday: 8 });
    expect(bad.fields).toHaveProperty('weekday');
  });

  it('keeps the cadence as a setting', async () => {
    const s = await store.call('rhythm.getSettings', {});
    expect(s).toMatchObject({ spotlightWeeks: 8, instagramHashtagLimit: 30 });
    expect(s.mixTargets.promotion).toBeLessThanOrEqual(0.1);
    const saved = await store.call('rhythm.updateSettings', {
      version: s.version,
      spotlightWeeks: 6,
    });
    expect(saved.spotlightWeeks).toBe(6);
    const before = store.snapshot();
    const refused = await store.refuse('rhythm.updateSettings', {
      version: saved.version,
      mixTargets: { promotion: 0.9 },
    });
    expect(refused.fields).toHaveProperty('mixTargets');
    expect(
      (await store.refuse('rhythm.updateSettings', { version: saved.version, spotlightWeeks: 0 }))
        .fields,
    ).toHaveProperty('spotlightWeeks');
    expect(
      (await store.refuse('rhythm.updateSettings', { version: 1, spotlightWeeks: 3 })).code,
    ).toBe('conflict');
    expect(store.snapshot()).toBe(before);
  });
});

describe('series', () => {
  const weekly = {
    title: 'Team Tuesday',
    category: 'behind_the_scenes' as const,
    startOn: '2026-10-13',
    time: '09:00',
    rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8',
  };

  it('creates every occurrence at 09:00 across the DST change, as real posts', async () => {
    const { series, posts } = await store.call('series.create', weekly);
    expect(series.rule).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=8');
    expect(posts).toHaveLength(8);
    expect(posts.map((p) => local(p.scheduledAt!).slice(11))).toEqual(Array(8).fill('09:00'));
    expect(new Set(posts.map((p) => p.scheduledAt!.slice(11, 13)))).toEqual(new Set(['13', '14']));
    expect(posts.every((p) => p.seriesId === series.id)).toBe(true);
    const listed = await store.call('posts.listRange', {
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-12-31T00:00:00.000Z',
    });
    expect(listed.filter((p) => p.seriesId === series.id)).toHaveLength(8);
  });

  it('edits this one, this and following (a split), and all', async () => {
    const [a, b] = [
      await store.call('staff.create', { name: 'Ana' }),
      await store.call('staff.create', { name: 'Ben' }),
    ];
    const created = await store.call('series.create', { ...weekly, ownerIds: [a.id, b.id] });
    expect(created.posts.map((p) => p.ownerId)).toEqual([
      a.id,
      b.id,
      a.id,
      b.id,
      a.id,
      b.id,
      a.id,
      b.id,
    ]);
    let { series } = created;

    // This one: only that post changes, and moving its time detaches it.
    const one = await store.call('series.update', {
      id: series.id,
      version: series.version,
      scope: 'this',
      from: '2026-10-20',
      title: 'Team Tuesday: bake-off',
      time: '12:00',
    });
    expect(one.posts.map((p) => p.title).filter((t) => t.includes('bake-off'))).toHaveLength(1);
    series = one.series;

    // This and following from 3 Nov: the first three stay, the rest move to a new series.
    const later = await store.call('series.update', {
      id: series.id,
      version: series.version,
      scope: 'following',
      from: '2026-11-03',
      title: 'Team Tuesday (winter)',
      rule: weekly.rule,
      ownerIds: [a.id, b.id],
      time: '10:30',
    });
    expect(later.series.id).not.toBe(series.id);
    expect(later.series.rule).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=5');
    // The rule sent back unchanged (as a form does) still counts what is left.
    expect(later.series.title).toBe('Team Tuesday (winter)');
    expect(later.posts).toHaveLength(5);
    expect(later.posts.every((p) => p.title === 'Team Tuesday (winter)')).toBe(true);
    expect(later.posts.map((p) => local(p.scheduledAt!).slice(11))).toEqual(Array(5).fill('10:30'));
    const earlier = await store.call('series.get', { id: series.id });
    expect(earlier.series.endOn).toBe('2026-11-02');
    expect(earlier.posts).toHaveLength(3);
    expect(earlier.posts.map((p) => local(p.scheduledAt!).slice(11))).toEqual([
      '09:00',
      '12:00',
      '09:00',
    ]);

    // All of the earlier part: the detached one keeps its time, the title changes on all.
    const all = await store.call('series.update', {
      id: series.id,
      version: earlier.series.version,
      scope: 'all',
      title: 'Tuesday with the team',
      time: '08:15',
    });
    expect(all.posts.map((p) => p.title)).toEqual(Array(3).fill('Tuesday with the team'));
    expect(all.posts.map((p) => local(p.scheduledAt!).slice(11))).toEqual([
      '08:15',
      '12:00',
      '08:15',
    ]);

    // Moving a post by hand detaches it too.
    const moved = all.posts[2]!;
    await store.call('posts.update', {
      id: moved.id,
      version: moved.version,
      scheduledAt: '2026-10-28T20:00:00.000Z',
    });
    const again = await store.call('series.update', {
      id: series.id,
      version: all.series.version,
      scope: 'all',
      time: '07:00',
    });
    expect(again.posts.map((p) => local(p.scheduledAt!).slice(11))).toEqual([
      '07:00',
      '12:00',
      '16:00',
    ]);

    // Skipping one is a status; it is neither recreated nor changed.
    const skip = again.posts[0]!;
    await store.call('posts.update', { id: skip.id, version: skip.version, status: 'skipped' });
    const stale = await store.refuse('series.update', {
      id: series.id,
      version: all.series.version,
      scope: 'all',
      title: 'x',
    });
    expect(stale.code).toBe('conflict');
  });

  it('deletes this one, following or all (to the trash), and never recreates them', async () => {
    const { series } = await store.call('series.create', weekly);
    expect(
      await store.call('series.delete', { id: series.id, scope: 'this', from: '2026-10-20' }),
    ).toEqual({ removed: 1 });
    expect(
      await store.call('series.delete', { id: series.id, scope: 'following', from: '2026-11-17' }),
    ).toEqual({ removed: 3 });
    const left = await store.call('series.get', { id: series.id });
    expect(left.posts.map((p) => p.scheduledAt!.slice(0, 10))).toEqual([
      '2026-10-13',
      '2026-10-27',
      '2026-11-03',
      '2026-11-10',
    ]);
    expect(left.series.endOn).toBe('2026-11-16');
    expect(await store.call('series.delete', { id: series.id, scope: 'all' })).toEqual({
      removed: 4,
    });
    expect((await store.refuse('series.get', { id: series.id })).code).toBe('not_found');
    expect((await store.call('posts.trash', {})).length).toBe(8);
  });

  it('keeps an open-ended series filled months ahead, and covers monthly and yearly rules', async () => {
    const today = clock.nowIn('America/New_York').toISODate()!;
    const { series, posts } = await store.call('series.create', {
      title: 'Myth-busting Monday',
      startOn: today,
      time: '09:00',
      rule: 'FREQ=MONTHLY;BYDAY=2TU',
      monthsAhead: 6,
    });
    expect(posts.length).toBeGreaterThanOrEqual(5);
    expect(posts.length).toBeLessThanOrEqual(7);
    expect(await store.call('series.topUp', {})).toEqual({ created: 0 });
    const more = await store.call('series.update', {
      id: series.id,
      version: series.version,
      scope: 'all',
      monthsAhead: 12,
    });
    expect(more.posts.length).toBeGreaterThanOrEqual(11);
    const yearly = await store.call('series.create', {
      title: 'Practice birthday',
      startOn: '2027-06-01',
      time: '09:00',
      rule: 'FREQ=YEARLY;COUNT=3',
    });
    expect(yearly.posts.map((p) => p.scheduledAt!.slice(0, 10))).toEqual([
      '2027-06-01',
      '2028-06-01',
      '2029-06-01',
    ]);
  });

  it.each([
    [{ rule: 'FREQ=HOURLY' }, 'rule'],
    [{ rule: 'FREQ=WEEKLY;COUNT=0' }, 'rule'],
    [{ time: '9am' }, 'time'],
    [{ startOn: '2026-02-30' }, 'startOn'],
    [{ endOn: '2026-01-01' }, 'endOn'],
    [{ ownerIds: ['00000000-0000-4000-8000-000000000000'] }, 'ownerIds'],
    [{ monthsAhead: 99 }, 'monthsAhead'],
    [{ title: ' ' }, 'title'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses a bad series %j and changes nothing', async (patch, field) => {
    const before = store.snapshot();
    const error = await store.refuse('series.create', { ...weekly, ...patch });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toHaveProperty(field);
    expect(store.snapshot()).toBe(before);
  });

  it('needs the occurrence date for this / following', async () => {
    const { series } = await store.call('series.create', weekly);
    const error = await store.refuse('series.update', {
      id: series.id,
      version: 1,
      scope: 'this',
      title: 'x',
    });
    expect(error.fields).toHaveProperty('from');
    const noDay = await store.refuse('series.delete', {
      id: series.id,
      scope: 'this',
      from: '2026-10-14',
    });
    expect(noDay.fields).toHaveProperty('from');
  });
});

describe('voice, mix, prompts and hashtag groups', () => {
  it('flags the hard sell gently and leaves warm words alone', async () => {
    const findings = await store.call('voice.check', {
      text: 'Book now — 20% off this week only!',
    });
    expect(findings.map((f) => f.kind)).toEqual(['pressure', 'pressure', 'pressure']);
    expect(await store.call('voice.check', { text: 'Happy birthday, Ana!' })).toEqual([]);
  });

  it('reports the mix of scheduled posts against the targets', async () => {
    for (const category of ['promotion', 'promotion', 'education'] as const) {
      await store.call('posts.create', {
        title: 'x',
        category,
        scheduledAt: '2026-05-05T14:00:00.000Z',
      });
    }
    await store.call('posts.create', { title: 'idea', category: 'promotion' });
    const report = await store.call('mix.report', {
      from: '2026-05-01T00:00:00.000Z',
      to: '2026-06-01T00:00:00.000Z',
    });
    expect(report.total).toBe(3);
    expect(report.rows.find((r) => r.category === 'promotion')).toMatchObject({
      count: 2,
      verdict: 'over',
    });
    expect(report.notes.some((n) => /over target/.test(n))).toBe(true);
  });

  it('lists 60+ built-in prompts plus the practice’s own, which can be edited and hidden', async () => {
    const all = await store.call('prompts.list', {});
    expect(all.filter((p) => p.builtIn).length).toBeGreaterThanOrEqual(60);
    const mine = await store.call('prompts.create', {
      category: 'team_event',
      text: 'Our {name} picnic',
    });
    const edited = await store.call('prompts.update', {
      id: mine.id,
      version: mine.version,
      text: 'Picnic with {name}',
    });
    expect(edited.text).toBe('Picnic with {name}');
    await store.call('prompts.update', { id: mine.id, version: edited.version, hidden: true });
    expect((await store.call('prompts.list', {})).some((p) => p.id === mine.id)).toBe(false);
    expect(
      (await store.call('prompts.list', { includeHidden: true })).some((p) => p.id === mine.id),
    ).toBe(true);
    expect(
      (await store.refuse('prompts.create', { category: 'team_event', text: '' })).fields,
    ).toHaveProperty('text');
  });

  it('saves named hashtag groups, unique by name', async () => {
    const g = await store.call('hashtagGroups.create', {
      name: 'Team',
      hashtags: ['#TeamTuesday', 'smile'],
    });
    expect(g.hashtags).toEqual(['TeamTuesday', 'smile']);
    const before = store.snapshot();
    expect(
      (await store.refuse('hashtagGroups.create', { name: 'team', hashtags: ['x'] })).fields,
    ).toHaveProperty('name');
    expect(
      (await store.refuse('hashtagGroups.create', { name: 'Other', hashtags: [] })).fields,
    ).toHaveProperty('hashtags');
    expect(
      (await store.refuse('hashtagGroups.create', { name: 'Other', hashtags: ['no spaces'] })).code,
    ).toBe('invalid_input');
    expect(store.snapshot()).toBe(before);
    const renamed = await store.call('hashtagGroups.update', {
      id: g.id,
      version: g.version,
      name: 'Our team',
    });
    expect(renamed.name).toBe('Our team');
    expect(await store.call('hashtagGroups.delete', { id: g.id })).toEqual({ removed: true });
    expect(await store.call('hashtagGroups.list', {})).toEqual([]);
  });
});

describe('the database itself refuses what the contract would', () => {
  it('checks series rows, prompt rows and the celebrate flag', () => {
    const now = clock.now().toISOString();
    expect(() =>
      store.db
        .prepare(
          `INSERT INTO series (id, title, category, local_time, rule, start_on, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-000000000001', 'x', 'other', '25:00', 'FREQ=WEEKLY', '2026-01-01', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/CHECK/);
    expect(() =>
      store.db
        .prepare(
          `INSERT INTO custom_prompts (id, category, text, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-000000000001', 'nope', 'x', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/FOREIGN KEY/);
    expect(() => store.db.prepare('UPDATE staff SET celebrate_publicly = 2').run()).not.toThrow();
    store.db
      .prepare(
        `INSERT INTO staff (id, name, color, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000002', 'A', '#1d6fa5', ?, ?)`,
      )
      .run(now, now);
    expect(() => store.db.prepare('UPDATE staff SET celebrate_publicly = 2').run()).toThrow(
      /CHECK/,
    );
  });
});
