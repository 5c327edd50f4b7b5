import type { SearchResult } from '../../shared/channels/search';
import { dialectSql } from './dialect';
import type { Sql } from './sql';

/** A search hit: the post's summary and the words it was found in besides its title. */
export type SearchRow = Omit<SearchResult, 'snippet'> & { body: string };

/**
 * Not deleted posts matching an FTS5 expression (shared/search.ts `ftsQuery`), `limit` at most:
 * title matches first, then matches elsewhere, newest first within each (dialect.ts).
 */
export async function searchPosts(sql: Sql, match: string, limit: number): Promise<SearchRow[]> {
  const { searchTitles, searchEverywhere } = dialectSql(sql);
  const inTitle = await sql.all<SearchRow>(searchTitles, { match, limit });
  if (inTitle.length >= limit) return inTitle;
  const seen = new Set(inTitle.map((r) => r.id));
  const elsewhere = await sql.all<SearchRow>(searchEverywhere, {
    match,
    limit: limit + inTitle.length,
  });
  return [...inTitle, ...elsewhere.filter((r) => !seen.has(r.id))].slice(0, limit);
}
