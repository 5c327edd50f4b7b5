import { ftsQuery } from '../../shared/search';
import type { AreaHandlers } from './types';

export const searchHandlers: AreaHandlers<'posts.search'> = {
  'posts.search': async (tx, { query, limit }) => {
    const match = ftsQuery(query);
    return match === null ? [] : tx.posts.search(match, limit);
  },
};
