// The planner the hand-off benchmark measures, generated with plain SQL in one transaction
// (prepared statements, fixed seed). A planner of `total` posts holds:
// - the month (December 2026): MONTH_POSTS approved Instagram posts, each with an owner and
//   the same photo (Instagram needs one; none is a patient story, so all pass the gate);
// - the year after it (2027): AHEAD_POSTS upcoming posts (idea … approved);
// - the backlog: BACKLOG_IDEAS undated ideas;
// - RARE_POSTS posts whose title names Quentin (a word few posts have);
// - history: every other post, published or skipped, from 2000 up to the month (dated posts
//   must fall in 2000–2100: migration 5's triggers refuse others).
// Only history grows with `total`, so the month, the backlog, the workload's window and the
// rare word match the same rows at every size. Titles, captions and hashtags are drawn from
// short word lists, so the search index has a planner's vocabulary, not a word per post.
import { randomUUID } from 'node:crypto';
import { PLATFORM_IDS } from '../../shared/platforms';
import { CATEGORY_IDS, type CategoryId, type StatusId } from '../../shared/vocabulary';
import type { TempStore } from '../../tests/unit/helpers/temp-db';
import { prng } from './prng';
import { HASHTAGS, SENTENCES, TOPICS } from './words';

export const MONTH = { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
export const MONTH_POSTS = 300;
export const AHEAD_POSTS = 1_000;
export const BACKLOG_IDEAS = 500;
export const RARE_POSTS = 5;
export const STAFF_COUNT = 20;

/**
 * Search inputs and the hits each returns (posts.search gives 20 at most): a word in a fifth
 * of the captions, a word in an eighth of the titles, and a name only RARE_POSTS titles have.
 */
export const QUERIES = [
  { label: 'caption word', query: 'conversation', hits: 20 },
  { label: 'title word', query: 'hydration', hits: 20 },
  { label: 'rare word', query: 'Quentin', hits: RARE_POSTS },
] as const;

const HISTORY_FROM = Date.parse('2000-01-01T00:00:00.000Z');
const AHEAD_TO = Date.parse('2028-01-01T00:00:00.000Z');
const DAY = 86_400_000;

const TITLE_STARTS = ['Meet', 'Behind the scenes:', 'Ask the expert:', 'Team spotlight:'];
const SEARCH_TRIGGER = 'post_search_on_insert';
/** What post_search_on_insert (migration 5) writes for a post, for every post at once. */
const INDEX_ALL = `
INSERT INTO post_title_search (rowid, title) SELECT rowid, title FROM posts;
INSERT INTO post_search (rowid, title, caption, captions, notes, hashtags)
  SELECT p.rowid, p.title, p.caption, '', p.notes,
    (SELECT coalesce(group_concat(h.value, ' '), '') FROM json_each(p.hashtags) h)
  FROM posts p;`;
const UPCOMING: StatusId[] = ['idea', 'draft', 'in_review', 'approved'];

/** A month post is never a patient story: with no consent, the exit gate would hold it. */
const monthCategory = (category: CategoryId): CategoryId =>
  category === 'patient_story' ? 'behind_the_scenes' : category;

/** Seconds each step of the seed took. */
export interface SeedTimes {
  /** Inserting the staff, posts and their platforms. */
  rows: number;
  /** Filling the two search indexes (FTS5) for every post. */
  index: number;
  /** Committing the transaction (every page into the WAL). */
  commit: number;
  /** Checkpointing the WAL into the database file. */
  checkpoint: number;
}

export function seedPlanner(store: TempStore, total: number): SeedTimes {
  const fixed = MONTH_POSTS + AHEAD_POSTS + BACKLOG_IDEAS + RARE_POSTS;
  if (total < fixed) throw new Error(`A planner needs at least ${fixed} posts`);
  const random = prng(total);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const { db } = store;
  const post = db.prepare(
    `INSERT INTO posts (id, title, category, status, scheduled_at, owner_id, caption, hashtags,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const platform = db.prepare(
    'INSERT INTO post_platforms (post_id, platform, position) VALUES (?, ?, ?)',
  );
  const photoOn = db.prepare(
    `INSERT INTO post_media (post_id, media_id, position, alt) VALUES (?, ?, 0, 'The clinic')`,
  );
  const photoId = randomUUID();
  const slot = (at: number) => new Date(Math.floor(at / 300_000) * 300_000).toISOString();
  const caption = () => {
    const words = [pick(SENTENCES)];
    for (let n = int(3); n > 0; n--) words.push(pick(SENTENCES));
    return words.join(' ');
  };
  const hashtags = () => {
    const tags = new Set<string>();
    for (let n = int(5); n > 0; n--) tags.add(pick(HASHTAGS));
    return JSON.stringify([...tags]);
  };

  // The search index's insert trigger writes both FTS5 tables one row per statement, which
  // costs about 5 times what indexing the same rows in one INSERT … SELECT does (measured:
  // ~160 µs a post, so over 2 minutes of a 1M seed). So the trigger is set aside during the
  // seed, the indexes are filled in bulk with exactly what it would have written (no post has
  // per-platform captions yet), and the trigger is put back as it was, all in the transaction.
  const trigger = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`)
    .pluck()
    .get(SEARCH_TRIGGER) as string | undefined;
  if (!trigger) throw new Error(`No ${SEARCH_TRIGGER} trigger: check the search migration`);

  // This connection only, for the seed (both set back after it): a 1 GiB page cache, since
  // the random ids spread each insert over the whole id index (the default 2 MB cache made
  // the 1M seed twice as slow), and statement journals in memory: the triggers on posts give
  // every INSERT one, and as temporary files they cost another ~40 % (measured at 1M).
  const pragmas = {
    cache_size: db.pragma('cache_size', { simple: true }) as number,
    temp_store: db.pragma('temp_store', { simple: true }) as number,
  };
  const times: SeedTimes = { rows: 0, index: 0, commit: 0, checkpoint: 0 };
  let last = performance.now();
  const lap = (phase: keyof SeedTimes) => {
    const now = performance.now();
    times[phase] = (now - last) / 1000;
    last = now;
  };
  db.pragma('cache_size = -1048576');
  db.pragma('temp_store = MEMORY');
  try {
    db.transaction(() => {
      db.exec(`DROP TRIGGER ${SEARCH_TRIGGER}`);
      db.prepare(
        `INSERT INTO media (id, sha256, kind, mime, name, byte_size, width, height, created_at)
         VALUES (?, ?, 'image', 'image/jpeg', 'clinic.jpg', 250000, 1080, 1350, ?)`,
      ).run(photoId, 'c'.repeat(64), MONTH.from);
      const person = db.prepare(
        `INSERT INTO staff (id, name, role, color, created_at, updated_at)
         VALUES (?, ?, 'Aesthetician', '#1d6fa5', ?, ?)`,
      );
      const staff = Array.from({ length: STAFF_COUNT }, (_, i) => {
        const id = randomUUID();
        const at = new Date(Date.parse(MONTH.from) - DAY).toISOString();
        person.run(id, `Person ${i + 1}`, at, at);
        return id;
      });
      const owner = () => (random() < 0.1 ? null : pick(staff));
      const month = Date.parse(MONTH.from);
      const monthEnd = Date.parse(MONTH.to);
      const history = total - fixed;
      for (let i = 0; i < total; i++) {
        const id = randomUUID();
        let title = `${pick(TITLE_STARTS)} ${pick(TOPICS)}`;
        let status: StatusId;
        let when: string | null;
        let who = owner();
        let platforms: string[] | undefined;
        let withPhoto = false;
        if (i < history) {
          when = slot(HISTORY_FROM + random() * (month - HISTORY_FROM));
          status = random() < 0.9 ? 'published' : 'skipped';
        } else if (i < history + MONTH_POSTS) {
          const n = i - history;
          when = slot(month + (n / MONTH_POSTS) * 30 * DAY);
          status = 'approved';
          who = staff[n % STAFF_COUNT]!;
          platforms = ['instagram_feed'];
          withPhoto = true;
        } else if (i < history + MONTH_POSTS + AHEAD_POSTS) {
          when = slot(monthEnd + random() * (AHEAD_TO - monthEnd));
          status = pick(UPCOMING);
        } else if (i < history + MONTH_POSTS + AHEAD_POSTS + BACKLOG_IDEAS) {
          when = null;
          status = 'idea';
        } else {
          when = slot(HISTORY_FROM + random() * (month - HISTORY_FROM));
          status = 'published';
          title = 'Farewell lunch for Quentin';
        }
        if (!platforms) {
          platforms = [pick(PLATFORM_IDS)];
          const second = pick(PLATFORM_IDS);
          if (random() < 0.5 && second !== platforms[0]) platforms.push(second);
        }
        // Undated ideas were written lately, one a day, newest last.
        const created = when ?? new Date(month - (total - i) * DAY).toISOString();
        post.run(
          id,
          title,
          withPhoto ? monthCategory(pick(CATEGORY_IDS)) : pick(CATEGORY_IDS),
          status,
          when,
          who,
          caption(),
          hashtags(),
          created,
          created,
        );
        platforms.forEach((p, position) => platform.run(id, p, position));
        if (withPhoto) photoOn.run(id, photoId);
      }
      lap('rows');
      db.exec(INDEX_ALL);
      db.exec(trigger);
      lap('index');
    })();
    lap('commit');
  } finally {
    db.pragma(`cache_size = ${pragmas.cache_size}`);
    db.pragma(`temp_store = ${pragmas.temp_store}`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  lap('checkpoint');
  return times;
}
