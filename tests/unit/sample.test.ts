import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import plan from '../../assets/sample-plan.json';
import { samplePlan, samplePlanSchema, sampleInstant } from '../../electron/api/sample';
import type { Post } from '../../shared/contract';
import { addWeeks, isoWeekOfDate, weekRange } from '../../shared/meeting';
import { isMissed } from '../../shared/posts';
import { CATEGORY_IDS, STATUS_IDS } from '../../shared/vocabulary';
import { tempStore, type TempStore } from './helpers/temp-db';

const ZONE = 'America/New_York';
const TODAY = '2026-03-05'; // DST starts on 2026-03-08 in New York: the month spans it.

let store: TempStore;
beforeEach(async () => {
  store = tempStore();
  await store.call('settings.update', { version: 1, timezone: ZONE });
});
afterEach(() => store.cleanup());

/** Every post, dated (a wide range around TODAY) and undated. */
async function allPosts(): Promise<Post[]> {
  const dated = await store.call('posts.listRange', {
    from: '2025-12-01T00:00:00.000Z',
    to: '2026-06-01T00:00:00.000Z',
  });
  return [...dated, ...(await store.call('posts.backlog', {}))];
}

const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

describe('the sample plan asset', () => {
  it('passes its schema', async () => {
    expect(() => samplePlanSchema.parse(plan)).not.toThrow();
  });

  it('refers only to staff it defines, each key once', async () => {
    const { staff, posts } = samplePlan();
    const keys = staff.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const post of posts) {
      for (const ref of [post.owner, ...post.featured]) {
        if (ref !== null) expect(keys, `${post.title} → ${ref}`).toContain(ref);
      }
    }
    // and the schema itself catches a dangling reference
    const broken = structuredClone(plan);
    broken.posts[0]!.owner = 'nobody';
    expect(samplePlanSchema.safeParse(broken).success).toBe(false);
  });

  it('tells a story that fits its statuses', async () => {
    for (const post of samplePlan().posts) {
      if (post.status === 'published' || post.status === 'skipped') {
        expect(post.when?.day, post.title).toBeLessThan(0);
      }
      if (post.status === 'approved') expect(post.when?.day, post.title).toBeGreaterThan(0);
      if (post.when === null) expect(post.status, post.title).toBe('idea');
    }
  });

  it('gives six staff distinct colours and every role the brief names', async () => {
    const { staff } = samplePlan();
    expect(staff).toHaveLength(6);
    expect(new Set(staff.map((s) => s.color)).size).toBe(6);
    const roles = staff.map((s) => s.role.toLowerCase()).join(' | ');
    for (const role of ['surgeon', 'injector', 'aesthetician', 'front desk', 'manager', 'social']) {
      expect(roles).toContain(role);
    }
  });

  it('notes consent on its patient story', async () => {
    const stories = samplePlan().posts.filter((p) => p.category === 'patient_story');
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) expect(story.notes).toMatch(/consent is on file/i);
  });
});

