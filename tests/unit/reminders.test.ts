import * as clock from '../../shared/clock';
import { afterEach, describe, expect, it } from 'vitest';
import { checkReminders, startReminders } from '../../electron/shell/reminders';
import { dueReminders, type Reminder } from '../../shared/reminders';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore | undefined;
afterEach(() => store?.cleanup());

const now = new Date('2026-12-09T15:00:00.000Z');
const minutes = (m: number) => new Date(now.getTime() + m * 60_000).toISOString();
const post = (id: string, status: string, at: string | null, deletedAt: string | null = null) =>
  ({ id, title: id, status, scheduledAt: at, deletedAt }) as Parameters<
    typeof dueReminders
  >[0][number];

describe('which reminders are due', () => {
  const since = new Date(now.getTime() - 60_000);
  it('reminds an hour before an unapproved post, once', () => {
    const posts = [
      post('draft-in-60', 'draft', minutes(60)),
      post('draft-in-59.5', 'in_review', minutes(59.5)),
      post('approved-in-60', 'approved', minutes(60)),
      post('draft-in-61', 'draft', minutes(61)),
      post('deleted', 'draft', minutes(60), minutes(-5)),
      post('idea-undated', 'idea', null),
    ];
    const due = dueReminders(posts, since, now);
    expect(due.map((r) => [r.postId, r.kind])).toEqual([
      ['draft-in-60', 'due_soon'],
      ['draft-in-59.5', 'due_soon'],
    ]);
    expect(due[0]!.body).toBe('Due in 60 minutes and still waiting for approval.');
    // The next minute's check does not repeat them.
    const next = new Date(now.getTime() + 60_000);
    expect(dueReminders(posts, now, next).map((r) => r.postId)).toEqual(['draft-in-61']);
  });

  it('tells when a post just became missed, and not approved or published ones', () => {
    const posts = [
      post('just-missed', 'draft', minutes(-0.5)),
      post('long-missed', 'draft', minutes(-30)),
      post('approved-now', 'approved', minutes(-0.5)),
    ];
    const due = dueReminders(posts, since, now);
    expect(due).toEqual([
      expect.objectContaining({
        postId: 'just-missed',
        kind: 'missed',
        title: 'Missed: just-missed',
      }),
    ]);
  });
});

describe('desktop reminders', () => {
  it('reads the posts through the dispatcher, and stays quiet when turned off', async () => {
    store = tempStore();
    const soon = new Date(clock.now().getTime() + 60 * 60_000);
    soon.setUTCSeconds(0, 0);
    await store.call('posts.create', {
      title: 'Coffee run',
      status: 'draft',
      scheduledAt: soon.toISOString(),
    });
    const since = new Date(soon.getTime() - 61 * 60_000);
    const until = new Date(soon.getTime() - 59 * 60_000);
    const given = await checkReminders(store.dispatch, since, until);
    expect(given.map((r) => r.title)).toEqual(['Not approved yet: Coffee run']);
    await store.call('prefs.update', { reminders: 'off' });
    expect(await checkReminders(store.dispatch, since, until)).toEqual([]);
    const refused = await store.refuse('prefs.update', { reminders: 'sometimes' });
    expect(refused.fields).toHaveProperty('reminders');
  });

  it('checks every minute and notifies each reminder', async () => {
    store = tempStore();
    let time = clock.now();
    const at = new Date(time.getTime() + 60 * 60_000 + 30_000);
    await store.call('posts.create', {
      title: 'Team lunch',
      status: 'idea',
      scheduledAt: new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString(),
    });
    let tick: () => void = () => {};
    const shown: Reminder[] = [];
    const stop = startReminders({
      dispatch: store.dispatch,
      notify: (r) => shown.push(r),
      now: () => time,
      setInterval: (fn) => ((tick = fn), 1),
      clearInterval: () => {},
    });
    time = new Date(time.getTime() + 60_000);
    tick();
    await expect.poll(() => shown.map((r) => r.title)).toEqual(['Not approved yet: Team lunch']);
    time = new Date(time.getTime() + 60_000);
    tick();
    await new Promise((r) => setTimeout(r, 50));
    expect(shown).toHaveLength(1);
    stop();
  });
});
