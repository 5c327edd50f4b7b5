// Search over every post's words (posts.search). Each keystroke's answer may arrive out of
// order; the caller keeps the latest (see SearchDialog).
import type { SearchResult } from '../../shared/channels/search';
import { api } from './client';

export type { SearchResult };

export const SEARCH_LIMIT = 20;

/** Posts whose words start with every word of `query`, best first; throws an ApiError. */
export function searchPosts(query: string): Promise<SearchResult[]> {
  return api('posts.search', { query: query.slice(0, 200), limit: SEARCH_LIMIT });
}
