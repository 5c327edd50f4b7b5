import { ftsQuery, searchWords, snippetAround } from '../../shared/search';
import type { AreaHandlers } from './types';

export const searchHandlers: AreaHandlers<'posts.search'> = {
  // Whole words first (fast, and what a finished word means); only when they do not fill the
  // list, the last word as a prefix too ("sunscr" finds "sunscreen").
  'posts.search': async (tx, { query, limit }) => {
    const whole = ftsQuery(query, { prefix: false });
    const prefix = ftsQuery(query);
    if (whole === null || prefix === null) return [];
    const rows = await tx.posts.search(whole, limit);
    if (rows.length < limit) {
      const seen = new Set(rows.map((r) => r.id));
      for (const row of await tx.posts.search(prefix, limit)) {
        if (rows.length >= limit) break;
        if (!seen.has(row.id)) rows.push(row);
      }
    }
    const words = searchWords(query);
    return rows.map(({ body, ...row }) => ({ ...row, snippet: snippetAround(body, words) }));
  },
};
