import type { Post } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import type { Db } from '../store/database';
import {
  findPost,
  insertPost,
  listBacklog,
  listPostsInRange,
  listTrash,
  purgeTrash,
  setPostDeleted,
  updatePostRow,
  type PostFields,
} from '../store/posts';
import { findStaff } from '../store/staff';
import type { AreaHandlers } from './types';

function existingPost(db: Db, id: string): Post {
  const post = findPost(db, id);
  if (!post) throw new ApiError('not_found', 'That post no longer exists.');
  return post;
}

/** Staff referenced by a post must exist; a new owner must not be archived. */
function checkPeople(db: Db, next: PostFields, before?: Post): void {
  if (next.ownerId !== null && next.ownerId !== before?.ownerId) {
    const owner = findStaff(db, next.ownerId);
    if (!owner) {
      throw new ApiError('invalid_input', 'The chosen owner is not on the staff list.', {
        ownerId: 'No staff member with this id',
      });
    }
    if (!owner.active) {
      throw new ApiError('invalid_input', `${owner.name} is archived and cannot own new posts.`, {
        ownerId: 'Archived staff cannot own posts',
      });
    }
  }
  const missing = next.featuredStaffIds.filter((id) => !findStaff(db, id));
  if (missing.length > 0) {
    throw new ApiError('invalid_input', 'A featured person is not on the staff list.', {
      featuredStaffIds: 'No staff member with this id',
    });
  }
}

function fieldsOf(post: Post): PostFields {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = post;
  return fields;
}

export const postsHandlers: AreaHandlers<
  | 'posts.listRange'
  | 'posts.backlog'
  | 'posts.get'
  | 'posts.create'
  | 'posts.update'
  | 'posts.delete'
  | 'posts.restore'
  | 'posts.trash'
  | 'posts.emptyTrash'
> = {
  'posts.listRange': (db, { from, to }) => listPostsInRange(db, from, to),
  'posts.backlog': (db) => listBacklog(db),
  'posts.get': (db, { id }) => existingPost(db, id),
  'posts.create': (db, fields) => {
    checkPeople(db, fields);
    return insertPost(db, fields);
  },
  'posts.update': (db, { id, version, ...patch }) => {
    const before = existingPost(db, id);
    if (before.deletedAt) {
      throw new ApiError('not_found', 'This post is in the trash. Restore it to edit it.');
    }
    if (before.version !== version) {
      throw new ApiError(
        'conflict',
        'This post was changed elsewhere since you opened it. Your edit was not saved; ' +
          'reload the post to see the newer version.',
      );
    }
    const next = { ...fieldsOf(before), ...patch };
    checkPeople(db, next, before);
    const saved = updatePostRow(db, id, version, next);
    if (!saved) throw new ApiError('conflict', 'This post was changed elsewhere just now.');
    return saved;
  },
  'posts.delete': (db, { id }) => {
    const post = existingPost(db, id);
    return post.deletedAt ? post : setPostDeleted(db, id, true);
  },
  'posts.restore': (db, { id }) => {
    const post = existingPost(db, id);
    return post.deletedAt ? setPostDeleted(db, id, false) : post;
  },
  'posts.trash': (db) => listTrash(db),
  'posts.emptyTrash': (db) => ({ removed: purgeTrash(db) }),
};
