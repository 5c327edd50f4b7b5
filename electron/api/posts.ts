import type { Post } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import type { PostChanges, PostFields, Tx } from '../store/store';
import { changedFields, changesAny } from './changes';
import { fieldsOf, postGateProblems } from './consent-gate';
import { whoIsActing } from './consents';
import { enforceStatusGates } from './status-gates';
import type { AreaHandlers, HandlerContext } from './types';

async function existingPost(tx: Tx, id: string): Promise<Post> {
  const post = await tx.posts.find(id);
  if (!post) throw new ApiError('not_found', 'That post no longer exists.');
  return post;
}

/** Fields whose change re-checks people: the owner and the featured. */
const PEOPLE_FIELDS = ['ownerId', 'featuredStaffIds'] as const;
/** Fields whose change re-checks links: consents and media. */
const LINK_FIELDS = ['consentIds', 'media'] as const;
/** Lists stored without order: the same people in another order is no change. */
const SET_FIELDS = ['featuredStaffIds', 'consentIds'] as const;

/**
 * People the change brings in must be on the staff list; a new owner must not be archived.
 * (Staff are archived, never deleted, so those already on the post stay valid.)
 */
async function checkPeople(tx: Tx, changes: PostChanges, before?: PostFields): Promise<void> {
  if (changes.ownerId) {
    const owner = await tx.staff.find(changes.ownerId);
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
  const added = (changes.featuredStaffIds ?? []).filter(
    (id) => !before?.featuredStaffIds.includes(id),
  );
  const found = await Promise.all(added.map((id) => tx.staff.find(id)));
  if (found.some((person) => !person)) {
    throw new ApiError('invalid_input', 'A featured person is not on the staff list.', {
      featuredStaffIds: 'No staff member with this id',
    });
  }
}

/**
 * Consents and media the change links must exist. (Consents are never deleted, and media in
 * use cannot be, so those already linked stay valid.)
 */
async function checkLinks(tx: Tx, changes: PostChanges, before?: PostFields): Promise<void> {
  for (const id of changes.consentIds ?? []) {
    if (before?.consentIds.includes(id)) continue;
    if (!(await tx.consents.find(id))) {
      throw new ApiError('invalid_input', 'A linked consent is not in the register.', {
        consentIds: 'No consent with this id',
      });
    }
  }
  for (const { mediaId } of changes.media ?? []) {
    if (before?.media.some((m) => m.mediaId === mediaId)) continue;
    if (!(await tx.media.find(mediaId))) {
      throw new ApiError('invalid_input', 'A photo or video is not in the media library.', {
        media: 'No media item with this id',
      });
    }
  }
}

/**
 * The consent flag: a post flagged by a revoked or expired consent keeps it until its consents
 * hold again, which any edit looks at. Answers the changes to write.
 */
async function clearHeldFlag(tx: Tx, next: PostFields, changes: PostChanges) {
  if (next.consentFlag !== null && (await postGateProblems(tx, next)).length === 0) {
    return { ...changes, consentFlag: null };
  }
  return changes;
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
    const fields: PostFields = { ...input, consentFlag: null };
    await checkPeople(tx, fields);
    await checkLinks(tx, fields);
    await enforceStatusGates(tx, ctx, fields);
    const post = await tx.posts.insert(fields);
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
    // Only what differs is written, and only what it affects is checked: a drag to another
    // day is one UPDATE of the date, after the gate (the date is one of its fields).
    const current = fieldsOf(before);
    const changes = changedFields(current, patch, SET_FIELDS);
    const next = { ...current, ...changes };
    if (changesAny(changes, PEOPLE_FIELDS)) await checkPeople(tx, changes, current);
    if (changesAny(changes, LINK_FIELDS)) await checkLinks(tx, changes, current);
    await enforceStatusGates(tx, ctx, next, changes, before);
    const after = await tx.posts.update(id, version, await clearHeldFlag(tx, next, changes));
    if (!after) throw new ApiError('conflict', 'This post was changed elsewhere just now.');
    if (changes.consentIds) await auditLinks(tx, ctx, after, before.consentIds);
    // Moving one occurrence of a series detaches only it: series edits keep off its time.
    if (before.seriesId && changes.scheduledAt !== undefined) await tx.series.detach(id);
    return after;
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
