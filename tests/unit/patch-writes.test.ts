// Patch-shaped writes: an edit writes the columns and child tables of the fields it changes,
// and checks people, links and the consent gate only when what they read changed. What was
// written is seen two ways: SQLite's own temp triggers count the rows each table got, and
// the executor's trace lists the statements.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../shared/clock';
import type { ChannelInput } from '../../shared/contract';
import type { StatementKind } from '../../electron/store/sql';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(async () => {
  setClock('2026-05-01T12:00:00.000Z');
  store = tempStore();
  await store.call('settings.update', { version: 1, timezone: 'America/New_York' });
});
afterEach(() => store.cleanup());

const POST_TABLES = [
  'posts',
  'post_platforms',
  'post_captions',
  'post_featured_staff',
  'post_consents',
  'post_media',
];

/**
 * Counts, per table and kind, the rows written to the post tables (temp triggers, so the
 * file's schema is untouched); `take()` answers those since the last take.
 */
function watchWrites() {
  const { db } = store;
  db.exec('CREATE TEMP TABLE written (tbl TEXT NOT NULL, op TEXT NOT NULL)');
  for (const table of POST_TABLES) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER watch_${table}_${op} AFTER ${op} ON main.${table}
        BEGIN INSERT INTO written VALUES ('${table}', '${op}'); END`);
    }
  }
  return {
    take(): Record<string, number> {
      const rows = db
        .prepare('SELECT tbl, op, COUNT(*) AS n FROM written GROUP BY tbl, op ORDER BY tbl, op')
        .all() as { tbl: string; op: string; n: number }[];
      db.exec('DELETE FROM written');
      return Object.fromEntries(rows.map((r) => [`${r.tbl} ${r.op}`, r.n]));
    },
  };
}

/** The statements the store runs for `work`, as `kind: text` on one line each. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  store.store.sql.trace = (kind: StatementKind, text: string) =>
    seen.push(`${kind}: ${text.replace(/\s+/g, ' ').trim()}`);
  try {
    await work();
  } finally {
    store.store.sql.trace = undefined;
  }
  return seen;
}

const CONSENT = {
  patientRef: '4411',
  covers: ['photos', 'testimonial'] as ('photos' | 'testimonial')[],
  platforms: ['instagram_feed', 'facebook'] as ('instagram_feed' | 'facebook')[],
  signedOn: '2026-04-01',
  expiresOn: '2026-06-30',
  formRef: 'Binder 3, tab 12',
};

/** An approved patient story with every child table filled: two people, captions, a consent. */
async function fullPost(over: Partial<ChannelInput<'posts.create'>> = {}) {
  const ana = await store.call('staff.create', { name: 'Ana Ruiz' });
  const ben = await store.call('staff.create', { name: 'Ben Okafor' });
  const cleo = await store.call('staff.create', { name: 'Cleo Haddad' });
  const consent = await store.call('consents.create', CONSENT);
  const post = await store.call('posts.create', {
    title: 'Lena’s first visit',
    category: 'patient_story',
    status: 'approved',
    scheduledAt: '2026-06-10T15:00:00.000Z',
    ownerId: ana.id,
    caption: 'A story in her own words.',
    platformCaptions: { instagram_feed: 'For the grid.' },
    platforms: ['instagram_feed', 'facebook'],
    hashtags: ['skincare'],
    featuredStaffIds: [ana.id, ben.id],
    consentIds: [consent.id],
    ...over,
  });
  return { post, ana, ben, cleo, consent };
}

const edit = (input: ChannelInput<'posts.update'>) => store.call('posts.update', input);

describe('what an edit writes', () => {
  it('a drag to another day writes the posts row alone', async () => {
    const { post } = await fullPost();
    const writes = watchWrites();
    const moved = await edit({
      id: post.id,
      version: post.version,
      scheduledAt: '2026-06-12T15:00:00.000Z',
    });
    expect(writes.take()).toEqual({ 'posts UPDATE': 1 });
    expect(moved).toEqual({
      ...post,
      scheduledAt: '2026-06-12T15:00:00.000Z',
      version: post.version + 1,
      updatedAt: moved.updatedAt,
    });
  });

  it('a caption edit writes the posts row alone', async () => {
    const { post } = await fullPost();
    const writes = watchWrites();
    const saved = await edit({ id: post.id, version: post.version, caption: 'Her words.' });
    expect(writes.take()).toEqual({ 'posts UPDATE': 1 });
    expect(saved).toMatchObject({ caption: 'Her words.', featuredStaffIds: post.featuredStaffIds });
    expect((await store.call('posts.search', { query: 'Her words' }))[0]?.id).toBe(post.id);
  });

  it('featuring one more person rewrites that one child table, no other', async () => {
    const { post, cleo } = await fullPost();
    const writes = watchWrites();
    const featured = [...post.featuredStaffIds, cleo.id];
    const saved = await edit({ id: post.id, version: post.version, featuredStaffIds: featured });
    expect(Object.keys(writes.take())).toEqual([
      'post_featured_staff DELETE',
      'post_featured_staff INSERT',
      'posts UPDATE',
    ]);
    expect([...saved.featuredStaffIds].sort()).toEqual([...featured].sort());
    expect(saved.platformCaptions).toEqual(post.platformCaptions);
  });

  it('a field sent as it already is writes only the version', async () => {
    const { post } = await fullPost();
    const writes = watchWrites();
    const saved = await edit({
      id: post.id,
      version: post.version,
      platforms: post.platforms,
      featuredStaffIds: [...post.featuredStaffIds].reverse(),
      platformCaptions: { ...post.platformCaptions },
    });
    expect(writes.take()).toEqual({ 'posts UPDATE': 1 });
    expect(saved.version).toBe(post.version + 1);
  });
});

describe('the statements of an edit', () => {
  it('a drag of a draft is a read, one UPDATE of the date, and the read back', async () => {
    const { post } = await fullPost({ status: 'draft' });
    const statements = await statementsOf(() =>
      edit({ id: post.id, version: post.version, scheduledAt: '2026-06-12T15:00:00.000Z' }),
    );
    expect(statements).toHaveLength(3);
    expect(statements[0]).toMatch(/^get: SELECT p\.\*, .* WHERE p\.id = @id$/);
    expect(statements[1]).toBe(
      'run: UPDATE posts SET scheduled_at = @scheduledAt, version = version + 1, ' +
        'updated_at = @now WHERE id = @id AND version = @version AND deleted_at IS NULL',
    );
    expect(statements[2]).toBe(statements[0]);
  });

  it('a drag of an approved story re-runs the gate (consents) but checks no people', async () => {
    const { post } = await fullPost();
    const statements = await statementsOf(() =>
      edit({ id: post.id, version: post.version, scheduledAt: '2026-06-12T15:00:00.000Z' }),
    );
    expect(statements.filter((s) => s.startsWith('run:'))).toHaveLength(1);
    expect(statements.some((s) => s.includes('FROM consents'))).toBe(true);
    expect(statements.some((s) => s.includes('FROM staff'))).toBe(false);
  });

  it('featuring one more person looks up that person only', async () => {
    const { post, cleo } = await fullPost({ status: 'draft' });
    const statements = await statementsOf(() =>
      edit({
        id: post.id,
        version: post.version,
        featuredStaffIds: [...post.featuredStaffIds, cleo.id],
      }),
    );
    expect(statements.filter((s) => s.includes('FROM staff'))).toEqual([
      'get: SELECT * FROM staff WHERE id = @id',
    ]);
    expect(statements.filter((s) => s.startsWith('run:'))).toEqual([
      'run: UPDATE posts SET version = version + 1, updated_at = @now ' +
        'WHERE id = @id AND version = @version AND deleted_at IS NULL',
      'run: DELETE FROM post_featured_staff WHERE post_id = @id',
      ...Array<string>(3).fill(
        'run: INSERT INTO post_featured_staff (post_id, staff_id) VALUES (@id, @staffId)',
      ),
    ]);
  });

  it('a person, a consent and a series write only the columns of what changed', async () => {
    const { ana, consent } = await fullPost();
    const person = await statementsOf(() =>
      store.call('staff.update', { id: ana.id, version: ana.version, role: 'Lead nurse' }),
    );
    expect(person.filter((s) => s.startsWith('run:'))).toEqual([
      'run: UPDATE staff SET role = @role, version = version + 1, updated_at = @now ' +
        'WHERE id = @id AND version = @version',
    ]);
    const register = await statementsOf(() =>
      store.call('consents.update', { id: consent.id, version: consent.version, formRef: 'B4' }),
    );
    expect(register.find((s) => s.startsWith('run: UPDATE consents'))).toBe(
      'run: UPDATE consents SET form_ref = @formRef, version = version + 1, ' +
        'updated_at = @now WHERE id = @id AND version = @version',
    );
    const { series } = await store.call('series.create', {
      title: 'Tip Tuesday',
      category: 'behind_the_scenes',
      time: '10:00',
      rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
      startOn: '2026-05-05',
    });
    const renamed = await statementsOf(() =>
      store.call('series.update', {
        id: series.id,
        version: series.version,
        scope: 'all',
        title: 'Tuesday tips',
      }),
    );
    expect(renamed.find((s) => s.startsWith('run: UPDATE series'))).toBe(
      'run: UPDATE series SET title = @title, version = version + 1, updated_at = @now ' +
        'WHERE id = @id AND version = @version',
    );
    // Each of its three posts gets the new title alone.
    expect(renamed.filter((s) => s.startsWith('run: UPDATE posts'))).toEqual(
      Array<string>(3).fill(
        'run: UPDATE posts SET title = @title, version = version + 1, updated_at = @now ' +
          'WHERE id = @id AND version = @version AND deleted_at IS NULL',
      ),
    );
  });
});

describe('what an edit checks', () => {
  it('a move still passes the consent gate: past the consent’s expiry it is refused', async () => {
    const { post } = await fullPost();
    const before = store.snapshot();
    const error = await store.refuse('posts.update', {
      id: post.id,
      version: post.version,
      scheduledAt: '2026-07-02T15:00:00.000Z',
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.status).toMatch(/expired on 2026-06-30/);
    expect(store.snapshot()).toBe(before);
  });

  it('an approved idea whose consent expired meanwhile cannot be dated, but its caption can change', async () => {
    // Undated, it is judged on today's date: since 5 July past the consent's expiry, but the
    // expiry sweep has not run yet, so it is still approved.
    const { post } = await fullPost({ scheduledAt: null });
    setClock('2026-07-05T12:00:00.000Z');
    const later = { id: post.id, version: post.version, scheduledAt: '2026-07-20T15:00:00.000Z' };
    expect((await store.refuse('posts.update', later)).fields?.status).toMatch(/expired/);
    const saved = await edit({ id: post.id, version: post.version, caption: 'Typo fixed.' });
    expect(saved).toMatchObject({ status: 'approved', caption: 'Typo fixed.' });
  });

  it('a flagged post loses its flag on any edit once its consents hold again', async () => {
    const { post, consent } = await fullPost({ scheduledAt: null });
    setClock('2026-07-05T12:00:00.000Z');
    await store.call('consents.checkExpiry', { today: '2026-07-05' });
    const flagged = await store.call('posts.get', { id: post.id });
    expect(flagged).toMatchObject({ status: 'draft', consentFlag: 'expired' });
    await store.call('consents.update', {
      id: consent.id,
      version: consent.version,
      expiresOn: '2027-06-30',
    });
    const saved = await edit({ id: post.id, version: flagged.version, caption: 'Renewed.' });
    expect(saved.consentFlag).toBeNull();
  });

  it('an archived owner is refused only when chosen, not when another field changes', async () => {
    const { post, ana, cleo } = await fullPost();
    await store.call('staff.archive', { id: cleo.id });
    const error = await store.refuse('posts.update', {
      id: post.id,
      version: post.version,
      ownerId: cleo.id,
    });
    expect(error.fields?.ownerId).toMatch(/Archived/);
    await store.call('staff.archive', { id: ana.id });
    const moved = await edit({
      id: post.id,
      version: post.version,
      scheduledAt: '2026-06-11T15:00:00.000Z',
    });
    expect(moved.ownerId).toBe(ana.id);
  });

  it('a stale version is a conflict and writes nothing', async () => {
    const { post } = await fullPost();
    await edit({ id: post.id, version: post.version, caption: 'First.' });
    const writes = watchWrites();
    const error = await store.refuse('posts.update', {
      id: post.id,
      version: post.version,
      scheduledAt: '2026-06-12T15:00:00.000Z',
    });
    expect(error.code).toBe('conflict');
    expect(writes.take()).toEqual({});
  });
});
