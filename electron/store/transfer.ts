// Whole-plan export and import: rows written back exactly as exported (ids, versions and
// times kept), so an import into an empty planner gives back the same plan. The format is
// shared/channels/handoff.ts; media files are referenced by sha256, not carried.
import type { Consent } from '../../shared/channels/consents';
import type {
  PlanActionItem,
  PlanAudit,
  PlanHashtagGroup,
  PlanMeeting,
  PlanPrompt,
  PlanRhythm,
  PlanSeries,
} from '../../shared/channels/handoff';
import type { Media } from '../../shared/channels/media';
import type { Post, Settings, Staff } from '../../shared/contract';
import { fromColumn, toColumn, type Columns } from './columns';
import { CONSENT_COLUMNS } from './consents';
import { dialectSql } from './dialect';
import { postColumns, toPost, writeChildren, type PostRow } from './posts';
import { SERIES_COLUMNS } from './rhythm';
import { getSettings, packsColumn } from './settings';
import { flag, type Sql } from './sql';

/** A post as the export carries it: with its place in a series. */
export type PlanPost = Post & { occurrenceOn: string | null; seriesDetached: boolean };

interface TableSpec {
  table: string;
  order: string;
  /** Export field → [column, kind]. */
  fields: Columns;
}

const SERIES: TableSpec = {
  table: 'series',
  order: 'created_at, id',
  fields: {
    id: ['id'],
    ...SERIES_COLUMNS,
    version: ['version'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
  },
};
const PROMPTS: TableSpec = {
  table: 'custom_prompts',
  order: 'created_at, id',
  fields: {
    id: ['id'],
    category: ['category'],
    text: ['text'],
    hidden: ['hidden', 'bool'],
    version: ['version'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
  },
};
const GROUPS: TableSpec = {
  table: 'hashtag_groups',
  order: 'created_at, id',
  fields: {
    id: ['id'],
    name: ['name'],
    hashtags: ['hashtags', 'json'],
    version: ['version'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
  },
};
const RHYTHM: TableSpec = {
  table: 'rhythm_settings',
  order: 'id',
  fields: {
    spotlightWeeks: ['spotlight_weeks'],
    instagramHashtagLimit: ['instagram_hashtag_limit'],
    mixTargets: ['mix_targets', 'json'],
    version: ['version'],
    updatedAt: ['updated_at'],
  },
};
const CONSENTS: TableSpec = {
  table: 'consents',
  order: 'created_at, id',
  fields: {
    id: ['id'],
    ...CONSENT_COLUMNS,
    version: ['version'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
  },
};
const AUDIT: TableSpec = {
  table: 'consent_audit',
  order: 'seq',
  fields: {
    seq: ['seq'],
    at: ['at'],
    consentId: ['consent_id'],
    action: ['action'],
    staffId: ['staff_id'],
    staffName: ['staff_name'],
    detail: ['detail'],
  },
};
const MEDIA: TableSpec = {
  table: 'media',
  order: 'created_at, id',
  fields: {
    id: ['id'],
    sha256: ['sha256'],
    kind: ['kind'],
    mime: ['mime'],
    name: ['name'],
    byteSize: ['byte_size'],
    width: ['width'],
    height: ['height'],
    durationMs: ['duration_ms'],
    hasGps: ['has_gps', 'bool'],
    hasMetadata: ['has_metadata', 'bool'],
    tags: ['tags', 'json'],
    showsPatient: ['shows_patient', 'bool'],
    consentId: ['consent_id'],
    version: ['version'],
    createdAt: ['created_at'],
  },
};

const MEETINGS: TableSpec = {
  table: 'meetings',
  order: 'week',
  fields: {
    week: ['week'],
    notes: ['notes'],
    version: ['version'],
    updatedAt: ['updated_at'],
  },
};
const ACTION_ITEMS: TableSpec = {
  table: 'action_items',
  order: 'week, created_at, id',
  fields: {
    id: ['id'],
    week: ['week'],
    text: ['text'],
    ownerId: ['owner_id'],
    dueOn: ['due_on'],
    doneOn: ['done_on'],
    version: ['version'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
  },
};

async function dump<T>(sql: Sql, spec: TableSpec): Promise<T[]> {
  const rows = await sql.all<Record<string, unknown>>(
    `SELECT * FROM ${spec.table} ORDER BY ${spec.order}`,
  );
  return rows.map(
    (row) =>
      Object.fromEntries(
        Object.entries(spec.fields).map(([field, [column, kind]]) => [
          field,
          fromColumn(row[column], kind),
        ]),
      ) as T,
  );
}

async function restore(
  sql: Sql,
  spec: TableSpec,
  rows: readonly object[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  const entries = Object.entries(spec.fields);
  const columns = [...entries.map(([, [column]]) => column), ...Object.keys(extra)];
  const insert = `INSERT INTO ${spec.table} (${columns.join(', ')})
    VALUES (${columns.map((column) => `@${column}`).join(', ')})`;
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    await sql.run(insert, {
      ...Object.fromEntries(
        entries.map(([field, [column, kind]]) => [column, toColumn(values[field], kind)]),
      ),
      ...extra,
    });
  }
}

export interface PlanExtras {
  series: PlanSeries[];
  prompts: PlanPrompt[];
  hashtagGroups: PlanHashtagGroup[];
  rhythmSettings: PlanRhythm | null;
  consents: Consent[];
  consentAudit: PlanAudit[];
  media: Media[];
  meetings: PlanMeeting[];
  actionItems: PlanActionItem[];
}

/** The whole plan, out and back in exactly as it was (ids, versions, times). */
export const transferRepo = {
  async isEmpty(sql: Sql): Promise<boolean> {
    const { n } = (await sql.get<{ n: number }>(
      `SELECT (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM posts)
         + (SELECT COUNT(*) FROM series) + (SELECT COUNT(*) FROM consents)
         + (SELECT COUNT(*) FROM media) + (SELECT COUNT(*) FROM custom_prompts)
         + (SELECT COUNT(*) FROM hashtag_groups) + (SELECT COUNT(*) FROM meetings)
         + (SELECT COUNT(*) FROM action_items) AS n`,
    ))!;
    return Number(n) === 0;
  },

  /**
   * Up to `limit` posts (the trash too) with their place in a series, in the order they were
   * written, after row `after` (0: from the start); `last` is the row to go on from. Pages
   * keep a whole-plan export of any size within memory; an import writes rows in file order,
   * so the order survives a round trip.
   */
  async postsPage(
    sql: Sql,
    after: number,
    limit: number,
  ): Promise<{ posts: PlanPost[]; last: number }> {
    const { postOrder, postChildren } = dialectSql(sql);
    const rows = await sql.all<
      PostRow & { row_number: number; occurrence_on: string | null; series_detached: unknown }
    >(
      `SELECT ${postOrder} AS row_number, p.*, ${postChildren} FROM posts p
       WHERE ${postOrder} > @after ORDER BY ${postOrder} LIMIT @limit`,
      { after, limit },
    );
    return {
      posts: rows.map((row) => ({
        ...toPost(row),
        occurrenceOn: row.occurrence_on,
        seriesDetached: flag(row.series_detached),
      })),
      last: rows.at(-1)?.row_number ?? after,
    };
  },

  /**
   * Series, prompts, hashtag groups, rhythm settings, consents and their log, media rows,
   * meetings and action items (format versions 2 and 3).
   */
  async extras(sql: Sql): Promise<PlanExtras> {
    return {
      series: await dump(sql, SERIES),
      prompts: await dump(sql, PROMPTS),
      hashtagGroups: await dump(sql, GROUPS),
      rhythmSettings: (await dump<PlanRhythm>(sql, RHYTHM))[0] ?? null,
      consents: await dump(sql, CONSENTS),
      consentAudit: await dump(sql, AUDIT),
      media: await dump(sql, MEDIA),
      meetings: await dump(sql, MEETINGS),
      actionItems: await dump(sql, ACTION_ITEMS),
    };
  },

  async restoreSettings(sql: Sql, settings: Settings): Promise<void> {
    await getSettings(sql); // makes sure the row exists
    await sql.run(
      `UPDATE settings SET practice_name = @practiceName, timezone = @timezone,
         week_starts_on = @weekStartsOn, default_post_time = @defaultPostTime,
         workday_start = @workdayStart, workday_end = @workdayEnd,
         compliance_packs = @compliancePacks,
         version = @version, updated_at = @updatedAt
       WHERE id = 1`,
      {
        practiceName: settings.practiceName,
        timezone: settings.timezone,
        weekStartsOn: settings.weekStartsOn,
        defaultPostTime: settings.defaultPostTime,
        workdayStart: settings.workdayStart,
        workdayEnd: settings.workdayEnd,
        compliancePacks: packsColumn(settings.compliancePacks),
        version: settings.version,
        updatedAt: settings.updatedAt,
      },
    );
  },

  async restoreStaff(sql: Sql, people: readonly Staff[]): Promise<void> {
    for (const person of people) {
      await sql.run(
        `INSERT INTO staff (id, name, role, color, birthday, started_on, fun_fact, active,
           celebrate_publicly, version, created_at, updated_at)
         VALUES (@id, @name, @role, @color, @birthday, @startedOn, @funFact, @active,
           @celebratePublicly, @version, @createdAt, @updatedAt)`,
        {
          id: person.id,
          name: person.name,
          role: person.role,
          color: person.color,
          birthday: person.birthday,
          startedOn: person.startedOn,
          funFact: person.funFact,
          active: person.active ? 1 : 0,
          celebratePublicly: person.celebratePublicly ? 1 : 0,
          version: person.version,
          createdAt: person.createdAt,
          updatedAt: person.updatedAt,
        },
      );
    }
  },

  /**
   * After restoreStaff, before restorePosts: the rows posts refer to, in an order the foreign
   * keys accept: series, consents and their log, media. Action items come after the staff
   * they name; the prompts, groups, rhythm settings and meetings any time.
   */
  async restoreExtras(sql: Sql, extras: PlanExtras): Promise<void> {
    await restore(sql, SERIES, extras.series);
    await restore(sql, CONSENTS, extras.consents);
    await restore(sql, AUDIT, extras.consentAudit);
    await restore(sql, MEDIA, extras.media);
    await restore(sql, PROMPTS, extras.prompts);
    await restore(sql, GROUPS, extras.hashtagGroups);
    await restore(sql, MEETINGS, extras.meetings);
    await restore(sql, ACTION_ITEMS, extras.actionItems);
    if (extras.rhythmSettings) {
      await sql.run('DELETE FROM rhythm_settings');
      await restore(sql, RHYTHM, [extras.rhythmSettings], { id: 1 });
    }
  },

  async restorePosts(sql: Sql, posts: readonly PlanPost[]): Promise<void> {
    for (const post of posts) {
      await sql.run(
        `INSERT INTO posts (id, title, category, status, scheduled_at, owner_id, caption,
           hashtags, notes, consent_flag, series_id, occurrence_on, series_detached, version,
           created_at, updated_at, deleted_at)
         VALUES (@id, @title, @category, @status, @scheduledAt, @ownerId, @caption, @hashtags,
           @notes, @consentFlag, @seriesId, @occurrenceOn, @seriesDetached, @version,
           @createdAt, @updatedAt, @deletedAt)`,
        {
          ...postColumns(post),
          id: post.id,
          seriesId: post.seriesId,
          occurrenceOn: post.occurrenceOn,
          seriesDetached: post.seriesDetached ? 1 : 0,
          version: post.version,
          createdAt: post.createdAt,
          updatedAt: post.updatedAt,
          deletedAt: post.deletedAt,
        },
      );
      await writeChildren(sql, post.id, post, false);
    }
  },
};
