// The consent rules both sides use: what a patient reference may look like (never a full
// name), when a consent is valid, and the gate a post passes before it may be approved,
// published or exported. Pure: the handlers (electron/api/consent-gate.ts) and the editor
// build the gate's input with the same `gateInputOf` and call the same rules, so the UI shows
// the gate before anyone tries.
import { DateTime } from 'luxon';
import { PLATFORMS, type PlatformId } from './platforms';
export { PATIENT_REF_MAX } from './channels/privacy';

export const CONSENT_COVERS = ['photos', 'video', 'before_after', 'testimonial'] as const;
export type ConsentCover = (typeof CONSENT_COVERS)[number];

export const COVER_LABELS: Record<ConsentCover, string> = {
  photos: 'photos',
  video: 'video',
  before_after: 'before/after',
  testimonial: 'testimonial',
};

/** "All social": every platform, now and later. */
export const ALL_SOCIAL = 'all_social' as const;
export type ConsentPlatforms = typeof ALL_SOCIAL | PlatformId[];

/** A consent's own fields: what its form edits and what its audit log records as changed. */
export const CONSENT_FIELDS = [
  'patientRef',
  'covers',
  'platforms',
  'signedOn',
  'expiresOn',
  'expiryEvent',
  'formRef',
] as const;

/** The part of a consent the rules read. */
export interface ConsentTerms {
  id: string;
  patientRef: string;
  covers: ConsentCover[];
  platforms: ConsentPlatforms;
  signedOn: string;
  expiresOn: string | null;
  expiryEvent: string | null;
  revokedOn: string | null;
}

export type ConsentState = 'valid' | 'not_yet_signed' | 'expired' | 'revoked';

/** Whether a consent holds on `date` (YYYY-MM-DD): signed on or before, not past its expiry day, not revoked by then. */
export function consentStateOn(consent: ConsentTerms, date: string): ConsentState {
  if (consent.revokedOn !== null && consent.revokedOn <= date) return 'revoked';
  if (consent.signedOn > date) return 'not_yet_signed';
  if (consent.expiresOn !== null && consent.expiresOn < date) return 'expired';
  return 'valid';
}

/** Its state today, as the register lists it. */
export function consentStatusToday(consent: ConsentTerms, today: string): ConsentState {
  if (consent.revokedOn !== null) return 'revoked';
  return consentStateOn(consent, today);
}

export function coversPlatforms(consent: ConsentTerms, platforms: readonly PlatformId[]) {
  if (consent.platforms === ALL_SOCIAL) return [];
  const allowed = consent.platforms;
  return platforms.filter((p) => !allowed.includes(p));
}

/** One thing in a post that needs a consent: the patient story itself, or a media item. */
export interface GateItem {
  /** Shown in the refusal: "the patient story", "photo "smile.jpg"". */
  label: string;
  /** Uses it needs covered; any one of `anyOf` suffices when set (a story: photos, video, before/after or testimonial). */
  needs: ConsentCover[];
  anyOf?: boolean;
  /** Consents linked to it. */
  consentIds: string[];
}

export interface GateInput {
  category: string;
  platforms: readonly PlatformId[];
  /** The practice-zone date the post goes out (today when it has none, or needs no consent). */
  date: string;
  postConsentIds: readonly string[];
  media: readonly {
    name: string;
    kind: 'image' | 'video';
    showsPatient: boolean;
    consentId: string | null;
  }[];
}

/** What the gate reads of a media item (a library item has these fields). */
export type GateMedia = GateInput['media'][number];

/** What the gate reads of a post. */
export interface GatePost {
  category: string;
  platforms: readonly PlatformId[];
  scheduledAt: string | null;
  consentIds: readonly string[];
  media: readonly { mediaId: string }[];
}

/**
 * The gate's input for a post: the one builder the handlers and the editor share. `mediaOf`
 * finds a library item (one no longer there needs no consent); the date is the post's day in
 * the practice's `zone`, or `today` for a post without a date.
 */
