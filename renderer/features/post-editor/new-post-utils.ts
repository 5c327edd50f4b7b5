// A new post the editor shows before it exists: clicking an empty day opens one, and it is
// saved (created) only once something is typed in it.
import { nowIso } from '../../../shared/clock';
import type { Post } from '../../../shared/contract';
import { blankPost } from '../../../shared/posts';
import { NEW_POST_ID, type NewPostDraft } from '../../state/ui';

/** The title a new post starts with (selected, so typing replaces it). */
export const NEW_POST_TITLE = 'New post';

export function unsavedPost({ scheduledAt }: NewPostDraft, now = nowIso()): Post {
  return {
    ...blankPost({ title: NEW_POST_TITLE, scheduledAt }),
    id: NEW_POST_ID,
    seriesId: null,
    version: 0,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}
