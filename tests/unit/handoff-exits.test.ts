// Every way a post leaves Rapport goes through one consent gate, whatever statuses were asked
// for, and lists what it left out and why; each tool's rules for each platform come from one
// table, and a preview shows the same list before any file is written.
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBytes, plainPhoto } from './helpers/images';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

/** The week after the suite's Wednesday, in Chicago: every post below is in the future. */
const WEEK = { from: '2026-12-14T06:00:00.000Z', to: '2026-12-21T06:00:00.000Z' };
const EVERY_STATUS = ['idea', 'draft', 'in_review', 'approved'] as const;
const NEWCOMER_CAPTION = 'J. came to us nervous about her first visit. Today she smiles.';

let shade = 0;
/** A photo of its own (the library keeps the same bytes once), marked as asked. */
async function photo(name: string, consentId: string | null = null, showsPatient = true) {
  shade += 1;
  const colour = `#${(0x305070 + shade * 0x0a0a0a).toString(16)}`;
  const item = await importBytes(store, await plainPhoto(1080, 1350, colour), name);
  return store.call('media.update', {
    id: item.id,
    version: item.version,
    showsPatient,
    consentId,
  });
}

/**
 * Four patient posts on Instagram and X, each with a photo: one whose consent was revoked (so
 * it went back to draft), a newcomer's idea with no consent at all, a draft whose photo "shows
 * a patient" without a consent, and an approved story with a valid consent.
 */
async function patientPosts() {
  const settings = await store.call('settings.get', {});
  await store.call('settings.update', { version: settings.version, timezone: 'America/Chicago' });
  const consent = (patientRef: string) =>
    store.call('consents.create', {
      patientRef,
      covers: ['photos', 'testimonial'],
      platforms: 'all_social',
      signedOn: '2026-11-01',
      expiresOn: '2027-11-01',
      formRef: 'Binder 3',
    });
  const revoked = await consent('AB-4411');
  const valid = await consent('CD-5522');
  const post = async (title: string, at: string, fields: Record<string, unknown>) =>
    store.call('posts.create', {
      title,
      scheduledAt: at,
      platforms: ['instagram_feed', 'x'],
      ...fields,
    });
  const withdrawn = await post('Her new smile', '2026-12-14T16:00:00.000Z', {
    category: 'patient_story',
    status: 'approved',
    caption: 'Her new smile, in her own words.',
    notes: 'Ask AB-4411 for a quote',
    consentIds: [revoked.id],
    media: [{ mediaId: (await photo('smile.png', revoked.id)).id, alt: 'A smile' }],
  });
  await store.call('consents.revoke', { id: revoked.id, on: '2026-12-02', note: 'Asked us' });
  expect((await store.call('posts.get', { id: withdrawn.id })).status).toBe('draft');
  const newcomer = await post('J.’s first visit', '2026-12-15T16:00:00.000Z', {
    category: 'patient_story',
    status: 'idea',
    caption: NEWCOMER_CAPTION,
    media: [{ mediaId: (await photo('first-visit.png')).id, alt: 'J. in the chair' }],
  });
  const unconsented = await post('A day at the clinic', '2026-12-16T16:00:00.000Z', {
    status: 'draft',
    caption: 'A day at the clinic, from the front desk.',
    media: [{ mediaId: (await photo('waiting-room.png')).id, alt: 'The waiting room' }],
  });
  const consented = await post('Thank you, C.', '2026-12-17T16:00:00.000Z', {
    category: 'patient_story',
    status: 'approved',
    caption: 'Thank you, C., for sharing your story.',
    consentIds: [valid.id],
    media: [{ mediaId: (await photo('thanks.png', valid.id)).id, alt: 'C. smiling' }],
  });
  return { withdrawn, newcomer, unconsented, consented };
}

describe('the consent gate on every way out', () => {
  it('keeps gated posts out of the Buffer CSV even when drafts and ideas are asked for', async () => {
    const { withdrawn, newcomer, unconsented, consented } = await patientPosts();
    for (const platform of ['instagram_feed', 'x'] as const) {
      const result = await store.call('export.bufferCsv', {
        ...WEEK,
        platform,
        statuses: [...EVERY_STATUS],
      });
      const rows = result.files.flatMap(
        (f) => Papa.parse<Record<string, string>>(f.text, { header: true }).data,
      );
      expect(rows.map((r) => r.Text)).toEqual([consented.caption]);
      const text = result.files.map((f) => f.text).join('\n');
      for (const gated of [withdrawn, newcomer, unconsented])
        expect(text).not.toContain(gated.caption);
      expect(result.skipped.map((s) => [s.title, s.reason])).toEqual([
        [
          withdrawn.title,
          'Needs patient consent first: the patient story: consent AB-4411 was revoked on ' +
            '2026-12-02; photo "smile.png": consent AB-4411 was revoked on 2026-12-02.',
        ],
        [
          newcomer.title,
          'Needs patient consent first: the patient story needs a linked consent; ' +
            'photo "first-visit.png" needs a linked consent.',
        ],
        [
          unconsented.title,
          'Needs patient consent first: photo "waiting-room.png" needs a linked consent.',
        ],
      ]);
    }
  });
});

describe('each tool’s rules for each platform', () => {
  it('leaves out of Buffer’s Instagram file a past post and a post without a photo, saying why', async () => {
    const settings = await store.call('settings.get', {});
    await store.call('settings.update', { version: settings.version, timezone: 'America/Chicago' });
    const approved = (title: string, scheduledAt: string, fields: Record<string, unknown> = {}) =>
      store.call('posts.create', {
        title,
        status: 'approved',
        scheduledAt,
        platforms: ['instagram_feed'],
        caption: `${title}, in a few words`,
        ...fields,
      });
    const team = await photo('team.png', null, false);
    await approved('Gone by', '2026-12-01T16:00:00.000Z', {
      media: [{ mediaId: team.id, alt: 'The team' }],
    });
    await approved('No photo yet', '2026-12-15T16:00:00.000Z');
    const ready = await approved('Ready to go', '2026-12-16T16:00:00.000Z', {
      media: [{ mediaId: team.id, alt: 'The team' }],
    });
    const result = await store.call('export.bufferCsv', {
      from: '2026-12-01T06:00:00.000Z',
      to: '2027-01-01T06:00:00.000Z',
      platform: 'instagram_feed',
    });
    const rows = Papa.parse<Record<string, string>>(result.files[0]!.text, { header: true }).data;
    expect(rows.map((r) => r.Text)).toEqual([ready.caption]);
    expect(result.skipped.map((s) => [s.title, s.reason])).toEqual([
      ['Gone by', 'Already past (Buffer schedules only times still ahead)'],
      ['No photo yet', 'Instagram feed needs a photo or video'],
    ]);
  });
});