describe('sample.load', () => {
  it('loads six staff and a month of posts across every category and status', async () => {
    expect(await store.call('sample.status', {})).toEqual({ loaded: false });
    const result = await store.call('sample.load', { today: TODAY });
    const { staff: expectedStaff, posts: expectedPosts } = samplePlan();
    expect(result).toEqual({ staff: 6, posts: expectedPosts.length });
    expect(expectedPosts.length).toBeGreaterThanOrEqual(20);
    expect(await store.call('sample.status', {})).toEqual({ loaded: true });

    const staff = await store.call('staff.list', {});
    expect(staff).toHaveLength(6);
    expect(staff.map((s) => s.name).sort()).toEqual(expectedStaff.map((s) => s.name).sort());
    expect(staff.every((s) => s.active)).toBe(true);

    const posts = await allPosts();
    expect(posts).toHaveLength(expectedPosts.length);
    expect(new Set(posts.map((p) => p.category))).toEqual(new Set(CATEGORY_IDS));
    expect(new Set(posts.map((p) => p.status))).toEqual(new Set(STATUS_IDS));
    const undated = posts.filter((p) => p.scheduledAt === null);
    expect(undated.length).toBeGreaterThanOrEqual(4);
    expect(posts.filter((p) => p.ownerId === null).length).toBeGreaterThanOrEqual(2);

    const ids = new Set(staff.map((s) => s.id));
    for (const post of posts) {
      if (post.ownerId) expect(ids).toContain(post.ownerId);
      for (const id of post.featuredStaffIds) expect(ids).toContain(id);
    }
  });

  it('places times on the practice clock, across the DST change', async () => {
    await store.call('sample.load', { today: TODAY });
    const posts = await allPosts();
    for (const entry of samplePlan().posts) {
      if (!entry.when) continue;
      const post = posts.find((p) => p.title === entry.title)!;
      const at = local(post.scheduledAt!);
      expect(at.toFormat('HH:mm'), entry.title).toBe(entry.when.time);
      expect(at.toISODate(), entry.title).toBe(
        DateTime.fromISO(TODAY).plus({ days: entry.when.day }).toISODate(),
      );
    }
    // A 10:00 post in New York: 15:00 UTC before the change, 14:00 UTC after it.
    const tenOClock = samplePlan().posts.filter((p) => p.when?.time === '10:00');
    expect(tenOClock.length).toBeGreaterThan(0);
    const before = posts.find((p) => p.title === 'Meet Priya, our nurse injector')!;
    expect(before.scheduledAt).toBe('2026-02-22T15:00:00.000Z');
    expect(local(before.scheduledAt!).toFormat('HH:mm')).toBe('10:00');
    expect(sampleInstant(TODAY, 8, '10:00', ZONE)).toBe('2026-03-13T14:00:00.000Z');
  });

  it("gives the meeting's Last week a missed post whatever the weekday it is loaded on", async () => {
    // Monday 2026-12-07 to Sunday 2026-12-13: the weekly meeting looks back at the week before.
    for (let offset = 0; offset < 7; offset += 1) {
      const today = DateTime.fromISO('2026-12-07').plus({ days: offset }).toISODate()!;
      await store.call('sample.load', { today });
      const at = local(`${today}T12:00`).toJSDate();
      const lastWeek = await store.call(
        'posts.listRange',
        weekRange(addWeeks(isoWeekOfDate(today), -1), ZONE),
      );
      expect(
        lastWeek.filter((p) => isMissed(p, at)).map((p) => p.title),
        `loaded on ${today}`,
      ).not.toEqual([]);
      await store.call('sample.remove', {});
    }
  });

  it('has published posts behind, missed ones to notice and work ahead', async () => {
    await store.call('sample.load', { today: TODAY });
    const now = local(`${TODAY}T12:30`).toJSDate();
    const posts = await allPosts();
    const past = posts.filter((p) => p.scheduledAt && Date.parse(p.scheduledAt) < now.getTime());
    const future = posts.filter((p) => p.scheduledAt && Date.parse(p.scheduledAt) > now.getTime());
    expect(past.filter((p) => p.status === 'published').length).toBeGreaterThanOrEqual(3);
    expect(posts.filter((p) => isMissed(p, now)).length).toBeGreaterThanOrEqual(1);
    for (const status of ['approved', 'in_review', 'draft'] as const) {
      expect(
        future.some((p) => p.status === status),
        status,
      ).toBe(true);
    }
  });

  it('lands the birthday post on the birthday it gives', async () => {
    await store.call('sample.load', { today: TODAY });
    const priya = (await store.call('staff.list', {})).find((s) => s.name === 'Priya Nair')!;
    const post = (await allPosts()).find((p) => p.title === 'Happy birthday, Priya!')!;
    expect(local(post.scheduledAt!).toFormat('MM-dd')).toBe(priya.birthday);
    expect(post.featuredStaffIds).toEqual([priya.id]);
  });

  it('refuses a second load and changes nothing', async () => {
    await store.call('sample.load', { today: TODAY });
    const before = store.snapshot();
    const error = await store.refuse('sample.load', { today: '2026-04-01' });
    expect(error).toEqual({ code: 'conflict', message: 'The sample month is already loaded.' });
    expect(store.snapshot()).toBe(before);
  });

  it('refuses a bad date', async () => {
    const before = store.snapshot();
    expect((await store.refuse('sample.load', { today: '2026-02-30' })).code).toBe('invalid_input');
    expect((await store.refuse('sample.load', {})).code).toBe('invalid_input');
    expect(store.snapshot()).toBe(before);
  });

  it('counts a sample post in the trash as loaded sample data', async () => {
    await store.call('sample.load', { today: TODAY });
    for (const p of await allPosts()) await store.call('posts.delete', { id: p.id });
    for (const s of await store.call('staff.list', {}))
      await store.call('staff.archive', { id: s.id });
    expect(await store.call('sample.status', {})).toEqual({ loaded: true });
    expect((await store.refuse('sample.load', { today: TODAY })).code).toBe('conflict');
  });
});

