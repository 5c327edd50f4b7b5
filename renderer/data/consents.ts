// The consent register for the screens: the list, the audit log, take-down items, and
// changes (each resolving to an Outcome; field errors go back to the form).
import { todayIn } from '../../shared/clock';
import type { ChannelInput } from '../../shared/contract';
import { plural } from '../lib/format';
import type { Consent } from '../../shared/channels/consents';
import { notify } from '../state/notices';
import { api } from './client';
import { mutate } from './mutate';
import { reloadPosts } from './posts';
import { defineQuery } from './query';
import type { Outcome } from './errors';

export const consentsQuery = defineQuery(() => api('consents.list', {}));
export const auditQuery = defineQuery(() => api('consents.audit', {}));

export const takedownsQuery = defineQuery(() => api('consents.takedowns', { today: todayIn() }));

function changed() {
  consentsQuery.invalidate();
  auditQuery.invalidate();
  takedownsQuery.invalidate();
}

export { CONSENT_FIELDS as CONSENT_FORM_FIELDS } from '../../shared/consent';
import { CONSENT_FIELDS as CONSENT_FORM_FIELDS } from '../../shared/consent';

export async function createConsent(
  input: ChannelInput<'consents.create'>,
): Promise<Outcome<Consent>> {
  const outcome = await mutate(() => api('consents.create', input), {
    fieldsShown: CONSENT_FORM_FIELDS,
  });
  changed();
  return outcome;
}

export async function revokeConsent(id: string, on: string, note: string): Promise<boolean> {
  const outcome = await mutate(() => api('consents.revoke', { id, on, note }));
  changed();
  if (!outcome.ok) return false;
  reloadPosts();
  const { movedToDraft, takedowns } = outcome.data;
  notify(
    `Consent revoked. ${plural(movedToDraft, { one: 'post', other: 'posts' })} back to draft; ` +
      `${plural(takedowns.length, { one: 'published post', other: 'published posts' })} to take down.`,
  );
  return true;
}

/** Looks for consents past their expiry date (on opening the register). */
export async function checkExpiry(): Promise<void> {
  const outcome = await mutate(() => api('consents.checkExpiry', { today: todayIn() }));
  if (outcome.ok && outcome.data.movedToDraft > 0) {
    reloadPosts();
    const moved = plural(outcome.data.movedToDraft, { one: 'post', other: 'posts' });
    notify(`An expired consent sent ${moved} back to draft.`);
  }
  changed();
}
