// The consent register: written authorizations, never deleted (revoked instead), each change
// appended to the audit log with when and who (the staff member chosen on this computer).
import { CONSENT_FIELDS } from '../../shared/consent';
import type { Consent } from '../../shared/channels/consents';
import { consentStateOn } from '../../shared/consent';
import { ApiError } from '../../shared/envelope';
import { patientRefProblem } from '../../shared/privacy';
import type { Tx } from '../store/store';
import { changedFields } from './changes';
import { sweepConsent, type Takedown } from './consent-gate';
import { practiceToday } from './today';
import type { AreaHandlers, HandlerContext } from './types';

/** Who is making the change: the "me" staff member of this computer's prefs. */
export async function whoIsActing(tx: Tx, ctx: HandlerContext) {
  const { meStaffId } = await ctx.prefs.read();
  const me = meStaffId ? await tx.staff.find(meStaffId) : undefined;
  return me ? { staffId: me.id, staffName: me.name } : { staffId: null, staffName: '' };
}

/** A reference that names the patient is refused (the contract has checked its shape). */
function refuseNamedReference(patientRef: string | undefined): void {
  const problem = patientRef === undefined ? null : patientRefProblem(patientRef);
  if (problem) throw new ApiError('invalid_input', problem, { patientRef: problem });
}

async function existingConsent(tx: Tx, id: string): Promise<Consent> {
  const consent = await tx.consents.find(id);
  if (!consent) throw new ApiError('not_found', 'That consent is not in the register.');
  return consent;
}

const STALE =
  'This consent was changed elsewhere since you opened it. Nothing was saved; reload it and ' +
  'make your change again.';

/** A short, name-free account of what changed, for the audit log. */
function describeChange(before: Consent, after: Consent): string {
  return CONSENT_FIELDS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${k}: ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`)
    .join('; ');
}

/** Published posts relying on consents that no longer hold by `today`. */
async function allTakedowns(tx: Tx, today: string): Promise<Takedown[]> {
  const items: Takedown[] = [];
  for (const consent of await tx.consents.list()) {
    const state = consentStateOn(consent, today);
    if (state !== 'revoked' && state !== 'expired') continue;
    for (const postId of await tx.posts.idsUsingConsent(consent.id)) {
      const post = await tx.posts.find(postId);
      if (!post || post.deletedAt || post.status !== 'published') continue;
      items.push({
        postId: post.id,
        title: post.title,
        scheduledAt: post.scheduledAt,
        patientRef: consent.patientRef,
        reason: state,
      });
    }
  }
  return items;
}

export const consentsHandlers: AreaHandlers<
  | 'consents.list'
  | 'consents.create'
  | 'consents.update'
  | 'consents.revoke'
  | 'consents.checkExpiry'
  | 'consents.takedowns'
  | 'consents.audit'
> = {
  'consents.list': (tx) => tx.consents.list(),
  'consents.create': async (tx, fields, ctx) => {
    refuseNamedReference(fields.patientRef);
    const consent = await tx.consents.insert({ ...fields, revokedOn: null, revocationNote: '' });
    await tx.consents.audit({
      consentId: consent.id,
      action: 'created',
      ...(await whoIsActing(tx, ctx)),
      detail: `covers ${consent.covers.join(', ')}; signed ${consent.signedOn}`,
    });
    return consent;
  },
  'consents.update': async (tx, { id, version, ...patch }, ctx) => {
    const before = await existingConsent(tx, id);
    if (before.version !== version) throw new ApiError('conflict', STALE);
    if (before.revokedOn !== null) {
      throw new ApiError(
        'invalid_input',
        'A revoked consent cannot be changed; record a new one.',
        {
          id: 'This consent is revoked',
        },
      );
    }
    if (patch.patientRef !== before.patientRef) refuseNamedReference(patch.patientRef);
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...fields } = before;
    const next = { ...fields, ...patch };
    if (next.expiresOn === null && next.expiryEvent === null) {
      throw new ApiError('invalid_input', 'Please check: an expiry date or event is required.', {
        expiresOn: 'Give an expiry date or an expiry event (the signed form names one)',
      });
    }
    if (next.expiresOn !== null && next.expiresOn < next.signedOn) {
      throw new ApiError('invalid_input', 'Please check: the expiry date is before signing.', {
        expiresOn: 'The expiry date is before the signing date',
      });
    }
    const saved = await tx.consents.update(id, version, changedFields(fields, patch));
    if (!saved) throw new ApiError('conflict', STALE);
    const who = await whoIsActing(tx, ctx);
    await tx.consents.audit({
      consentId: id,
      action: 'updated',
      ...who,
      detail: describeChange(before, saved),
    });
    // A narrower consent (fewer platforms or uses, an earlier expiry) may no longer hold.
    await sweepConsent(tx, id, 'expired', who);
    return (await tx.consents.find(id))!;
  },
  'consents.revoke': async (tx, { id, on, note }, ctx) => {
    const consent = await existingConsent(tx, id);
    if (consent.revokedOn !== null) {
      throw new ApiError(
        'invalid_input',
        `This consent was already revoked on ${consent.revokedOn}.`,
        {
          id: 'Already revoked',
        },
      );
    }
    if (on < consent.signedOn) {
      throw new ApiError('invalid_input', 'Please check: revoked before it was signed.', {
        on: `The revocation date is before the signing date (${consent.signedOn})`,
      });
    }
    const saved = await tx.consents.update(id, consent.version, {
      revokedOn: on,
      revocationNote: note,
    });
    if (!saved) throw new ApiError('conflict', STALE);
    const who = await whoIsActing(tx, ctx);
    await tx.consents.audit({
      consentId: id,
      action: 'revoked',
      ...who,
      detail: note ? `from ${on}: ${note}` : `from ${on}`,
    });
    const { movedToDraft, takedowns } = await sweepConsent(tx, id, 'revoked', who);
    return { consent: saved, movedToDraft, takedowns };
  },
  'consents.checkExpiry': async (tx, { today }, ctx) => {
    const who = await whoIsActing(tx, ctx);
    let movedToDraft = 0;
    const takedowns: Takedown[] = [];
    for (const consent of await tx.consents.expired(today)) {
      const detail = `expired on ${consent.expiresOn}`;
      if (!(await tx.consents.hasAudit(consent.id, 'expired', detail))) {
        await tx.consents.audit({ consentId: consent.id, action: 'expired', ...who, detail });
      }
      const swept = await sweepConsent(tx, consent.id, 'expired', who);
      movedToDraft += swept.movedToDraft;
      takedowns.push(...swept.takedowns);
    }
    return { movedToDraft, takedowns };
  },
  'consents.takedowns': async (tx, { today }) =>
    allTakedowns(tx, today || (await practiceToday(tx))),
  'consents.audit': (tx, { consentId }) => tx.consents.auditLog(consentId),
};
