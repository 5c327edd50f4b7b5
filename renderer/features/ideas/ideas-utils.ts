// The backlog's pure helpers.
import type { Post } from '../../../shared/contract';
import { CATEGORY_IDS } from '../../../shared/vocabulary';

export const QUICK_ADD_ID = 'quick-add-title';

export type IdeaSort = 'newest' | 'category';

/** Ideas to show: matching the search and category, in the chosen order. */
export function visibleIdeas(
  ideas: readonly Post[],
  { search, category, sort }: { search: string; category: string; sort: IdeaSort },
): Post[] {
  const needle = search.trim().toLowerCase();
  const list = ideas.filter(
    (p) =>
      (!category || p.category === category) && (!needle || p.title.toLowerCase().includes(needle)),
  );
  // Ties (ideas added in the same millisecond, e.g. the sample month) keep a stable order.
  const newest = (a: Post, b: Post) =>
    b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title);
  if (sort === 'newest') return list.sort(newest);
  return list.sort(
    (a, b) => CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category) || newest(a, b),
  );
}

/** The backlog idea being dragged onto the calendar (HTML drag data cannot carry objects). */
export const backlogDrag: { id: string | null } = { id: null };
