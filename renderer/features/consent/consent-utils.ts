// Pure helpers for the consent screens (tested without React).
import type { Consent } from '../../../shared/channels/consents';
import { COVER_LABELS, gateInputOf, gateItems, gateProblems } from '../../../shared/consent';
import type { Media } from '../../../shared/channels/media';
import type { Post } from '../../../shared/contract';
import { PLATFORMS } from '../../../shared/platforms';

export function coversText(consent: Pick<Consent, 'covers'>): string {
  return consent.covers.map((c) => COVER_LABELS[c]).join(', ');
}

export function platformsText(consent: Pick<Consent, 'platforms'>): string {
  return consent.platforms === 'all_social'
    ? 'All social'
    : consent.platforms.map((p) => PLATFORMS[p].label).join(', ');
}

/** The gate as the editor shows it: what needs a consent, and what is missing ([] = ready). */
export function postGate(
  post: Pick<Post, 'category' | 'platforms' | 'scheduledAt' | 'consentIds' | 'media'>,
  library: readonly Media[],
  consents: readonly Consent[],
  place: { zone: string; today: string },
) {
  const byId = new Map(library.map((m) => [m.id, m]));
  const input = gateInputOf(post, (id) => byId.get(id), place);
  const items = gateItems(input);
  const problems = gateProblems(input, new Map(consents.map((c) => [c.id, c])));
  return { needed: items.length > 0, problems };
}

export interface ConsentDraft {
  patientRef: string;
  covers: Consent['covers'];
  allSocial: boolean;
  platforms: Exclude<Consent['platforms'], 'all_social'>;
  signedOn: string;
  expiresOn: string;
  expiryEvent: string;
  formRef: string;
}

export const EMPTY_CONSENT_DRAFT: ConsentDraft = {
  patientRef: '',
  covers: [],
  allSocial: true,
  platforms: [],
  signedOn: '',
  expiresOn: '',
  expiryEvent: '',
  formRef: '',
};

/** The create input from the form (blank optional fields left out; the server checks all). */
export function consentInputOf(d: ConsentDraft) {
  return {
    patientRef: d.patientRef,
    covers: d.covers,
    platforms: d.allSocial ? ('all_social' as const) : d.platforms,
    signedOn: d.signedOn,
    ...(d.expiresOn ? { expiresOn: d.expiresOn } : {}),
    ...(d.expiryEvent.trim() ? { expiryEvent: d.expiryEvent.trim() } : {}),
    formRef: d.formRef,
  };
}
