// Media rows (the files themselves live in media/ beside the database, by content hash:
// electron/media/files.ts). A used item cannot be deleted: post_media refers to it with
// ON DELETE RESTRICT, and the handler says so first.
import { randomUUID } from 'node:crypto';
import type { Media, MediaListItem } from '../../shared/channels/media';
import { nowIso } from '../../shared/clock';
import { dialectSql } from './dialect';
import { flag, json, type Sql } from './sql';

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
  has_gps: unknown;
  has_metadata: unknown;
  tags: string;
  shows_patient: unknown;
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
    hasGps: flag(row.has_gps),
    hasMetadata: flag(row.has_metadata),
    tags: json<string[]>(row.tags),
    showsPatient: flag(row.shows_patient),
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

export const mediaRepo = {
  async find(sql: Sql, id: string): Promise<Media | undefined> {
    const row = await sql.get<MediaRow>('SELECT * FROM media WHERE id = @id', { id });
    return row && toMedia(row);
  },

  async findBySha(sql: Sql, sha256: string): Promise<Media | undefined> {
    const row = await sql.get<MediaRow>('SELECT * FROM media WHERE sha256 = @sha256', {
      sha256,
    });
    return row && toMedia(row);
  },

  /** The library, newest first: `search` matches name, tags and any alt text it has on a post. */
  async list(sql: Sql, search: string, unused: boolean): Promise<MediaListItem[]> {
    const { mediaUsedBy, like } = dialectSql(sql);
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await sql.all<MediaRow & { used: unknown }>(
      `SELECT m.*, ${mediaUsedBy}
       FROM media m
       WHERE (@search = '' OR m.name ${like} @pattern ESCAPE '\\'
         OR m.tags ${like} @pattern ESCAPE '\\'
         OR EXISTS (SELECT 1 FROM post_media pm WHERE pm.media_id = m.id
           AND pm.alt ${like} @pattern ESCAPE '\\'))
         AND (@unused = 0 OR NOT EXISTS (SELECT 1 FROM post_media pm WHERE pm.media_id = m.id))
       ORDER BY m.created_at DESC, m.id`,
      { search, pattern, unused: unused ? 1 : 0 },
    );
    return rows.map((row) => ({
      ...toMedia(row),
      usedBy: json<MediaListItem['usedBy']>(row.used),
    }));
  },

  async insert(sql: Sql, fields: MediaFields): Promise<Media> {
    const id = randomUUID();
    await sql.run(
      `INSERT INTO media (id, sha256, kind, mime, name, byte_size, width, height, duration_ms,
         has_gps, has_metadata, tags, shows_patient, consent_id, created_at)
       VALUES (@id, @sha256, @kind, @mime, @name, @byteSize, @width, @height, @durationMs,
         @hasGps, @hasMetadata, @tags, @showsPatient, @consentId, @now)`,
      { ...columns(fields), id, now: nowIso() },
    );
    return (await mediaRepo.find(sql, id))!;
  },

  /** Writes name, tags and consent if the version is still `version`; undefined if not. */
  async update(
    sql: Sql,
    id: string,
    version: number,
    fields: MediaFields,
  ): Promise<Media | undefined> {
    const { changes } = await sql.run(
      `UPDATE media SET name = @name, tags = @tags, shows_patient = @showsPatient,
         consent_id = @consentId, version = version + 1
       WHERE id = @id AND version = @version`,
      { ...columns(fields), id, version },
    );
    return changes === 0 ? undefined : mediaRepo.find(sql, id);
  },

  async delete(sql: Sql, id: string): Promise<boolean> {
    return (await sql.run('DELETE FROM media WHERE id = @id', { id })).changes > 0;
  },

  /** Posts (trash included) that use an item. */
  async usage(sql: Sql, id: string): Promise<MediaListItem['usedBy']> {
    const rows = await sql.all<{ postId: string; title: string; deleted: unknown }>(
      `SELECT p.id AS postId, p.title, p.deleted_at IS NOT NULL AS deleted
       FROM post_media pm JOIN posts p ON p.id = pm.post_id
       WHERE pm.media_id = @id ORDER BY p.scheduled_at NULLS FIRST, p.title`,
      { id },
    );
    return rows.map((u) => ({ ...u, deleted: flag(u.deleted) }));
  },

  async stats(sql: Sql): Promise<{ items: number; unused: number }> {
    return (await sql.get<{ items: number; unused: number }>(
      `SELECT COUNT(*) AS items,
         COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM post_media pm WHERE pm.media_id = m.id)
           THEN 1 ELSE 0 END), 0) AS unused
       FROM media m`,
    ))!;
  },
};
