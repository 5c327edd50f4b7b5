import type { SearchResult } from '../../shared/channels/search';
import type { Db } from './database';

// Posts whose title matches come first, then those matching anywhere else; newest first within
// each. Ranking every match by relevance (bm25) reads every matching post, which for a common
// word in 100,000 posts takes well over 100 ms; walking the index in rowid order stops after
// `limit` rows, so a search stays under a few ms however many posts match.
const SEARCH = `
SELECT p.id, p.title, p.category, p.status, p.scheduled_at AS scheduledAt,
  snippet(post_search, -1, '', '', '…', 10) AS snippet
FROM post_search s JOIN posts p ON p.rowid = s.rowid
WHERE post_search MATCH ? AND p.deleted_at IS NULL
ORDER BY s.rowid DESC
LIMIT ?`;

const SEARCH_TITLES = `
SELECT p.id, p.title, p.category, p.status, p.scheduled_at AS scheduledAt, p.title AS snippet
FROM post_title_search s JOIN posts p ON p.rowid = s.rowid
WHERE post_title_search MATCH ? AND p.deleted_at IS NULL
ORDER BY s.rowid DESC
LIMIT ?`;

/** Posts not in the trash matching the FTS5 expression `match`, title matches first. */
export function searchPosts(db: Db, match: string, limit: number): SearchResult[] {
  const inTitle = db.prepare(SEARCH_TITLES).all(match, limit) as SearchResult[];
  if (inTitle.length >= limit) return inTitle;
  const seen = new Set(inTitle.map((r) => r.id));
  const elsewhere = (
    db.prepare(SEARCH).all(match, limit + inTitle.length) as SearchResult[]
  ).filter((r) => !seen.has(r.id));
  return [...inTitle, ...elsewhere].slice(0, limit);
}
