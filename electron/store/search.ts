import type { SearchResult } from '../../shared/channels/search';
import type { Db } from './database';

// Title matches weigh most, then hashtags, captions and notes (bm25 weights per column of
// post_search: title, caption, captions, notes, hashtags).
const SEARCH = `
SELECT p.id, p.title, p.category, p.status, p.scheduled_at AS scheduledAt,
  snippet(post_search, -1, '', '', '…', 10) AS snippet
FROM post_search s JOIN posts p ON p.rowid = s.rowid
WHERE post_search MATCH ? AND p.deleted_at IS NULL
ORDER BY bm25(post_search, 10.0, 2.0, 2.0, 1.0, 4.0), p.scheduled_at DESC
LIMIT ?`;

/** Posts not in the trash matching the FTS5 expression `match`, best first. */
export function searchPosts(db: Db, match: string, limit: number): SearchResult[] {
  return db.prepare(SEARCH).all(match, limit) as SearchResult[];
}
