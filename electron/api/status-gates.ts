// What a post must satisfy before it may be approved or published, as one list of gates. Each
// gate says which fields it reads (a change to none of them does not re-run it: a caption edit
// does not re-check consents) and answers, in words, what is missing for the post as it would
// be after the change. posts.create and posts.update run the list; a refusal is
// `invalid_input` on `status`, naming every gate's problems.
import { gateMessage, isGatedStatus } from '../../shared/consent';
import { ApiError } from '../../shared/envelope';
import type { Post } from '../../shared/contract';
import type { PostChanges, PostFields, Tx } from '../store/store';
import { changesAny } from './changes';
import { postGateProblems } from './consent-gate';
import type { HandlerContext } from './types';

export interface StatusGate {
  /** The fields the gate reads: a change that touches none of them skips it. */
  readonly reads: readonly (keyof PostFields)[];
  /** What is missing, as a sentence for the status field; null when nothing is. */
  problem(tx: Tx, ctx: HandlerContext, next: PostFields, before?: Post): Promise<string | null>;
}

/** Approved and published need valid consents for every patient and photo (consent-gate.ts). */
const consentGate: StatusGate = {
  reads: ['status', 'category', 'platforms', 'scheduledAt', 'consentIds', 'media'],
  async problem(tx, _ctx, next) {
    const problems = await postGateProblems(tx, next);
    return problems.length > 0 ? gateMessage(problems) : null;
  },
};

export const STATUS_GATES: readonly StatusGate[] = [consentGate];

/**
 * Refuses a gated status (approved, published) that a gate does not allow. On update, only the
 * gates whose fields changed run; on create (`changes` undefined), all of them.
 */
export async function enforceStatusGates(
  tx: Tx,
  ctx: HandlerContext,
  next: PostFields,
  changes?: PostChanges,
  before?: Post,
): Promise<void> {
  if (!isGatedStatus(next.status)) return;
  const problems: string[] = [];
  for (const gate of STATUS_GATES) {
    if (changes && !changesAny(changes, gate.reads)) continue;
    const problem = await gate.problem(tx, ctx, next, before);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) {
    const message = problems.join(' ');
    throw new ApiError('invalid_input', message, { status: message });
  }
}
