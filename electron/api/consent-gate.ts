// The consent gate over the store: gathers what shared/consent.ts needs (the post's media, its
// consents, the practice's zone and today), builds the input with the shared `gateInputOf`
// and applies it. Used by the status gates (status-gates.ts), media.exportCopy, the revoke/expiry sweep, and
// every export (`throughExitGate`).
import {
  consentIdsOf,
  gateInputOf,
  gateProblems,
  type ConsentTerms,
  type GateMedia,
} from '../../shared/consent';
import type { ConsentFlag } from '../../shared/channels/consents';
import type { Post } from '../../shared/contract';
import { exitGate, type GatedPosts } from '../../shared/handoff';
import type { PostFields, Tx } from '../store/store';
import { practiceToday } from './today';

type GatedPost = Pick<
  PostFields,
  'category' | 'platforms' | 'scheduledAt' | 'consentIds' | 'media' | 'status'
>;

/**
 * What the gate says about each of `posts`, reading every media item and consent they use
 * once (a month's export asks about the same few photos and consents again and again).
 */
async function gateProblemsOf<P extends GatedPost>(
  tx: Tx,
  posts: readonly P[],
): Promise<Map<P, string[]>> {
  const place = { zone: (await tx.settings.get()).timezone, today: await practiceToday(tx) };
  const media = new Map<string, GateMedia | undefined>();
  for (const post of posts) {
    for (const { mediaId } of post.media) {
      if (!media.has(mediaId)) media.set(mediaId, await tx.media.find(mediaId));
    }
  }
  const inputs = posts.map((post) => gateInputOf(post, (id) => media.get(id), place));
  const consents = new Map<string, ConsentTerms>();
  for (const id of new Set(inputs.flatMap(consentIdsOf))) {
    const consent = await tx.consents.find(id);
    if (consent) consents.set(id, consent);
  }
  return new Map(posts.map((post, i) => [post, gateProblems(inputs[i]!, consents)]));
}

/** What is missing before this post may be approved, published or exported ([] = nothing). */
export async function postGateProblems(tx: Tx, post: GatedPost): Promise<string[]> {
  return (await gateProblemsOf(tx, [post])).get(post)!;
}

/**
 * The exit gate: every export (files, copies, calendar events) builds its posts through it,
 * whatever statuses were asked for. A post whose consents do not hold is held with the reason.
 */
export async function throughExitGate(tx: Tx, posts: readonly Post[]): Promise<GatedPosts> {
  const problems = await gateProblemsOf(tx, posts);
  // A post the gate did not answer for fails here rather than passing unread.
  return exitGate(posts, (post) => problems.get(post)!);
}

export interface Takedown {
  postId: string;
  title: string;
  scheduledAt: string | null;
  patientRef: string;
  reason: ConsentFlag;
}

/**
 * After a consent stops holding (revoked, expired, narrowed): every post relying on it whose
 * gate now fails goes back to draft with the flag, and published ones become take-down items.
 */
export async function sweepConsent(
  tx: Tx,
  consentId: string,
  reason: ConsentFlag,
  who: { staffId: string | null; staffName: string },
): Promise<{ movedToDraft: number; takedowns: Takedown[] }> {
  const consent = await tx.consents.find(consentId);
  if (!consent) return { movedToDraft: 0, takedowns: [] };
  let movedToDraft = 0;
  const takedowns: Takedown[] = [];
  for (const postId of await tx.posts.idsUsingConsent(consentId)) {
    const post = await tx.posts.find(postId);
    if (!post || post.deletedAt || post.status === 'skipped') continue;
    if (post.status === 'published') {
      takedowns.push({
        postId: post.id,
        title: post.title,
        scheduledAt: post.scheduledAt,
        patientRef: consent.patientRef,
        reason,
      });
      continue;
    }
    const problems = await postGateProblems(tx, post);
    if (problems.length === 0 || post.consentFlag === reason) continue;
    const status =
      post.status === 'approved' || post.status === 'in_review' ? 'draft' : post.status;
    await tx.posts.update(post.id, post.version, { status, consentFlag: reason });
    if (status !== post.status) movedToDraft += 1;
    await tx.consents.audit({
      consentId,
      action: 'post_flagged',
      ...who,
      detail: `"${post.title}": consent ${reason}${status !== post.status ? ', back to draft' : ''}`,
    });
  }
  return { movedToDraft, takedowns };
}

export function fieldsOf(post: Post): PostFields {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = post;
  return fields;
}
