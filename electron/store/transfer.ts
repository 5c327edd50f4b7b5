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
import type { Db } from './database';
import { SELECT_POSTS_BY_ROW, toPost, writeChildren, type PostRow } from './posts';
import { getSettings, packsColumn } from './settings';

/** A post as the export carries it: with its place in a series. */
export type PlanPost = Post & { occurrenceOn: string | null; seriesDetached: boolean };

/** How one field is stored: as is, as JSON text, or as 0/1. */
type Kind = 'plain' | 'json' | 'bool' | 'platforms';
interface TableSpec {
  table: string;
  order: string;
  /** Export field → [column, kind]. */
  fields: Record<string, readonly [string, Kind?]>;
}

const SERIES: TableSpec = {
  table: 'series',
  order: 'created_at, id',
  fields: {
    id: ['id'],
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
    patientRef: ['patient_ref'],
    covers: ['covers', 'json'],
    platforms: ['platforms', 'platforms'],
    signedOn: ['signed_on'],
    expiresOn: ['expires_on'],
    expiryEvent: ['expiry_event'],
    formRef: ['form_ref'],
    revokedOn: ['revoked_on'],
    revocationNote: ['revocation_note'],
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

function fromColumn(value: unknown, kind: Kind = 'plain'): unknown {
  if (value === null) return null;
  if (kind === 'bool') return value === 1;
  if (kind === 'json') return JSON.parse(value as string) as unknown;
  if (kind === 'platforms')
    return value === 'all_social' ? value : (JSON.parse(value as string) as unknown);
  return value;
}

function toColumn(value: unknown, kind: Kind = 'plain'): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  if (kind === 'platforms') return value === 'all_social' ? value : JSON.stringify(value);
  return value;
}

function dump<T>(db: Db, spec: TableSpec): T[] {
  const rows = db.prepare(`SELECT * FROM ${spec.table} ORDER BY ${spec.order}`).all() as Record<
    string,
    unknown
  >[];
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

function restore(
  db: Db,
  spec: TableSpec,
  rows: readonly object[],
  extra: Record<string, unknown> = {},
) {
  const entries = Object.entries(spec.fields);
  const columns = [...entries.map(([, [column]]) => column), ...Object.keys(extra)];
  const insert = db.prepare(
    `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    insert.run(
      ...entries.map(([field, [, kind]]) => toColumn(values[field], kind)),
      ...Object.values(extra),
    );
  }
}

export function plannerIsEmpty(db: Db): boolean {
  const { n } = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM posts)
         + (SELECT COUNT(*) FROM series) + (SELECT COUNT(*) FROM consents)
         + (SELECT COUNT(*) FROM media) + (SELECT COUNT(*) FROM custom_prompts)
         + (SELECT COUNT(*) FROM hashtag_groups) + (SELECT COUNT(*) FROM meetings)
         + (SELECT COUNT(*) FROM action_items) AS n`,
    )
    .get() as { n: number };
  return n === 0;
}

/**
 * Up to `limit` posts (the trash too) with their place in a series, in the order they were
 * written, after the row `after` (0: from the start). Pages keep a whole-plan export of any
 * size within memory; an import writes rows in file order, so the order survives a round trip.
 */
export function planPostsPage(
  db: Db,
  after: number,
  limit: number,
): { posts: PlanPost[]; last: number } {
  const rows = db
    .prepare(`${SELECT_POSTS_BY_ROW} WHERE p.rowid > ? ORDER BY p.rowid LIMIT ?`)
    .all(after, limit) as (PostRow & {
    row_number: number;
    occurrence_on: string | null;
    series_detached: number;
  })[];
  return {
    posts: rows.map((row) => ({
      ...toPost(row),
      occurrenceOn: row.occurrence_on,
      seriesDetached: row.series_detached === 1,
    })),
    last: rows.at(-1)?.row_number ?? after,
  };
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

/** Everything beside settings, staff and posts (format versions 2 and 3). */
export function planExtras(db: Db): PlanExtras {
  return {
    series: dump(db, SERIES),
    prompts: dump(db, PROMPTS),
    hashtagGroups: dump(db, GROUPS),
    rhythmSettings: dump<PlanRhythm>(db, RHYTHM)[0] ?? null,
    consents: dump(db, CONSENTS),
    consentAudit: dump(db, AUDIT),
    media: dump(db, MEDIA),
    meetings: dump(db, MEETINGS),
    actionItems: dump(db, ACTION_ITEMS),
  };
}

/**
 * Writes the extras back, in an order the foreign keys accept: series, consents and their log,
 * media. Posts come after (restorePosts); action items after the staff they name
 * (restoreStaff); the prompts, groups, rhythm settings and meetings any time.
 */
export function restoreExtras(db: Db, extras: PlanExtras): void {
  restore(db, SERIES, extras.series);
  restore(db, CONSENTS, extras.consents);
  restore(db, AUDIT, extras.consentAudit);
  restore(db, MEDIA, extras.media);
  restore(db, PROMPTS, extras.prompts);
  restore(db, GROUPS, extras.hashtagGroups);
  restore(db, MEETINGS, extras.meetings);
  restore(db, ACTION_ITEMS, extras.actionItems);
  if (extras.rhythmSettings) {
    db.prepare('DELETE FROM rhythm_settings').run();
    restore(db, RHYTHM, [extras.rhythmSettings], { id: 1 });
  }
}

export function restoreSettings(db: Db, settings: Settings): void {
  getSettings(db); // makes sure the row exists
  db.prepare(
    `UPDATE settings SET practice_name = @practiceName, timezone = @timezone,
       week_starts_on = @weekStartsOn, default_post_time = @defaultPostTime,
       workday_start = @workdayStart, workday_end = @workdayEnd,
       compliance_packs = @compliancePacks,
       version = @version, updated_at = @updatedAt
     WHERE id = 1`,
  ).run({
    practiceName: settings.practiceName,
    timezone: settings.timezone,
    weekStartsOn: settings.weekStartsOn,
    defaultPostTime: settings.defaultPostTime,
    workdayStart: settings.workdayStart,
    workdayEnd: settings.workdayEnd,
    compliancePacks: packsColumn(settings.compliancePacks),
    version: settings.version,
    updatedAt: settings.updatedAt,
  });
}

export function restoreStaff(db: Db, people: readonly Staff[]): void {
  const insert = db.prepare(
    `INSERT INTO staff (id, name, role, color, birthday, started_on, fun_fact, active,
       celebrate_publicly, version, created_at, updated_at)
     VALUES (@id, @name, @role, @color, @birthday, @startedOn, @funFact, @active,
       @celebratePublicly, @version, @createdAt, @updatedAt)`,
  );
  for (const person of people) {
    insert.run({
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
    });
  }
}

export function restorePosts(db: Db, posts: readonly PlanPost[]): void {
  const insert = db.prepare(
    `INSERT INTO posts (id, title, category, status, scheduled_at, owner_id, caption, hashtags,
       notes, consent_flag, series_id, occurrence_on, series_detached, version, created_at,
       updated_at, deleted_at)
     VALUES (@id, @title, @category, @status, @scheduledAt, @ownerId, @caption, @hashtags,
       @notes, @consentFlag, @seriesId, @occurrenceOn, @seriesDetached, @version, @createdAt,
       @updatedAt, @deletedAt)`,
  );
  for (const post of posts) {
    insert.run({
      id: post.id,
      title: post.title,
      category: post.category,
      status: post.status,
      scheduledAt: post.scheduledAt,
      ownerId: post.ownerId,
      caption: post.caption,
      hashtags: JSON.stringify(post.hashtags),
      notes: post.notes,
      consentFlag: post.consentFlag,
      seriesId: post.seriesId,
      occurrenceOn: post.occurrenceOn,
      seriesDetached: post.seriesDetached ? 1 : 0,
      version: post.version,
      createdAt: post.createdAt,
      updatedAt: post.updatedAt,
      deletedAt: post.deletedAt,
    });
    writeChildren(db, post.id, post);
  }
}
