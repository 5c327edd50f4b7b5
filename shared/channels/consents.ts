// The consent register's channels: written patient authorizations for marketing use, never
// with a full name, each change kept in an append-only audit log.
import { z } from 'zod';
import { ALL_SOCIAL, CONSENT_COVERS, consentStatusToday, type ConsentTerms } from '../consent';
import { patientRefShapeProblem } from './privacy';
import { PLATFORM_IDS } from '../platforms';
import { channel, empty, id, isoDate, platformId, text } from '../schemas';

export const CONSENT_FLAGS = ['revoked', 'expired'] as const;
export type ConsentFlag = (typeof CONSENT_FLAGS)[number];

const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const consentSchema = z.object({
  id: z.string(),
  patientRef: z.string(),
  covers: z.array(z.enum(CONSENT_COVERS)),
  platforms: z.union([z.literal(ALL_SOCIAL), z.array(platformId)]),
  signedOn: z.string(),
  expiresOn: z.string().nullable(),
  expiryEvent: z.string().nullable(),
  formRef: z.string(),
  revokedOn: z.string().nullable(),
  revocationNote: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Consent = z.infer<typeof consentSchema>;

/** The register's view of a consent today. */
export function consentStatus(consent: Consent, today: string) {
  return consentStatusToday(consent as ConsentTerms, today);
}

export const AUDIT_ACTIONS = [
  'created',
  'updated',
  'revoked',
  'expired',
  'linked',
  'unlinked',
  'post_flagged',
] as const;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  consentId: z.string(),
  patientRef: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** Staff id of the person using Rapport on that computer ("me"), null if nobody was chosen. */
  staffId: z.string().nullable(),
  /** Their name at the time, kept so the log reads the same after they leave. */
  staffName: z.string(),
  detail: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const patientRef = z
  .string({ error: 'Patient reference must be text' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = patientRefShapeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const covers = z
  .array(z.enum(CONSENT_COVERS, { error: 'Covers photos, video, before_after or testimonial' }))
  .min(1, { error: 'Say what the consent covers' })
  .refine(unique, { error: 'A use is listed twice' });

const platforms = z.union(
  [
    z.literal(ALL_SOCIAL),
    z
      .array(platformId)
      .min(1, { error: 'Pick at least one platform, or all social' })
      .max(PLATFORM_IDS.length)
      .refine(unique, { error: 'A platform is listed twice' }),
  ],
  { error: 'Platforms must be "all_social" or a list of platforms' },
);

const consentFields = {
  patientRef,
  covers,
  platforms,
  signedOn: isoDate,
  expiresOn: isoDate.nullable(),
  expiryEvent: text(200, 'Expiry event').trim().nullable(),
  formRef: text(200, 'Form reference').trim(),
};

type Dates = { signedOn?: string; expiresOn?: string | null; expiryEvent?: string | null };

/** An authorization has an expiry date or event, and does not expire before it is signed. */
function checkDates(value: Dates, ctx: z.RefinementCtx, creating: boolean) {
  if (creating && !value.expiresOn && !value.expiryEvent) {
    ctx.addIssue({
      code: 'custom',
      path: ['expiresOn'],
      message: 'Give an expiry date or an expiry event (the signed form names one)',
    });
  }
  if (value.signedOn && value.expiresOn && value.expiresOn < value.signedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['expiresOn'],
      message: 'The expiry date is before the signing date',
    });
  }
}

export const consentCreateInput = z
  .strictObject({
    ...consentFields,
    expiresOn: consentFields.expiresOn.default(null),
    expiryEvent: consentFields.expiryEvent.default(null),
    formRef: consentFields.formRef.default(''),
  })
  .superRefine((v, ctx) => checkDates(v, ctx, true));

const version = z
  .number({ error: 'Must be the version last seen' })
  .int({ error: 'Must be the version last seen' })
  .min(1, { error: 'Must be the version last seen' });

export const consentUpdateInput = z
  .strictObject({ id, version, ...consentFields })
  .partial()
  .required({ id: true, version: true })
  .superRefine((v, ctx) => checkDates(v, ctx, false));

/** A post that goes out (or went out) with a consent that no longer holds. */
export const takedownSchema = z.object({
  postId: z.string(),
  title: z.string(),
  scheduledAt: z.string().nullable(),
  patientRef: z.string(),
  reason: z.enum(CONSENT_FLAGS),
});

export const consentsChannels = {
  /** The whole register, newest signature first. */
  'consents.list': channel(empty, z.array(consentSchema)),
  'consents.create': channel(consentCreateInput, consentSchema),
  /** A patch; `version` is the one the caller last saw, a stale one is a `conflict`. */
  'consents.update': channel(consentUpdateInput, consentSchema),
  /**
   * Revokes from `on`: linked posts not yet published go back to draft with a "consent
   * revoked" flag; published ones become take-down items.
   */
  'consents.revoke': channel(
    z.strictObject({ id, on: isoDate, note: text(500, 'Note').trim().default('') }),
    z.object({
      consent: consentSchema,
      movedToDraft: z.number().int(),
      takedowns: z.array(takedownSchema),
    }),
  ),
  /** Consents whose expiry date has passed by `today`: their posts go back to draft, flagged. */
  'consents.checkExpiry': channel(
    z.strictObject({ today: isoDate }),
    z.object({ movedToDraft: z.number().int(), takedowns: z.array(takedownSchema) }),
  ),
  /** Published posts whose consent has been revoked or has expired by `today`. */
  'consents.takedowns': channel(z.strictObject({ today: isoDate }), z.array(takedownSchema)),
  /** The append-only log, newest first; one consent's entries when `consentId` is given. */
  'consents.audit': channel(
    z.strictObject({ consentId: id.optional() }),
    z.array(auditEntrySchema),
  ),
} as const;