describe('sample.remove', () => {
  it('removes every sample row and leaves the user’s own data alone', async () => {
    const mine = await store.call('staff.create', { name: 'Robin Ortiz', role: 'Nurse' });
    const idea = await store.call('posts.create', { title: 'My own idea', ownerId: mine.id });
    const trashed = await store.call('posts.create', { title: 'My trashed post' });
    await store.call('posts.delete', { id: trashed.id });

    const { posts: count } = await store.call('sample.load', { today: TODAY });
    // An edited sample post and a trashed one still go.
    const [first, second] = (await allPosts()).filter((p) => p.id !== idea.id);
    await store.call('posts.update', { id: first!.id, version: first!.version, title: 'Edited' });
    await store.call('posts.delete', { id: second!.id });

    expect(await store.call('sample.remove', {})).toEqual({ staff: 6, posts: count });
    expect(await store.call('sample.status', {})).toEqual({ loaded: false });
    expect((await store.call('staff.list', {})).map((s) => s.name)).toEqual(['Robin Ortiz']);
    expect((await allPosts()).map((p) => p.title)).toEqual(['My own idea']);
    expect((await store.call('posts.trash', {})).map((p) => p.title)).toEqual(['My trashed post']);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM post_platforms').get()).toEqual({ n: 0 });
  });

  it('archives, not deletes, a sample person the user’s posts refer to', async () => {
    await store.call('sample.load', { today: TODAY });
    const people = await store.call('staff.list', {});
    const priya = people.find((s) => s.name === 'Priya Nair')!;
    const sofia = people.find((s) => s.name === 'Sofia Alvarez')!;
    const owned = await store.call('posts.create', {
      title: 'Priya’s real post',
      ownerId: priya.id,
    });
    const featuring = await store.call('posts.create', {
      title: 'Team photo',
      featuredStaffIds: [sofia.id],
    });
    await store.call('posts.delete', { id: featuring.id }); // in the trash still counts

    expect(await store.call('sample.remove', {})).toMatchObject({ staff: 4 });
    const left = await store.call('staff.list', {});
    expect(left.map((s) => [s.name, s.active])).toEqual([
      ['Priya Nair', false],
      ['Sofia Alvarez', false],
    ]);
    expect((await store.call('posts.get', { id: owned.id })).ownerId).toBe(priya.id);
    expect((await store.call('posts.get', { id: featuring.id })).featuredStaffIds).toEqual([
      sofia.id,
    ]);
    // They are the user's now: the sample is gone and can be loaded again.
    expect(await store.call('sample.status', {})).toEqual({ loaded: false });
    expect((await store.call('sample.load', { today: TODAY })).staff).toBe(6);
  });

  it('forgets "who I am" when that was a sample person', async () => {
    await store.call('sample.load', { today: TODAY });
    const jess = (await store.call('staff.list', {})).find((s) => s.name === 'Jess Kim')!;
    await store.call('prefs.update', { meStaffId: jess.id });
    await store.call('sample.remove', {});
    expect((await store.call('prefs.get', {})).meStaffId).toBeNull();
  });

  it('does nothing when there is no sample data', async () => {
    await store.call('posts.create', { title: 'Mine' });
    const before = store.snapshot();
    expect(await store.call('sample.remove', {})).toEqual({ staff: 0, posts: 0 });
    expect(store.snapshot()).toBe(before);
  });
});
