import type { Post } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import type { PostFields, Tx } from '../store/store';
import type { AreaHandlers } from './types';

async function existingPost(tx: Tx, id: string): Promise<Post> {
  const post = await tx.posts.find(id);
  if (!post) throw new ApiError('not_found', 'That post no longer exists.');
  return post;
}

/** Staff referenced by a post must exist; a new owner must not be archived. */
async function checkPeople(tx: Tx, next: PostFields, before?: Post): Promise<void> {
  if (next.ownerId !== null && next.ownerId !== before?.ownerId) {
    const owner = await tx.staff.find(next.ownerId);
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
  const found = await Promise.all(next.featuredStaffIds.map((id) => tx.staff.find(id)));
  if (found.some((person) => !person)) {
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
  'posts.listRange': (tx, { from, to }) => tx.posts.listRange(from, to),
  'posts.backlog': (tx) => tx.posts.backlog(),
  'posts.get': (tx, { id }) => existingPost(tx, id),
  'posts.create': async (tx, fields) => {
    await checkPeople(tx, fields);
    return tx.posts.insert(fields);
  },
  'posts.update': async (tx, { id, version, ...patch }) => {
    const before = await existingPost(tx, id);
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
    await checkPeople(tx, next, before);
    const saved = await tx.posts.update(id, version, next);
    if (!saved) throw new ApiError('conflict', 'This post was changed elsewhere just now.');
    // Moving one occurrence of a series detaches only it: series edits keep off its time.
    if (before.seriesId && next.scheduledAt !== before.scheduledAt) await tx.series.detach(id);
    return saved;
  },
  'posts.delete': async (tx, { id }) => {
    const post = await existingPost(tx, id);
    return post.deletedAt ? post : tx.posts.setDeleted(id, true);
  },
  'posts.restore': async (tx, { id }) => {
    const post = await existingPost(tx, id);
    return post.deletedAt ? tx.posts.setDeleted(id, false) : post;
  },
  'posts.trash': (tx) => tx.posts.trash(),
  'posts.emptyTrash': async (tx) => ({ removed: await tx.posts.purgeTrash() }),
};
