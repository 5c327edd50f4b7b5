// Post rules both sides use: what counts as missed, how filters match.
import type { Post } from './contract';
import type { CategoryId, StatusId } from './vocabulary';

/** A post past its time that never got approved: shown as missed, never silently left. */
export function isMissed(post: Pick<Post, 'scheduledAt' | 'status'>, now: Date): boolean {
  return (
    post.scheduledAt !== null &&
    Date.parse(post.scheduledAt) < now.getTime() &&
    (post.status === 'idea' || post.status === 'draft' || post.status === 'in_review')
  );
}

export type DisplayStatus = StatusId | 'missed';

export function displayStatus(
  post: Pick<Post, 'scheduledAt' | 'status'>,
  now: Date,
): DisplayStatus {
  return isMissed(post, now) ? 'missed' : post.status;
}

export interface PostFilter {
  categories: CategoryId[];
  /** Staff ids; 'none' matches posts without an owner. */
  owners: (string | 'none')[];
  statuses: DisplayStatus[];
  /** Only the posts of this staff member ("My posts"), or null for everyone's. */
  mine: string | null;
}

export const NO_FILTER: PostFilter = { categories: [], owners: [], statuses: [], mine: null };

export function isFiltering(filter: PostFilter): boolean {
  return (
    filter.categories.length > 0 ||
    filter.owners.length > 0 ||
    filter.statuses.length > 0 ||
    filter.mine !== null
  );
}

/** Empty lists match everything. */
export function matchesFilter(post: Post, filter: PostFilter, now: Date): boolean {
  if (filter.mine !== null && post.ownerId !== filter.mine) return false;
  if (filter.categories.length > 0 && !filter.categories.includes(post.category)) return false;
  if (filter.owners.length > 0 && !filter.owners.includes(post.ownerId ?? 'none')) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(displayStatus(post, now))) {
    return false;
  }
  return true;
}

/** A post's own fields (not its id, version, timestamps or series). */
export type PostContent = Omit<
  Post,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'seriesId'
>;

/**
 * A post nobody has filled in yet, with `fields` on top: one set of defaults for a new idea, an
 * imported row, a series occurrence or a celebration draft.
 */
export function blankPost(fields: Partial<PostContent> & Pick<PostContent, 'title'>): PostContent {
  return {
    category: 'other',
    status: 'draft',
    scheduledAt: null,
    ownerId: null,
    caption: '',
    platformCaptions: {},
    platforms: [],
    hashtags: [],
    notes: '',
    featuredStaffIds: [],
    consentIds: [],
    media: [],
    consentFlag: null,
    ...fields,
  };
}
