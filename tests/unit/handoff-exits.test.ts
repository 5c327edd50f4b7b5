// Every way a post leaves Rapport goes through one consent gate, whatever statuses were asked
// for, and lists what it left out and why; each tool's rules for each platform come from one
// table, and a preview shows the same list before any file is written.
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HANDOFF_RULES, handoffRule, type HandoffTool } from '../../shared/handoff';
import { MEDIA_RULES } from '../../shared/media-rules';
import { PLATFORM_IDS, PLATFORMS } from '../../shared/platforms';
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
  const colour = `#${(0x203040 + (shade % 16) * 0x0a0a0a).toString(16)}`;
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

  it('keeps them out of the Hootsuite CSV too, with the same reasons', async () => {
    const { withdrawn, newcomer, unconsented, consented } = await patientPosts();
    const result = await store.call('export.hootsuiteCsv', {
      ...WEEK,
      platform: 'instagram_feed',
      statuses: [...EVERY_STATUS],
    });
    expect(Papa.parse<string[]>(result.files[0]!.text).data.map((r) => r[1])).toEqual([
      consented.caption,
    ]);
    for (const gated of [withdrawn, newcomer, unconsented]) {
      expect(result.files[0]!.text).not.toContain(gated.caption);
    }
    expect(result.skipped.map((s) => s.title)).toEqual([
      withdrawn.title,
      newcomer.title,
      unconsented.title,
    ]);
    expect(result.skipped.every((s) => s.reason.startsWith('Needs patient consent first:'))).toBe(
      true,
    );
  });

  it('writes a held post into the calendar file as a busy slot without its words', async () => {
    const { withdrawn, newcomer, unconsented, consented } = await patientPosts();
    const result = await store.call('export.ics', WEEK);
    expect(result.events).toBe(4);
    const events = new ICAL.Component(ICAL.parse(result.text))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const consentedEvent = byUid.get(`${consented.id}@rapport.local`)!;
    expect(consentedEvent.summary).toBe(consented.title);
    expect(consentedEvent.description).toContain(consented.caption);
    for (const gated of [withdrawn, newcomer, unconsented]) {
      const event = byUid.get(`${gated.id}@rapport.local`)!;
      // The owner still sees the slot taken, at the post's time.
      expect(event.startDate.toJSDate().toISOString()).toBe(gated.scheduledAt);
      expect(event.summary).toBe('Post on hold: needs patient consent');
      expect(event.description).toMatch(/stay in Rapport until the patient consent is in place/);
    }
    for (const words of [withdrawn, newcomer, unconsented].flatMap((p) => [p.title, p.caption])) {
      expect(result.text).not.toContain(words.slice(0, 20));
    }
    expect(result.text).not.toContain('Ask AB-4411');
    expect(result.skipped.map((s) => [s.title, s.reason.split('. ')[0]])).toEqual([
      [withdrawn.title, 'In the file as a busy slot only, without its words'],
      [newcomer.title, 'In the file as a busy slot only, without its words'],
      [unconsented.title, 'In the file as a busy slot only, without its words'],
    ]);
    expect(result.skipped[1]!.reason).toMatch(/the patient story needs a linked consent/);
  });

  it('refuses to hand out a gated post’s text to copy, and hands out a consented one', async () => {
    const { newcomer, withdrawn, consented } = await patientPosts();
    const before = store.snapshot();
    for (const gated of [newcomer, withdrawn]) {
      const refused = await store.refuse('export.caption', { postId: gated.id, platform: 'x' });
      expect(refused.code).toBe('invalid_input');
      expect(refused.message).toMatch(/^Not copied\. Needs patient consent first: /);
    }
    expect(store.snapshot()).toBe(before);
    expect(await store.call('export.caption', { postId: consented.id, platform: 'x' })).toEqual({
      text: consented.caption,
    });
    const gone = await store.refuse('export.caption', {
      postId: '00000000-0000-4000-8000-000000000000',
      platform: 'x',
    });
    expect(gone.code).toBe('not_found');
  });

  it('previews the same rows and reasons without making a file or changing anything', async () => {
    const { consented } = await patientPosts();
    await store.call('rhythm.getSettings', {}); // the first read stores the defaults
    const before = store.snapshot();
    const input = { ...WEEK, platform: 'x' as const, statuses: [...EVERY_STATUS] };
    for (const channel of ['export.bufferCsv', 'export.hootsuiteCsv'] as const) {
      const preview = await store.call(channel, { ...input, preview: true });
      const real = await store.call(channel, input);
      expect(preview.files).toEqual([]);
      expect(preview.rows.map((r) => r.postId)).toEqual([consented.id]);
      expect(preview.rows).toEqual(real.rows);
      expect(preview.skipped).toEqual(real.skipped);
      expect(preview.skipped).toHaveLength(3);
    }
    const ics = await store.call('export.ics', { ...WEEK, preview: true });
    expect(ics).toMatchObject({ text: '', events: 4 });
    expect(ics.skipped).toHaveLength(3);
    expect(store.snapshot()).toBe(before);
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

describe('the tool × platform table', () => {
  it('reads every cell from the tool’s rules and the platform’s own limits', () => {
    for (const tool of Object.keys(HANDOFF_RULES) as HandoffTool[]) {
      for (const platform of PLATFORM_IDS) {
        expect(handoffRule(tool, platform)).toEqual({
          tool,
          platform,
          captionLimit: PLATFORMS[platform].captionLimit,
          needsMedia: MEDIA_RULES[platform].needsMedia,
          minuteStep: HANDOFF_RULES[tool].minuteStep,
          minLeadMinutes: HANDOFF_RULES[tool].minLeadMinutes,
          uniqueText: HANDOFF_RULES[tool].uniqueText,
        });
      }
    }
    // The platforms that never go out as text alone.
    expect(PLATFORM_IDS.filter((p) => handoffRule('buffer', p).needsMedia)).toEqual([
      'instagram_feed',
      'instagram_reel',
      'instagram_story',
      'tiktok',
      'youtube_short',
      'pinterest',
    ]);
  });

  it('names every reason a post breaks, for each tool', async () => {
    const settings = await store.call('settings.get', {});
    await store.call('settings.update', { version: settings.version, timezone: 'America/Chicago' });
    const rhythm = await store.call('rhythm.getSettings', {});
    await store.call('rhythm.updateSettings', {
      version: rhythm.version,
      instagramHashtagLimit: 3,
    });
    const team = await photo('team.png', null, false);
    const post = (title: string, scheduledAt: string, fields: Record<string, unknown> = {}) =>
      store.call('posts.create', {
        title,
        status: 'approved',
        scheduledAt,
        platforms: ['instagram_feed', 'x', 'tiktok'],
        caption: `${title}, in a few words`,
        media: [{ mediaId: team.id, alt: 'The team' }],
        ...fields,
      });
    await post('Many tags', '2026-12-15T16:00:00.000Z', { hashtags: ['a', 'b', 'c', 'd'] });
    await post('Long', '2026-12-15T17:00:00.000Z', { caption: 'y'.repeat(281) });
    await post('Odd minute', '2026-12-15T18:03:00.000Z');
    await post('Text alone', '2026-12-15T19:00:00.000Z', { media: [] });
    await post('Twin one', '2026-12-16T16:00:00.000Z', { caption: 'Same words' });
    await post('Twin two', '2026-12-16T17:00:00.000Z', { caption: 'Same words' });
    await post('Yesterday', '2026-12-08T16:00:00.000Z', { media: [] });
    const range = { from: '2026-12-07T06:00:00.000Z', to: '2026-12-21T06:00:00.000Z' };
    const reasons = async (
      channel: 'export.bufferCsv' | 'export.hootsuiteCsv',
      platform: 'instagram_feed' | 'x' | 'tiktok',
    ) =>
      Object.fromEntries(
        (await store.call(channel, { ...range, platform, preview: true })).skipped.map((s) => [
          s.title,
          s.reason,
        ]),
      );
    expect(await reasons('export.bufferCsv', 'instagram_feed')).toEqual({
      Yesterday:
        'Already past (Buffer schedules only times still ahead); Instagram feed needs a photo or video',
      'Many tags': 'Instagram takes at most 3 hashtags; this post has 4.',
      'Text alone': 'Instagram feed needs a photo or video',
    });
    expect(await reasons('export.bufferCsv', 'x')).toEqual({
      Yesterday: 'Already past (Buffer schedules only times still ahead)',
      Long: 'Caption is 281 characters; X allows 280',
    });
    expect(await reasons('export.bufferCsv', 'tiktok')).toEqual({
      Yesterday:
        'Already past (Buffer schedules only times still ahead); TikTok needs a photo or video',
      'Text alone': 'TikTok needs a photo or video',
    });
    expect(await reasons('export.hootsuiteCsv', 'x')).toEqual({
      Yesterday: 'Already past (Hootsuite schedules only times at least 10 minutes ahead)',
      Long: 'Caption is 281 characters; X allows 280',
      'Odd minute': 'Hootsuite needs minutes ending in 0 or 5 (this post is at 12:03)',
      'Twin two': 'Same message as “Twin one”: Hootsuite refuses duplicates',
    });
  });
});
