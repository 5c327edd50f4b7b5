// posts.search: FTS5 over titles, captions, per-platform captions, notes and hashtags, kept in
// step by triggers; user words are quoted, so FTS5 syntax is only ever text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ftsQuery, snippetAround } from '../../shared/search';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

const titles = async (query: string) =>
  (await store.call('posts.search', { query })).map((r) => r.title);

describe('ftsQuery', () => {
  it.each([
    ['holiday', '"holiday"*'],
    ['  Holiday  par ', '"Holiday" "par"*'],
    ['"a" OR b', '"a" "OR" "b"*'],
    ['title:x NOT y*', '"title" "x" "NOT" "y"*'],
    ['#spf', '"spf"*'],
    ['***', null],
    ['open hol', '"open" "hol"*'],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(ftsQuery(input)).toBe(expected);
  });
});

describe('snippetAround', () => {
  const long =
    'We love sharing what happens behind our doors. Book your consultation through the link ' +
    'in our bio. Sunscreen every day, even when it is cloudy. Thank you to everyone who came.';

  it('cuts a few words around the first match, case and accents aside', () => {
    const cut = snippetAround(long, ['sunscr']);
    expect(cut).toMatch(/^….*Sunscreen every day.*…$/);
    expect(cut.length).toBeLessThanOrEqual(92);
    expect(snippetAround('Crème brûlée for the team', ['brulee'])).toBe(
      'Crème brûlée for the team',
    );
  });

  it('matches at the start of words only, and says nothing without a match', () => {
    expect(snippetAround('a gentle reminder', ['nde'])).toBe('');
    expect(snippetAround('', ['x'])).toBe('');
  });
});

describe('posts.search', () => {
  it('finds words in every field, dated or not, by prefix; not in the trash', async () => {
    await store.call('posts.create', {
      title: 'Holiday open house',
      scheduledAt: '2026-12-09T15:00:00.000Z',
    });
    await store.call('posts.create', { title: 'Caption post', caption: 'Sunscreen every day' });
    await store.call('posts.create', {
      title: 'Per platform',
      platforms: ['instagram_feed'],
      platformCaptions: { instagram_feed: 'Tinsel and glitter' },
    });
    await store.call('posts.create', {
      title: 'Notes post',
      notes: 'Ask Dana about consent forms',
    });
    await store.call('posts.create', { title: 'Tagged', hashtags: ['medspa'] });
    const gone = await store.call('posts.create', { title: 'Holiday in the trash' });
    await store.call('posts.delete', { id: gone.id });

    expect(await titles('holi')).toEqual(['Holiday open house']);
    expect(await titles('sunscr')).toEqual(['Caption post']);
    expect(await titles('tinsel')).toEqual(['Per platform']);
    expect(await titles('consent dana')).toEqual(['Notes post']);
    expect(await titles('#medspa')).toEqual(['Tagged']);
    expect(await titles('nothing-like-this')).toEqual([]);
  });

  it('follows edits, caption changes, restores and purges', async () => {
    const post = await store.call('posts.create', {
      title: 'First',
      platforms: ['facebook'],
      platformCaptions: { facebook: 'pumpkin' },
    });
    expect(await titles('pumpkin')).toEqual(['First']);
    const edited = await store.call('posts.update', {
      id: post.id,
      version: post.version,
      title: 'Renamed',
      platformCaptions: { facebook: 'cranberry' },
    });
    expect(await titles('pumpkin')).toEqual([]);
    expect(await titles('cranb')).toEqual(['Renamed']);
    expect(await titles('first')).toEqual([]);
    await store.call('posts.delete', { id: edited.id });
    expect(await titles('renamed')).toEqual([]);
    await store.call('posts.restore', { id: edited.id });
    expect(await titles('renamed')).toEqual(['Renamed']);
    await store.call('posts.delete', { id: edited.id });
    await store.call('posts.emptyTrash', {});
    expect(store.db.prepare('SELECT count(*) AS n FROM post_search').get()).toEqual({ n: 0 });
    expect(store.db.prepare('SELECT count(*) AS n FROM post_title_search').get()).toEqual({
      n: 0,
    });
  });

  it('puts title matches first and answers with date, category and a snippet', async () => {
    await store.call('posts.create', { title: 'Other', notes: 'about botox aftercare' });
    await store.call('posts.create', {
      title: 'Botox questions',
      category: 'education',
      scheduledAt: '2026-03-09T14:00:00.000Z',
    });
    const results = await store.call('posts.search', { query: 'botox' });
    expect(results[0]).toMatchObject({
      title: 'Botox questions',
      category: 'education',
      status: 'idea',
      scheduledAt: '2026-03-09T14:00:00.000Z',
    });
    expect(results[1]!.snippet).toContain('botox aftercare');
  });

  it.each(['"', 'NEAR(a b)', 'a OR', '(', 'title:', '*', '^x', 'AND', "'; DROP TABLE posts; --"])(
    'treats FTS5 syntax %j as text: no error',
    async (query) => {
      await store.call('posts.create', { title: 'a b x AND' });
      await expect(store.call('posts.search', { query })).resolves.toBeInstanceOf(Array);
    },
  );

  it('honours limit and refuses a bad one', async () => {
    for (let i = 0; i < 5; i++) await store.call('posts.create', { title: `Spring ${i}` });
    expect(await store.call('posts.search', { query: 'spring', limit: 2 })).toHaveLength(2);
    const error = await store.refuse('posts.search', { query: 'spring', limit: 0 });
    expect(error.fields).toHaveProperty('limit');
  });

  it('migration 5 indexes existing posts and makes unreadable dates undated ideas', async () => {
    const kept = await store.call('posts.create', {
      title: 'Before search',
      platforms: ['facebook'],
      platformCaptions: { facebook: 'gingerbread' },
      hashtags: ['cocoa'],
    });
    const junk = await store.call('posts.create', { title: 'Far future' });
    const { db } = store;
    // Back to schema 4, as a file from before this version, with a date stored by the old bug.
    db.exec(`
      DROP TABLE post_search;
      DROP TABLE post_title_search;
      DELETE FROM schema_migrations WHERE version = 5;
      PRAGMA user_version = 4;`);
    for (const { name } of db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
      .all() as { name: string }[]) {
      db.exec(`DROP TRIGGER ${name}`);
    }
    db.prepare('UPDATE posts SET scheduled_at = ? WHERE id = ?').run(
      '+010000-01-01T00:00:00.000Z',
      junk.id,
    );
    store.reopen();
    expect(await titles('gingerb')).toEqual(['Before search']);
    expect(await titles('cocoa')).toEqual(['Before search']);
    const rescued = await store.call('posts.get', { id: junk.id });
    expect(rescued.scheduledAt).toBeNull();
    expect(rescued.version).toBe(junk.version + 1);
    expect((await store.call('posts.backlog', {})).map((p) => p.id)).toContain(junk.id);
    expect((await store.call('posts.get', { id: kept.id })).version).toBe(kept.version);
  });
});
