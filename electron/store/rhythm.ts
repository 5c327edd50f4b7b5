// Team rhythm's SQL: series and their occurrences, the practice's own prompts, hashtag groups
// and the rhythm settings (migration 6). No rules here: the handlers hold them.
import { randomUUID } from 'node:crypto';
import type { Post } from '../../shared/contract';
import type { CategoryId } from '../../shared/vocabulary';
import { nowIso } from '../../shared/clock';
import { fromColumn, toColumns, updateRow, type Column } from './columns';
import { dialectSql } from './dialect';
import { selectPosts, toPost, type PostRow } from './posts';
import { flag, json, type Sql } from './sql';

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

/** The fields' columns (transfer.ts exports and restores the same). */
export const SERIES_COLUMNS = {
  title: ['title'],
  category: ['category'],
  time: ['local_time'],
  rule: ['rule'],
  startOn: ['start_on'],
  endOn: ['end_on'],
  monthsAhead: ['months_ahead'],
  ownerIds: ['owner_ids', 'json'],
  featuredStaffIds: ['featured_ids', 'json'],
  caption: ['caption'],
} as const satisfies Record<keyof SeriesFields, Column>;

const toSeries = (row: Record<string, unknown>): SeriesRecord =>
  ({
    id: row.id,
    ...Object.fromEntries(
      Object.entries(SERIES_COLUMNS).map(([field, [column, kind]]) => [
        field,
        fromColumn(row[column], kind),
      ]),
    ),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }) as SeriesRecord;

export interface SeriesOccurrence {
  post: Post;
  occurrenceOn: string;
  detached: boolean;
}

export const seriesRepo = {
  async find(sql: Sql, id: string): Promise<SeriesRecord | undefined> {
    const row = await sql.get<Record<string, unknown>>('SELECT * FROM series WHERE id = @id', {
      id,
    });
    return row && toSeries(row);
  },

  async list(sql: Sql): Promise<SeriesRecord[]> {
    const rows = await sql.all<Record<string, unknown>>('SELECT * FROM series ORDER BY title, id');
    return rows.map(toSeries);
  },

  async insert(sql: Sql, fields: SeriesFields): Promise<SeriesRecord> {
    const id = randomUUID();
    await sql.run(
      `INSERT INTO series (id, title, category, local_time, rule, start_on, end_on, months_ahead,
         owner_ids, featured_ids, caption, created_at, updated_at)
       VALUES (@id, @title, @category, @time, @rule, @startOn, @endOn, @monthsAhead, @ownerIds,
         @featuredStaffIds, @caption, @now, @now)`,
      { ...toColumns(SERIES_COLUMNS, fields), id, now: nowIso() },
    );
    return (await seriesRepo.find(sql, id))!;
  },

  /**
   * Writes the fields `changes` carries if the version is still `version`; undefined (nothing
   * changed) if not.
   */
  async update(
    sql: Sql,
    id: string,
    version: number,
    changes: Partial<SeriesFields>,
  ): Promise<SeriesRecord | undefined> {
    const written = await updateRow(sql, 'series', SERIES_COLUMNS, { id, version }, changes);
    return written ? seriesRepo.find(sql, id) : undefined;
  },

  async delete(sql: Sql, id: string): Promise<void> {
    await sql.run('DELETE FROM series WHERE id = @id', { id });
  },

  /** Every post of a series (trashed ones too: their days are not made again), by date. */
  async posts(sql: Sql, seriesId: string): Promise<SeriesOccurrence[]> {
    const rows = await sql.all<PostRow & { occurrence_on: string; series_detached: unknown }>(
      `${selectPosts(sql)} WHERE p.series_id = @seriesId ORDER BY p.occurrence_on, p.id`,
      { seriesId },
    );
    return rows.map((r) => ({
      post: toPost(r),
      occurrenceOn: r.occurrence_on,
      detached: flag(r.series_detached),
    }));
  },

  /** Makes a post occurrence `occurrenceOn` of a series (or no series, with null). */
  async link(
    sql: Sql,
    postId: string,
    seriesId: string | null,
    occurrenceOn: string | null,
    detached = false,
  ): Promise<void> {
    await sql.run(
      `UPDATE posts SET series_id = @seriesId, occurrence_on = @occurrenceOn,
         series_detached = @detached WHERE id = @postId`,
      { seriesId, occurrenceOn, detached: detached ? 1 : 0, postId },
    );
  },

  async detach(sql: Sql, postId: string): Promise<void> {
    await sql.run(
      'UPDATE posts SET series_detached = 1 WHERE id = @postId AND series_id IS NOT NULL',
      { postId },
    );
  },
};

export const spotlightsRepo = {
  /** Not deleted posts of `category` (a spotlight's history and plan). */
  async posts(sql: Sql, category: CategoryId): Promise<Post[]> {
    const rows = await sql.all<PostRow>(
      `${selectPosts(sql)} WHERE p.deleted_at IS NULL AND p.category = @category
       ORDER BY p.scheduled_at NULLS FIRST, p.id`,
      { category },
    );
    return rows.map(toPost);
  },
};

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
  hidden: unknown;
  version: number;
}
const toPrompt = (r: PromptRow): CustomPrompt => ({ ...r, hidden: flag(r.hidden) });

