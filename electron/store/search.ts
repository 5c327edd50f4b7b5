import type { SearchResult } from '../../shared/channels/search';
import type { Db } from './database';

/** A search hit: the post's summary and the words it was found in besides its title. */
export type SearchRow = Omit<SearchResult, 'snippet'> & { body: string };

// Posts whose title matches come first (from an index of titles alone), then those matching
// anywhere else; newest first within each. Ranking every match by relevance (bm25), or asking
// FTS5 for snippets of a prefix query, reads every matching post: well over 100 ms for a common
// word in 100,000 posts. Walking the index in rowid order stops after `limit` rows instead;
// CROSS JOIN pins the index as the outer loop, the plan that makes that work.
const FIELDS = `p.id, p.title, p.category, p.status, p.scheduled_at AS scheduledAt`;

const SEARCH = `
SELECT ${FIELDS}, s.caption || ' ' || s.captions || ' ' || s.notes || ' ' || s.hashtags AS body
FROM post_search s CROSS JOIN posts p ON p.rowid = s.rowid
WHERE post_search MATCH ? AND p.deleted_at IS NULL
ORDER BY s.rowid DESC
LIMIT ?`;

const SEARCH_TITLES = `
SELECT ${FIELDS}, '' AS body
FROM post_title_search s CROSS JOIN posts p ON p.rowid = s.rowid
WHERE post_title_search MATCH ? AND p.deleted_at IS NULL
ORDER BY s.rowid DESC
LIMIT ?`;

/** Posts not in the trash matching the FTS5 expression `match`, title matches first. */
export function searchPosts(db: Db, match: string, limit: number): SearchRow[] {
  const inTitle = db.prepare(SEARCH_TITLES).all(match, limit) as SearchRow[];
  if (inTitle.length >= limit) return inTitle;
  const seen = new Set(inTitle.map((r) => r.id));
  const elsewhere = (db.prepare(SEARCH).all(match, limit + inTitle.length) as SearchRow[]).filter(
    (r) => !seen.has(r.id),
  );
  return [...inTitle, ...elsewhere].slice(0, limit);
}
