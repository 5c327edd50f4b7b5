// SQL that SQLite and PostgreSQL write differently, in one place: repositories take these
// fragments rather than writing them inline, so a PostgreSQL executor adds its entry here and
// leaves the repositories as they are. (The rest of what differs: the note in sql.ts.)
import type { Dialect, Sql } from './sql';

export interface DialectSql {
  /**
   * Columns of post `p`: its child rows as JSON (empty: '[]' or '{}'). platforms_json and
   * media_json in position order, consents_json by id. PostgreSQL: COALESCE(json_agg(… ORDER
   * BY …), '[]'), json_object_agg, json_build_object.
   */
  readonly postChildren: string;
  /** Column `used` of media item `m`: the posts using it, as JSON [{ postId, title, deleted }]. */
  readonly mediaUsedBy: string;
  /** `expr` as compared and sorted case aside (names). PostgreSQL: lower(expr). */
  nocase(expr: string): string;
  /** `expr` kept from using an index (SQLite: `+expr`); PostgreSQL: expr, its planner decides. */
  noIndex(expr: string): string;
  /** LIKE with case aside (ASCII, as SQLite's). PostgreSQL: ILIKE. */
  readonly like: string;
  /** An integer column of post `p` in the order posts were written (SQLite: its rowid). */
  readonly postOrder: string;
  /**
   * Posts not in the trash whose title matches the full-text expression @match, newest
   * first, @limit at most: id, title, category, status, scheduledAt, body ('' here).
   * @match is an FTS5 expression (shared/search.ts ftsQuery); PostgreSQL: tsvector columns
   * and a tsquery made from the same words.
   */
  readonly searchTitles: string;
  /** The same over every word of the post; body: the words besides the title. */
  readonly searchEverywhere: string;
}

// Search: posts whose title matches come first (from an index of titles alone), then those
// matching anywhere else; newest first within each. Ranking every match by relevance (bm25),
// or asking FTS5 for snippets of a prefix query, reads every matching post: well over 100 ms
// for a common word in 100,000 posts. Walking the index in rowid order stops after `limit`
// rows instead; CROSS JOIN pins the index as the outer loop, the plan that makes that work.
const SEARCH_FIELDS = `p.id, p.title, p.category, p.status, p.scheduled_at AS scheduledAt`;

const SQLITE: DialectSql = {
  // One query per list, children folded in as JSON, so a month of posts is one round trip.
  postChildren: `
  (SELECT json_group_array(platform)
     FROM (SELECT platform FROM post_platforms WHERE post_id = p.id ORDER BY position)
  ) AS platforms_json,
  (SELECT json_group_object(platform, caption) FROM post_captions WHERE post_id = p.id)
    AS captions_json,
  (SELECT json_group_array(staff_id) FROM post_featured_staff WHERE post_id = p.id)
    AS featured_json,
  (SELECT json_group_array(consent_id)
     FROM (SELECT consent_id FROM post_consents WHERE post_id = p.id ORDER BY consent_id)
  ) AS consents_json,
  (SELECT json_group_array(json_object('mediaId', media_id, 'alt', alt))
     FROM (SELECT media_id, alt FROM post_media WHERE post_id = p.id ORDER BY position)
  ) AS media_json`,
  mediaUsedBy: `(SELECT json_group_array(json_object('postId', p.id, 'title', p.title,
      'deleted', json(CASE WHEN p.deleted_at IS NULL THEN 'false' ELSE 'true' END)))
    FROM post_media pm JOIN posts p ON p.id = pm.post_id WHERE pm.media_id = m.id) AS used`,
  nocase: (expr) => `${expr} COLLATE NOCASE`,
  noIndex: (expr) => `+${expr}`,
  like: 'LIKE',
  postOrder: 'p.rowid',
  searchTitles: `
SELECT ${SEARCH_FIELDS}, '' AS body
FROM post_title_search s CROSS JOIN posts p ON p.rowid = s.rowid
WHERE post_title_search MATCH @match AND p.deleted_at IS NULL
ORDER BY s.rowid DESC
LIMIT @limit`,
  searchEverywhere: `
SELECT ${SEARCH_FIELDS}, s.caption || ' ' || s.captions || ' ' || s.notes || ' ' || s.hashtags AS body
FROM post_search s CROSS JOIN posts p ON p.rowid = s.rowid
WHERE post_search MATCH @match AND p.deleted_at IS NULL
ORDER BY s.rowid DESC
LIMIT @limit`,
};

const DIALECTS: Partial<Record<Dialect, DialectSql>> = { sqlite: SQLITE };

/** The fragments for `sql`'s dialect. */
export function dialectSql(sql: Sql): DialectSql {
  const fragments = DIALECTS[sql.dialect];
  if (!fragments) throw new Error(`No SQL fragments for ${sql.dialect} yet (see dialect.ts)`);
  return fragments;
}
