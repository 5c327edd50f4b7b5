import { ftsQuery, searchWords, snippetAround } from '../../shared/search';
import type { AreaHandlers } from './types';

export const searchHandlers: AreaHandlers<'posts.search'> = {
  'posts.search': async (tx, { query, limit }) => {
    const match = ftsQuery(query);
    if (match === null) return [];
    const words = searchWords(query);
    const rows = await tx.posts.search(match, limit);
    return rows.map(({ body, ...row }) => ({ ...row, snippet: snippetAround(body, words) }));
  },
};
