// Pure helpers of the search dialog.
import { DateTime } from 'luxon';
import { CATEGORIES } from '../../../shared/vocabulary';
import type { SearchResult } from '../../data/search';
import { formatDateTime, plural } from '../../lib/format';

/** The option after moving `by` from `active` in a list of `count` (wrapping); -1 when empty. */
export function moveActive(active: number, by: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return by === 1 ? 0 : count - 1;
  return (active + by + count) % count;
}

/** When a result is: its date and time in the practice's zone, or "Idea" for an undated post. */
export function resultWhen(result: Pick<SearchResult, 'scheduledAt'>): string {
  return result.scheduledAt ? formatDateTime(DateTime.fromISO(result.scheduledAt)) : 'Idea';
}

export function resultCategory(result: Pick<SearchResult, 'category'>): string {
  return CATEGORIES[result.category].label;
}

/** What the status line says for a finished search. */
export function resultCount(query: string, count: number, limit: number): string {
  if (query.trim() === '') return 'Type a word from a title, caption, note or hashtag.';
  if (count === 0) return `No posts match “${query.trim()}”.`;
  if (count >= limit) return `The first ${plural(count, { one: 'post', other: 'posts' })}.`;
  return `${plural(count, { one: 'post', other: 'posts' })} found.`;
}
