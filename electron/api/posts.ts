import type { Post } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import type { PostFields, Tx } from '../store/store';
import { enforceGate, fieldsOf, postGateProblems } from './consent-gate';
import { whoIsActing } from './consents';
import type { AreaHandlers, HandlerContext } from './types';

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

/** Linked consents and media must exist. */
async function checkLinks(tx: Tx, next: PostFields): Promise<void> {
  for (const id of next.consentIds) {
    if (!(await tx.consents.find(id))) {
      throw new ApiError('invalid_input', 'A linked consent is not in the register.', {
        consentIds: 'No consent with this id',
      });
    }
  }
  for (const { mediaId } of next.media) {
    if (!(await tx.media.find(mediaId))) {
      throw new ApiError('invalid_input', 'A photo or video is not in the media library.', {
        media: 'No media item with this id',
      });
    }
  }
}

/**
 * The consent gate (approved/published need valid consents), then the flag: a post flagged by a
 * revoked or expired consent keeps the flag until its consents hold again.
 */
async function applyGate(tx: Tx, ctx: HandlerContext, next: PostFields): Promise<PostFields> {
  await enforceGate(tx, next);
  if (next.consentFlag !== null && (await postGateProblems(tx, next)).length === 0) {
    return { ...next, consentFlag: null };
  }
  return next;
}

/** Linking and unlinking consents goes into the consent audit log. */
async function auditLinks(tx: Tx, ctx: HandlerContext, post: Post, before: string[]) {
  const added = post.consentIds.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !post.consentIds.includes(id));
  if (added.length === 0 && removed.length === 0) return;
  const who = await whoIsActing(tx, ctx);
  for (const consentId of added) {
    await tx.consents.audit({
      consentId,
      action: 'linked',
      ...who,
      detail: `post "${post.title}"`,
    });
  }
  for (const consentId of removed) {
    await tx.consents.audit({
      consentId,
      action: 'unlinked',
      ...who,
      detail: `post "${post.title}"`,
    });
  }
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
  'posts.create': async (tx, input, ctx) => {
    const fields = { ...input, consentFlag: null };
    await checkPeople(tx, fields);
    await checkLinks(tx, fields);
    const post = await tx.posts.insert(await applyGate(tx, ctx, fields));
    await auditLinks(tx, ctx, post, []);
    return post;
  },
  'posts.update': async (tx, { id, version, ...patch }, ctx) => {
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
    await checkLinks(tx, next);
    const saved = await tx.posts.update(id, version, await applyGate(tx, ctx, next));
    if (!saved) throw new ApiError('conflict', 'This post was changed elsewhere just now.');
    await auditLinks(tx, ctx, saved, before.consentIds);
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