export function gateInputOf(
  post: GatePost,
  mediaOf: (id: string) => GateMedia | undefined,
  { zone, today }: { zone: string; today: string },
): GateInput {
  const input: GateInput = {
    category: post.category,
    platforms: post.platforms,
    date: today,
    postConsentIds: post.consentIds,
    media: post.media.flatMap(({ mediaId }) => {
      const m = mediaOf(mediaId);
      return m
        ? [{ name: m.name, kind: m.kind, showsPatient: m.showsPatient, consentId: m.consentId }]
        : [];
    }),
  };
  // Only a post that needs a consent reads its date: a month's export asks for hundreds of
  // posts, most needing none, and the time zone arithmetic is the costly part.
  if (post.scheduledAt !== null && gateItems(input).length > 0) {
    input.date = DateTime.fromISO(post.scheduledAt, { zone: 'utc' })
      .setZone(zone)
      .toFormat('yyyy-MM-dd');
  }
  return input;
}

/** The consents the gate reads for this input. */
export function consentIdsOf(input: GateInput): string[] {
  const ids = [...input.postConsentIds];
  for (const m of input.media) if (m.consentId) ids.push(m.consentId);
  return [...new Set(ids)];
}

/** Which items of a post need a consent. */
export function gateItems(input: GateInput): GateItem[] {
  const items: GateItem[] = [];
  if (input.category === 'patient_story') {
    items.push({
      label: 'the patient story',
      needs: [...CONSENT_COVERS],
      anyOf: true,
      consentIds: [...input.postConsentIds],
    });
  }
  for (const m of input.media) {
    if (!m.showsPatient) continue;
    items.push({
      label: `${m.kind === 'video' ? 'video' : 'photo'} "${m.name}"`,
      needs: [m.kind === 'video' ? 'video' : 'photos'],
      consentIds: m.consentId ? [m.consentId] : [],
    });
  }
  return items;
}

function problemWith(
  consent: ConsentTerms,
  item: GateItem,
  platforms: readonly PlatformId[],
  date: string,
): string | null {
  const state = consentStateOn(consent, date);
  if (state === 'revoked')
    return `consent ${consent.patientRef} was revoked on ${consent.revokedOn}`;
  if (state === 'expired') return `consent ${consent.patientRef} expired on ${consent.expiresOn}`;
  if (state === 'not_yet_signed') {
    return `consent ${consent.patientRef} is signed only on ${consent.signedOn}`;
  }
  const missingUses = item.anyOf
    ? item.needs.some((n) => consent.covers.includes(n))
      ? []
      : item.needs
    : item.needs.filter((n) => !consent.covers.includes(n));
  if (missingUses.length > 0) {
    return `consent ${consent.patientRef} does not cover ${missingUses.map((u) => COVER_LABELS[u]).join(' or ')}`;
  }
  const missingPlatforms = coversPlatforms(consent, platforms);
  if (missingPlatforms.length > 0) {
    return `consent ${consent.patientRef} does not cover ${missingPlatforms.map((p) => PLATFORMS[p].label).join(', ')}`;
  }
  return null;
}

/**
 * What is missing before the post may be approved, published or exported: one line per item
 * without a consent that holds on the post's date for its platforms and use. Empty = it passes.
 */
export function gateProblems(
  input: GateInput,
  consents: ReadonlyMap<string, ConsentTerms>,
): string[] {
  const problems: string[] = [];
  for (const item of gateItems(input)) {
    if (item.consentIds.length === 0) {
      problems.push(`${item.label} needs a linked consent`);
      continue;
    }
    const reasons: string[] = [];
    let ok = false;
    for (const id of item.consentIds) {
      const consent = consents.get(id);
      if (!consent) {
        reasons.push('its linked consent no longer exists');
        continue;
      }
      const reason = problemWith(consent, item, input.platforms, input.date);
      if (reason === null) {
        ok = true;
        break;
      }
      reasons.push(reason);
    }
    if (!ok) problems.push(`${item.label}: ${reasons.join('; ')}`);
  }
  return problems;
}

/** Statuses a post reaches only through the gate. */
export const GATED_STATUSES = ['approved', 'published'] as const;

export function isGatedStatus(status: string): boolean {
  return (GATED_STATUSES as readonly string[]).includes(status);
}

/** The refusal message for the `status` field. */
export function gateMessage(problems: readonly string[]): string {
  return `Needs patient consent first: ${problems.join('; ')}.`;
}
