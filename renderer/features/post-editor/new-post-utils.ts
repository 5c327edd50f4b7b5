// A new post the editor shows before it exists: clicking an empty day opens one, and it is
// saved (created) only once something is typed in it.
import type { Post } from '../../../shared/contract';
import { NEW_POST_ID, type NewPostDraft } from '../../state/ui';

/** The title a new post starts with (selected, so typing replaces it). */
export const NEW_POST_TITLE = 'New post';

export function blankPost({ scheduledAt }: NewPostDraft, now = new Date().toISOString()): Post {
  return {
    id: NEW_POST_ID,
    title: NEW_POST_TITLE,
    category: 'other',
    status: 'draft',
    scheduledAt,
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
    seriesId: null,
    version: 0,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}