export const promptsRepo = {
  async list(sql: Sql): Promise<CustomPrompt[]> {
    const rows = await sql.all<PromptRow>('SELECT * FROM custom_prompts ORDER BY created_at, id');
    return rows.map(toPrompt);
  },

  async find(sql: Sql, id: string): Promise<CustomPrompt | undefined> {
    const row = await sql.get<PromptRow>('SELECT * FROM custom_prompts WHERE id = @id', { id });
    return row && toPrompt(row);
  },

  async insert(sql: Sql, category: CategoryId, text: string): Promise<CustomPrompt> {
    const id = randomUUID();
    await sql.run(
      `INSERT INTO custom_prompts (id, category, text, created_at, updated_at)
       VALUES (@id, @category, @text, @now, @now)`,
      { id, category, text, now: nowIso() },
    );
    return (await promptsRepo.find(sql, id))!;
  },

  async update(
    sql: Sql,
    id: string,
    version: number,
    fields: Pick<CustomPrompt, 'category' | 'text' | 'hidden'>,
  ): Promise<CustomPrompt | undefined> {
    const { changes } = await sql.run(
      `UPDATE custom_prompts SET category = @category, text = @text, hidden = @hidden,
         version = version + 1, updated_at = @now WHERE id = @id AND version = @version`,
      {
        category: fields.category,
        text: fields.text,
        hidden: fields.hidden ? 1 : 0,
        now: nowIso(),
        id,
        version,
      },
    );
    return changes === 0 ? undefined : promptsRepo.find(sql, id);
  },
};

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
  hashtags: json<string[]>(r.hashtags),
  version: r.version,
});

export const hashtagGroupsRepo = {
  async list(sql: Sql): Promise<HashtagGroup[]> {
    const rows = await sql.all<GroupRow>(
      `SELECT * FROM hashtag_groups ORDER BY ${dialectSql(sql).nocase('name')}`,
    );
    return rows.map(toGroup);
  },

  async find(sql: Sql, id: string): Promise<HashtagGroup | undefined> {
    const row = await sql.get<GroupRow>('SELECT * FROM hashtag_groups WHERE id = @id', { id });
    return row && toGroup(row);
  },

  async findByName(sql: Sql, name: string): Promise<HashtagGroup | undefined> {
    const { nocase } = dialectSql(sql);
    const row = await sql.get<GroupRow>(
      `SELECT * FROM hashtag_groups WHERE ${nocase('name')} = ${nocase('@name')}`,
      { name },
    );
    return row && toGroup(row);
  },

  async insert(sql: Sql, name: string, hashtags: string[]): Promise<HashtagGroup> {
    const id = randomUUID();
    await sql.run(
      `INSERT INTO hashtag_groups (id, name, hashtags, created_at, updated_at)
       VALUES (@id, @name, @hashtags, @now, @now)`,
      { id, name, hashtags: JSON.stringify(hashtags), now: nowIso() },
    );
    return (await hashtagGroupsRepo.find(sql, id))!;
  },

  async update(
    sql: Sql,
    id: string,
    version: number,
    name: string,
    hashtags: string[],
  ): Promise<HashtagGroup | undefined> {
    const { changes } = await sql.run(
      `UPDATE hashtag_groups SET name = @name, hashtags = @hashtags, version = version + 1,
         updated_at = @now WHERE id = @id AND version = @version`,
      { name, hashtags: JSON.stringify(hashtags), now: nowIso(), id, version },
    );
    return changes === 0 ? undefined : hashtagGroupsRepo.find(sql, id);
  },

  async delete(sql: Sql, id: string): Promise<boolean> {
    return (await sql.run('DELETE FROM hashtag_groups WHERE id = @id', { id })).changes > 0;
  },
};

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

export const rhythmRepo = {
  async get(sql: Sql): Promise<RhythmSettingsRecord> {
    let row = await sql.get<RhythmRow>('SELECT * FROM rhythm_settings WHERE id = 1');
    if (!row) {
      await sql.run(
        `INSERT INTO rhythm_settings (id, updated_at) VALUES (1, @now) ON CONFLICT (id) DO NOTHING`,
        { now: nowIso() },
      );
      row = (await sql.get<RhythmRow>('SELECT * FROM rhythm_settings WHERE id = 1'))!;
    }
    return {
      spotlightWeeks: row.spotlight_weeks,
      instagramHashtagLimit: row.instagram_hashtag_limit,
      mixTargets: row.mix_targets ? json<Record<string, number>>(row.mix_targets) : null,
      version: row.version,
    };
  },

  async update(
    sql: Sql,
    version: number,
    fields: Omit<RhythmSettingsRecord, 'version'>,
  ): Promise<RhythmSettingsRecord | undefined> {
    await rhythmRepo.get(sql); // makes sure the row exists
    const { changes } = await sql.run(
      `UPDATE rhythm_settings SET spotlight_weeks = @spotlightWeeks,
         instagram_hashtag_limit = @instagramHashtagLimit, mix_targets = @mixTargets,
         version = version + 1, updated_at = @now WHERE id = 1 AND version = @version`,
      {
        spotlightWeeks: fields.spotlightWeeks,
        instagramHashtagLimit: fields.instagramHashtagLimit,
        mixTargets: fields.mixTargets ? JSON.stringify(fields.mixTargets) : null,
        now: nowIso(),
        version,
      },
    );
    return changes === 0 ? undefined : rhythmRepo.get(sql);
  },
};
