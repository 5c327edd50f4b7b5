// The consent gate over the store: gathers what shared/consent.ts needs (the post's media, its
// consents, the practice-zone date it goes out) and applies it. Used by posts.update/create,
// media.exportCopy, and the revoke/expiry sweep.
import { DateTime } from 'luxon';
import {
  gateMessage,
  gateProblems,
  isGatedStatus,
  type ConsentTerms,
  type GateInput,
} from '../../shared/consent';
import type { ConsentFlag } from '../../shared/channels/consents';
import type { Post } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import type { PostFields, Tx } from '../store/store';
import { practiceToday } from './today';

type GatedPost = Pick<
  PostFields,
  'category' | 'platforms' | 'scheduledAt' | 'consentIds' | 'media' | 'status'
>;

/** The practice-zone date a post goes out; today for a post without a date. */
export async function postDate(tx: Tx, post: GatedPost): Promise<string> {
  if (post.scheduledAt === null) return practiceToday(tx);
  const { timezone } = await tx.settings.get();
  return DateTime.fromISO(post.scheduledAt, { zone: 'utc' })
    .setZone(timezone)
    .toFormat('yyyy-MM-dd');
}

export async function gateInputFor(
  tx: Tx,
  post: GatedPost,
): Promise<{ input: GateInput; consents: Map<string, ConsentTerms> }> {
  const media = [];
  for (const item of post.media) {
    const found = await tx.media.find(item.mediaId);
    if (found) media.push(found);
  }
  const ids = new Set([
    ...post.consentIds,
    ...media.flatMap((m) => (m.consentId ? [m.consentId] : [])),
  ]);
  const consents = new Map<string, ConsentTerms>();
  for (const id of ids) {
    const consent = await tx.consents.find(id);
    if (consent) consents.set(id, consent);
  }
  return {
    input: {
      category: post.category,
      platforms: post.platforms,
      date: await postDate(tx, post),
      postConsentIds: post.consentIds,
      media: media.map((m) => ({
        name: m.name,
        kind: m.kind,
        showsPatient: m.showsPatient,
        consentId: m.consentId,
      })),
    },
    consents,
  };
}

/** What is missing before this post may be approved, published or exported ([] = nothing). */
export async function postGateProblems(tx: Tx, post: GatedPost): Promise<string[]> {
  const { input, consents } = await gateInputFor(tx, post);
  return gateProblems(input, consents);
}

/** Refuses (invalid_input on `status`) a gated status the post's consents do not allow. */
export async function enforceGate(tx: Tx, post: GatedPost): Promise<void> {
  if (!isGatedStatus(post.status)) return;
  const problems = await postGateProblems(tx, post);
  if (problems.length > 0) {
    throw new ApiError('invalid_input', gateMessage(problems), { status: gateMessage(problems) });
  }
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
