// Media rows (the files themselves live in media/ beside the database, by content hash:
// electron/media/files.ts). A used item cannot be deleted: post_media refers to it with
// ON DELETE RESTRICT, and the handler says so first.
import { randomUUID } from 'node:crypto';
import type { Media, MediaListItem } from '../../shared/channels/media';
import type { Db } from './database';
import { nowIso } from '../../shared/clock';

export type MediaFields = Omit<Media, 'id' | 'version' | 'createdAt'>;

interface MediaRow {
  id: string;
  sha256: string;
  kind: Media['kind'];
  mime: string;
  name: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  has_gps: number;
  has_metadata: number;
  tags: string;
  shows_patient: number;
  consent_id: string | null;
  version: number;
  created_at: string;
}

function toMedia(row: MediaRow): Media {
  return {
    id: row.id,
    sha256: row.sha256,
    kind: row.kind,
    mime: row.mime,
    name: row.name,
    byteSize: row.byte_size,
    width: row.width,
    height: row.height,
    durationMs: row.duration_ms,
    hasGps: row.has_gps === 1,
    hasMetadata: row.has_metadata === 1,
    tags: JSON.parse(row.tags) as string[],
    showsPatient: row.shows_patient === 1,
    consentId: row.consent_id,
    version: row.version,
    createdAt: row.created_at,
  };
}

function columns(f: MediaFields) {
  return {
    sha256: f.sha256,
    kind: f.kind,
    mime: f.mime,
    name: f.name,
    byteSize: f.byteSize,
    width: f.width,
    height: f.height,
    durationMs: f.durationMs,
    hasGps: f.hasGps ? 1 : 0,
    hasMetadata: f.hasMetadata ? 1 : 0,
    tags: JSON.stringify(f.tags),
    showsPatient: f.showsPatient ? 1 : 0,
    consentId: f.consentId,
  };
}

export function findMedia(db: Db, id: string): Media | undefined {
  const row = db.prepare('SELECT * FROM media WHERE id = ?').get(id) as MediaRow | undefined;
  return row && toMedia(row);
}

export function findMediaBySha(db: Db, sha256: string): Media | undefined {
  const row = db.prepare('SELECT * FROM media WHERE sha256 = ?').get(sha256) as
    MediaRow | undefined;
  return row && toMedia(row);
}

export function insertMedia(db: Db, fields: MediaFields): Media {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO media (id, sha256, kind, mime, name, byte_size, width, height, duration_ms,
       has_gps, has_metadata, tags, shows_patient, consent_id, created_at)
     VALUES (@id, @sha256, @kind, @mime, @name, @byteSize, @width, @height, @durationMs,
       @hasGps, @hasMetadata, @tags, @showsPatient, @consentId, @now)`,
  ).run({ ...columns(fields), id, now: nowIso() });
  return findMedia(db, id)!;
}

export function updateMediaRow(
  db: Db,
  id: string,
  version: number,
  fields: MediaFields,
): Media | undefined {
  const { changes } = db
    .prepare(
      `UPDATE media SET name = @name, tags = @tags, shows_patient = @showsPatient,
         consent_id = @consentId, version = version + 1
       WHERE id = @id AND version = @version`,
    )
    .run({ ...columns(fields), id, version });
  return changes === 0 ? undefined : findMedia(db, id);
}

export function deleteMediaRow(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM media WHERE id = ?').run(id).changes > 0;
}

/** Posts (trash included) that use an item. */
export function mediaUsage(db: Db, id: string): MediaListItem['usedBy'] {
  return (
    db
      .prepare(
        `SELECT p.id AS postId, p.title, p.deleted_at IS NOT NULL AS deleted
         FROM post_media pm JOIN posts p ON p.id = pm.post_id
         WHERE pm.media_id = ? ORDER BY p.scheduled_at, p.title`,
      )
      .all(id) as { postId: string; title: string; deleted: number }[]
  ).map((u) => ({ ...u, deleted: u.deleted === 1 }));
}

/** The library, newest first: `search` matches name, tags and any alt text it carries on a post. */
export function listMedia(db: Db, search: string, unused: boolean): MediaListItem[] {
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `SELECT m.*, (SELECT json_group_array(json_object('postId', p.id, 'title', p.title,
           'deleted', json(CASE WHEN p.deleted_at IS NULL THEN 'false' ELSE 'true' END)))
         FROM post_media pm JOIN posts p ON p.id = pm.post_id WHERE pm.media_id = m.id) AS used
       FROM media m
       WHERE (@search = '' OR m.name LIKE @like ESCAPE '\\' OR m.tags LIKE @like ESCAPE '\\'
         OR EXISTS (SELECT 1 FROM post_media pm WHERE pm.media_id = m.id
           AND pm.alt LIKE @like ESCAPE '\\'))
         AND (@unused = 0 OR NOT EXISTS (SELECT 1 FROM post_media pm WHERE pm.media_id = m.id))
       ORDER BY m.created_at DESC, m.id`,
    )
    .all({ search, like, unused: unused ? 1 : 0 }) as (MediaRow & { used: string })[];
  return rows.map((row) => ({
    ...toMedia(row),
    usedBy: JSON.parse(row.used) as MediaListItem['usedBy'],
  }));
}

export function mediaStats(db: Db): { items: number; unused: number } {
  return db
    .prepare(
      `SELECT COUNT(*) AS items,
         COALESCE(SUM(NOT EXISTS (SELECT 1 FROM post_media pm WHERE pm.media_id = m.id)), 0)
           AS unused
       FROM media m`,
    )
    .get() as { items: number; unused: number };
}
