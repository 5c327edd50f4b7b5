// Team rhythm's SQL: series and their occurrences, the practice's own prompts, hashtag groups
// and the rhythm settings (migration 6). No rules here: the handlers hold them.
import { randomUUID } from 'node:crypto';
import type { Post } from '../../shared/contract';
import type { CategoryId } from '../../shared/vocabulary';
import type { Db } from './database';
import { SELECT_POSTS, toPost, type PostRow } from './posts';
import { nowIso } from '../../shared/clock';

export interface SeriesRecord {
  id: string;
  title: string;
  category: CategoryId;
  time: string;
  rule: string;
  startOn: string;
  endOn: string | null;
  monthsAhead: number;
  ownerIds: string[];
  featuredStaffIds: string[];
  caption: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export type SeriesFields = Omit<SeriesRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

interface SeriesRow {
  id: string;
  title: string;
  category: CategoryId;
  local_time: string;
  rule: string;
  start_on: string;
  end_on: string | null;
  months_ahead: number;
  owner_ids: string;
  featured_ids: string;
  caption: string;
  version: number;
  created_at: string;
  updated_at: string;
}

const toSeries = (r: SeriesRow): SeriesRecord => ({
  id: r.id,
  title: r.title,
  category: r.category,
  time: r.local_time,
  rule: r.rule,
  startOn: r.start_on,
  endOn: r.end_on,
  monthsAhead: r.months_ahead,
  ownerIds: JSON.parse(r.owner_ids) as string[],
  featuredStaffIds: JSON.parse(r.featured_ids) as string[],
  caption: r.caption,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const seriesParams = (f: SeriesFields) => ({
  title: f.title,
  category: f.category,
  time: f.time,
  rule: f.rule,
  startOn: f.startOn,
  endOn: f.endOn,
  monthsAhead: f.monthsAhead,
  ownerIds: JSON.stringify(f.ownerIds),
  featuredIds: JSON.stringify(f.featuredStaffIds),
  caption: f.caption,
});

export function findSeries(db: Db, id: string): SeriesRecord | undefined {
  const row = db.prepare('SELECT * FROM series WHERE id = ?').get(id) as SeriesRow | undefined;
  return row && toSeries(row);
}

export function listSeries(db: Db): SeriesRecord[] {
  return (db.prepare('SELECT * FROM series ORDER BY title, id').all() as SeriesRow[]).map(toSeries);
}

export function insertSeries(db: Db, fields: SeriesFields): SeriesRecord {
  const id = randomUUID();
  const now = nowIso();
  db.prepare(
    `INSERT INTO series (id, title, category, local_time, rule, start_on, end_on, months_ahead,
       owner_ids, featured_ids, caption, created_at, updated_at)
     VALUES (@id, @title, @category, @time, @rule, @startOn, @endOn, @monthsAhead, @ownerIds,
       @featuredIds, @caption, @now, @now)`,
  ).run({ ...seriesParams(fields), id, now });
  return findSeries(db, id)!;
}

export function updateSeriesRow(
  db: Db,
  id: string,
  version: number,
  fields: SeriesFields,
): SeriesRecord | undefined {
  const { changes } = db
    .prepare(
      `UPDATE series SET title = @title, category = @category, local_time = @time, rule = @rule,
         start_on = @startOn, end_on = @endOn, months_ahead = @monthsAhead,
         owner_ids = @ownerIds, featured_ids = @featuredIds, caption = @caption,
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({ ...seriesParams(fields), id, version, now: nowIso() });
  return changes === 0 ? undefined : findSeries(db, id);
}

export function deleteSeriesRow(db: Db, id: string): void {
  db.prepare('DELETE FROM series WHERE id = ?').run(id);
}

export interface SeriesOccurrence {
  post: Post;
  occurrenceOn: string;
  detached: boolean;
}

/** Every post of a series (trashed ones too: their days are not made again), by date. */
export function listSeriesPosts(db: Db, seriesId: string): SeriesOccurrence[] {
  const rows = db
    .prepare(`${SELECT_POSTS} WHERE p.series_id = ? ORDER BY p.occurrence_on, p.id`)
    .all(seriesId) as (PostRow & { occurrence_on: string; series_detached: number })[];
  return rows.map((r) => ({
    post: toPost(r),
    occurrenceOn: r.occurrence_on,
    detached: r.series_detached === 1,
  }));
}

/** Makes a post occurrence `occurrenceOn` of a series (or no series, with null). */
export function linkPost(
  db: Db,
  postId: string,
  seriesId: string | null,
  occurrenceOn: string | null,
  detached = false,
): void {
  db.prepare(
    `UPDATE posts SET series_id = ?, occurrence_on = ?, series_detached = ? WHERE id = ?`,
  ).run(seriesId, occurrenceOn, detached ? 1 : 0, postId);
}

export function detachPost(db: Db, postId: string): void {
  db.prepare('UPDATE posts SET series_detached = 1 WHERE id = ? AND series_id IS NOT NULL').run(
    postId,
  );
}

/** Not deleted posts of `category` (a spotlight's history and plan). */
export function listPostsOfCategory(db: Db, category: CategoryId): Post[] {
  return (
    db
      .prepare(
        `${SELECT_POSTS} WHERE p.deleted_at IS NULL AND p.category = ?
         ORDER BY p.scheduled_at, p.id`,
      )
      .all(category) as PostRow[]
  ).map(toPost);
}

// ---- Prompts ---------------------------------------------------------------------------------

export interface CustomPrompt {
  id: string;
  category: CategoryId;
  text: string;
  hidden: boolean;
  version: number;
}

interface PromptRow {
  id: string;
  category: CategoryId;
  text: string;
  hidden: number;
  version: number;
}
const toPrompt = (r: PromptRow): CustomPrompt => ({ ...r, hidden: r.hidden === 1 });

export function listPrompts(db: Db): CustomPrompt[] {
  return (
    db.prepare('SELECT * FROM custom_prompts ORDER BY created_at, id').all() as PromptRow[]
  ).map(toPrompt);
}

export function findPrompt(db: Db, id: string): CustomPrompt | undefined {
  const row = db.prepare('SELECT * FROM custom_prompts WHERE id = ?').get(id) as
    PromptRow | undefined;
  return row && toPrompt(row);
}

export function insertPrompt(db: Db, category: CategoryId, text: string): CustomPrompt {
  const id = randomUUID();
  const now = nowIso();
  db.prepare(
    `INSERT INTO custom_prompts (id, category, text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(id, category, text, now, now);
  return findPrompt(db, id)!;
}

export function updatePromptRow(
  db: Db,
  id: string,
  version: number,
  fields: Pick<CustomPrompt, 'category' | 'text' | 'hidden'>,
): CustomPrompt | undefined {
  const { changes } = db
    .prepare(
      `UPDATE custom_prompts SET category = ?, text = ?, hidden = ?, version = version + 1,
         updated_at = ? WHERE id = ? AND version = ?`,
    )
    .run(fields.category, fields.text, fields.hidden ? 1 : 0, nowIso(), id, version);
  return changes === 0 ? undefined : findPrompt(db, id);
}

// ---- Hashtag groups --------------------------------------------------------------------------

export interface HashtagGroup {
  id: string;
  name: string;
  hashtags: string[];
  version: number;
}
interface GroupRow {
  id: string;
  name: string;
  hashtags: string;
  version: number;
}
const toGroup = (r: GroupRow): HashtagGroup => ({
  id: r.id,
  name: r.name,
  hashtags: JSON.parse(r.hashtags) as string[],
  version: r.version,
});

export function listGroups(db: Db): HashtagGroup[] {
  return (
    db.prepare('SELECT * FROM hashtag_groups ORDER BY name COLLATE NOCASE').all() as GroupRow[]
  ).map(toGroup);
}

export function findGroup(db: Db, id: string): HashtagGroup | undefined {
  const row = db.prepare('SELECT * FROM hashtag_groups WHERE id = ?').get(id) as
    GroupRow | undefined;
  return row && toGroup(row);
}

export function findGroupByName(db: Db, name: string): HashtagGroup | undefined {
  const row = db.prepare('SELECT * FROM hashtag_groups WHERE name = ? COLLATE NOCASE').get(name) as
    GroupRow | undefined;
  return row && toGroup(row);
}

export function insertGroup(db: Db, name: string, hashtags: string[]): HashtagGroup {
  const id = randomUUID();
  const now = nowIso();
  db.prepare(
    `INSERT INTO hashtag_groups (id, name, hashtags, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(id, name, JSON.stringify(hashtags), now, now);
  return findGroup(db, id)!;
}

export function updateGroupRow(
  db: Db,
  id: string,
  version: number,
  name: string,
  hashtags: string[],
): HashtagGroup | undefined {
  const { changes } = db
    .prepare(
      `UPDATE hashtag_groups SET name = ?, hashtags = ?, version = version + 1, updated_at = ?
       WHERE id = ? AND version = ?`,
    )
    .run(name, JSON.stringify(hashtags), nowIso(), id, version);
  return changes === 0 ? undefined : findGroup(db, id);
}

export function deleteGroupRow(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM hashtag_groups WHERE id = ?').run(id).changes > 0;
}

// ---- Rhythm settings -------------------------------------------------------------------------

export interface RhythmSettingsRecord {
  spotlightWeeks: number;
  instagramHashtagLimit: number;
  /** Null: the defaults (shared/rhythm/mix.ts). */
  mixTargets: Record<string, number> | null;
  version: number;
}
interface RhythmRow {
  spotlight_weeks: number;
  instagram_hashtag_limit: number;
  mix_targets: string | null;
  version: number;
}

export function getRhythmSettings(db: Db): RhythmSettingsRecord {
  db.prepare('INSERT OR IGNORE INTO rhythm_settings (id, updated_at) VALUES (1, ?)').run(nowIso());
  const row = db.prepare('SELECT * FROM rhythm_settings WHERE id = 1').get() as RhythmRow;
  return {
    spotlightWeeks: row.spotlight_weeks,
    instagramHashtagLimit: row.instagram_hashtag_limit,
    mixTargets: row.mix_targets ? (JSON.parse(row.mix_targets) as Record<string, number>) : null,
    version: row.version,
  };
}

export function updateRhythmSettings(
  db: Db,
  version: number,
  fields: Omit<RhythmSettingsRecord, 'version'>,
): RhythmSettingsRecord | undefined {
  getRhythmSettings(db);
  const { changes } = db
    .prepare(
      `UPDATE rhythm_settings SET spotlight_weeks = ?, instagram_hashtag_limit = ?,
         mix_targets = ?, version = version + 1, updated_at = ? WHERE id = 1 AND version = ?`,
    )
    .run(
      fields.spotlightWeeks,
      fields.instagramHashtagLimit,
      fields.mixTargets ? JSON.stringify(fields.mixTargets) : null,
      nowIso(),
      version,
    );
  return changes === 0 ? undefined : getRhythmSettings(db);
}
