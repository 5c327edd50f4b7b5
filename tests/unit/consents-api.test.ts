import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../shared/clock';
import { tempStore, type TempStore } from './helpers/temp-db';
import { importBytes, photoWithGps } from './helpers/images';

let store: TempStore;
beforeEach(async () => {
  setClock('2026-05-01T12:00:00.000Z');
  store = tempStore();
  await store.call('settings.update', { version: 1, timezone: 'America/New_York' });
});
afterEach(() => store.cleanup());

const CONSENT = {
  patientRef: '4411',
  covers: ['photos', 'testimonial'] as ('photos' | 'testimonial')[],
  platforms: ['instagram_feed', 'facebook'] as ('instagram_feed' | 'facebook')[],
  signedOn: '2026-04-01',
  expiresOn: '2027-04-01',
  formRef: 'Binder 3, tab 12',
};

async function me() {
  const ana = await store.call('staff.create', { name: 'Ana Ruiz' });
  await store.call('prefs.update', { meStaffId: ana.id });
  return ana;
}

async function story(over: Record<string, unknown> = {}) {
  return store.call('posts.create', {
    title: 'A patient story',
    category: 'patient_story',
    status: 'draft',
    scheduledAt: '2026-06-10T15:00:00.000Z',
    platforms: ['instagram_feed'],
    ...over,
  });
}

describe('consent register', () => {
  it('creates a consent and logs who did it', async () => {
    const ana = await me();
    const consent = await store.call('consents.create', CONSENT);
    expect(consent).toMatchObject({ ...CONSENT, expiryEvent: null, revokedOn: null, version: 1 });
    expect(await store.call('consents.list', {})).toEqual([consent]);
    const [entry] = await store.call('consents.audit', {});
    expect(entry).toMatchObject({
      consentId: consent.id,
      action: 'created',
      staffId: ana.id,
      staffName: 'Ana Ruiz',
      patientRef: '4411',
    });
  });

  it.each([
    [{ ...CONSENT, patientRef: 'Jane Doe' }, 'patientRef', /full name/],
    [{ ...CONSENT, patientRef: 'Jane' }, 'patientRef', /“Jane” looks like a name/],
    [{ ...CONSENT, patientRef: '' }, 'patientRef', /chart number or initials/],
    [{ ...CONSENT, covers: [] }, 'covers', /what the consent covers/],
    [{ ...CONSENT, covers: ['selfies'] }, 'covers.0', /photos/],
    [{ ...CONSENT, platforms: [] }, 'platforms', /./],
    [{ ...CONSENT, platforms: 'everywhere' }, 'platforms', /./],
    [{ ...CONSENT, expiresOn: undefined }, 'expiresOn', /expiry date or an expiry event/],
    [{ ...CONSENT, expiresOn: '2026-03-01' }, 'expiresOn', /before the signing date/],
    [{ ...CONSENT, signedOn: '2026-02-30' }, 'signedOn', /date/],
    [{ ...CONSENT, name: 'Jane' }, 'name', /Unknown field/],
  ])('refuses %j naming %s, and changes nothing', async (input, field, message) => {
    const before = store.snapshot();
    const error = await store.refuse('consents.create', input);
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.[field]).toMatch(message);
    expect(store.snapshot()).toBe(before);
  });

  it('accepts an expiry event instead of a date, and "all social"', async () => {
    const consent = await store.call('consents.create', {
      ...CONSENT,
      expiresOn: undefined,
      expiryEvent: 'End of treatment plan',
      platforms: 'all_social',
    });
    expect(consent).toMatchObject({
      expiresOn: null,
      expiryEvent: 'End of treatment plan',
      platforms: 'all_social',
    });
  });

  it('updates with the version last seen, logs the change, refuses a stale one', async () => {
    await me();
    const consent = await store.call('consents.create', CONSENT);
    const saved = await store.call('consents.update', {
      id: consent.id,
      version: 1,
      formRef: 'Scan 77',
    });
    expect(saved).toMatchObject({ formRef: 'Scan 77', version: 2 });
    expect(
      (await store.refuse('consents.update', { id: consent.id, version: 1, formRef: 'x' })).code,
    ).toBe('conflict');
    const before = store.snapshot();
    const bad = await store.refuse('consents.update', {
      id: consent.id,
      version: 2,
      patientRef: 'John Smith',
    });
    expect(bad.fields?.patientRef).toMatch(/full name/);
    const early = await store.refuse('consents.update', {
      id: consent.id,
      version: 2,
      expiresOn: '2026-01-01',
    });
    expect(early.fields?.expiresOn).toMatch(/before the signing date/);
    expect(store.snapshot()).toBe(before);
    const log = await store.call('consents.audit', { consentId: consent.id });
    expect(log.map((e) => e.action)).toEqual(['updated', 'created']);
    expect(log[0]!.detail).toContain('Scan 77');
  });

  it('keeps the audit log append-only and never deletes a consent', async () => {
    const consent = await store.call('consents.create', CONSENT);
    expect(() => store.db.prepare('UPDATE consent_audit SET detail = ?').run('x')).toThrow(
      /append-only/,
    );
    expect(() => store.db.prepare('DELETE FROM consent_audit').run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM consents WHERE id = ?').run(consent.id)).toThrow(
      /never deleted/,
    );
  });

  it('the database itself refuses a consent without an expiry date or event', () => {
    expect(() =>
      store.db
        .prepare(
          `INSERT INTO consents (id, patient_ref, covers, platforms, signed_on, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-000000000000', '4411', '["photos"]', 'all_social', '2026-01-01', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});

describe('the consent gate in posts.update', () => {
  it('refuses to approve a patient story without a consent, naming what is missing', async () => {
    const post = await story();
    const before = store.snapshot();
    for (const status of ['approved', 'published'] as const) {
      const error = await store.refuse('posts.update', {
        id: post.id,
        version: post.version,
        status,
      });
      expect(error.code).toBe('invalid_input');
      expect(error.fields?.status).toMatch(/the patient story needs a linked consent/);
    }
    expect(store.snapshot()).toBe(before);
    // Review is not gated: the team can still look at it.
    await store.call('posts.update', { id: post.id, version: post.version, status: 'in_review' });
  });

  it('refuses creating a post straight into approved without consent', async () => {
    const error = await store.refuse('posts.create', {
      title: 'Story',
      category: 'patient_story',
      status: 'approved',
    });
    expect(error.fields?.status).toMatch(/needs a linked consent/);
  });

  it('approves once a consent valid on the scheduled date covers its platforms, and logs the link', async () => {
    await me();
    const consent = await store.call('consents.create', CONSENT);
    const post = await story();
    const linked = await store.call('posts.update', {
      id: post.id,
      version: post.version,
      consentIds: [consent.id],
    });
    expect(linked.consentIds).toEqual([consent.id]);
    const approved = await store.call('posts.update', {
      id: post.id,
      version: linked.version,
      status: 'approved',
    });
    expect(approved.status).toBe('approved');
    const actions = (await store.call('consents.audit', { consentId: consent.id })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['linked', 'created']);
  });

  it('refuses a consent that does not cover a platform, has expired by the date, or is not yet signed', async () => {
    const consent = await store.call('consents.create', CONSENT);
    const onX = await story({ platforms: ['instagram_feed', 'x'], consentIds: [consent.id] });
    const e1 = await store.refuse('posts.update', { id: onX.id, version: 1, status: 'approved' });
    expect(e1.fields?.status).toMatch(/consent 4411 does not cover X/);

    const late = await story({ scheduledAt: '2027-06-01T15:00:00.000Z', consentIds: [consent.id] });
    const e2 = await store.refuse('posts.update', { id: late.id, version: 1, status: 'approved' });
    expect(e2.fields?.status).toMatch(/expired on 2027-04-01/);

    const early = await story({
      scheduledAt: '2026-03-01T15:00:00.000Z',
      consentIds: [consent.id],
    });
    const e3 = await store.refuse('posts.update', { id: early.id, version: 1, status: 'approved' });
    expect(e3.fields?.status).toMatch(/signed only on 2026-04-01/);
  });

  it('judges the date in the practice zone', async () => {
    const consent = await store.call('consents.create', { ...CONSENT, expiresOn: '2026-06-10' });
    // 2026-06-11 01:00 UTC is still 10 June in New York.
    const post = await story({ scheduledAt: '2026-06-11T01:00:00.000Z', consentIds: [consent.id] });
    await store.call('posts.update', { id: post.id, version: 1, status: 'approved' });
  });

  it('refuses a link to a consent that does not exist', async () => {
    const post = await story();
    const error = await store.refuse('posts.update', {
      id: post.id,
      version: 1,
      consentIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(error.fields?.consentIds).toMatch(/No consent/);
  });

  it('gates any post holding media that shows a patient, by the media item’s own consent', async () => {
    const photo = await importBytes(store, await photoWithGps(), 'after.jpg');
    const marked = await store.call('media.update', {
      id: photo.id,
      version: photo.version,
      showsPatient: true,
    });
    const post = await store.call('posts.create', {
      title: 'Results',
      category: 'education',
      status: 'draft',
      scheduledAt: '2026-06-10T15:00:00.000Z',
      platforms: ['instagram_feed'],
      media: [{ mediaId: photo.id, alt: 'Smiling after treatment' }],
    });
    const e1 = await store.refuse('posts.update', { id: post.id, version: 1, status: 'approved' });
    expect(e1.fields?.status).toMatch(/photo "after.jpg" needs a linked consent/);
    const testimonialOnly = await store.call('consents.create', {
      ...CONSENT,
      covers: ['testimonial'],
    });
    const linked = await store.call('media.update', {
      id: photo.id,
      version: marked.version,
      consentId: testimonialOnly.id,
    });
    const e2 = await store.refuse('posts.update', { id: post.id, version: 1, status: 'approved' });
    expect(e2.fields?.status).toMatch(/does not cover photos/);
    const photos = await store.call('consents.create', CONSENT);
    await store.call('media.update', {
      id: photo.id,
      version: linked.version,
      consentId: photos.id,
    });
    const approved = await store.call('posts.update', {
      id: post.id,
      version: 1,
      status: 'approved',
    });
    expect(approved.media).toEqual([{ mediaId: photo.id, alt: 'Smiling after treatment' }]);
  });
});

describe('revoking and expiry', () => {
  it('moves future posts back to draft with the flag, and lists published ones to take down', async () => {
    await me();
    const consent = await store.call('consents.create', CONSENT);
    const future = await story({ consentIds: [consent.id] });
    await store.call('posts.update', { id: future.id, version: 1, status: 'approved' });
    const past = await story({
      title: 'Went out in April',
      scheduledAt: '2026-04-20T15:00:00.000Z',
      consentIds: [consent.id],
    });
    await store.call('posts.update', { id: past.id, version: 1, status: 'published' });

    const bad = await store.refuse('consents.revoke', { id: consent.id, on: '2026-03-01' });
    expect(bad.fields?.on).toMatch(/before the signing date/);

    const result = await store.call('consents.revoke', {
      id: consent.id,
      on: '2026-05-01',
      note: 'Phoned the front desk',
    });
    expect(result.consent).toMatchObject({
      revokedOn: '2026-05-01',
      revocationNote: 'Phoned the front desk',
    });
    expect(result.movedToDraft).toBe(1);
    expect(result.takedowns).toEqual([
      expect.objectContaining({
        postId: past.id,
        title: 'Went out in April',
        reason: 'revoked',
        patientRef: '4411',
      }),
    ]);
    expect(await store.call('posts.get', { id: future.id })).toMatchObject({
      status: 'draft',
      consentFlag: 'revoked',
    });
    expect(await store.call('posts.get', { id: past.id })).toMatchObject({
      status: 'published',
      consentFlag: null,
    });
    expect(await store.call('consents.takedowns', { today: '2026-05-01' })).toHaveLength(1);

    const actions = (await store.call('consents.audit', { consentId: consent.id })).map(
      (e) => e.action,
    );
    expect(actions.slice(0, 2)).toEqual(['post_flagged', 'revoked']);
    expect(
      (await store.refuse('consents.revoke', { id: consent.id, on: '2026-05-02' })).fields?.id,
    ).toMatch(/Already revoked/);
    expect(
      (await store.refuse('consents.update', { id: consent.id, version: 2, formRef: 'x' })).code,
    ).toBe('invalid_input');

    // A new, valid consent lets it through again and clears the flag.
    const renewed = await store.call('consents.create', { ...CONSENT, signedOn: '2026-05-01' });
    const draft = await store.call('posts.get', { id: future.id });
    const again = await store.call('posts.update', {
      id: future.id,
      version: draft.version,
      consentIds: [renewed.id],
      status: 'approved',
    });
    expect(again).toMatchObject({ status: 'approved', consentFlag: null });
  });

  it('does not touch a post scheduled before the revocation date', async () => {
    const consent = await store.call('consents.create', CONSENT);
    const post = await story({ consentIds: [consent.id] });
    await store.call('posts.update', { id: post.id, version: 1, status: 'approved' });
    const { movedToDraft } = await store.call('consents.revoke', {
      id: consent.id,
      on: '2026-07-01',
    });
    expect(movedToDraft).toBe(0);
    expect(await store.call('posts.get', { id: post.id })).toMatchObject({
      status: 'approved',
      consentFlag: null,
    });
  });

  it('an expired consent sends its undated approved posts back to draft once, flagged "expired"', async () => {
    const consent = await store.call('consents.create', { ...CONSENT, expiresOn: '2026-05-02' });
    const post = await story({ scheduledAt: null, consentIds: [consent.id] });
    await store.call('posts.update', { id: post.id, version: 1, status: 'approved' });
    expect(await store.call('consents.checkExpiry', { today: '2026-05-02' })).toEqual({
      movedToDraft: 0,
      takedowns: [],
    });
    setClock('2026-05-04T12:00:00.000Z');
    expect((await store.call('consents.checkExpiry', { today: '2026-05-04' })).movedToDraft).toBe(
      1,
    );
    expect(await store.call('posts.get', { id: post.id })).toMatchObject({
      status: 'draft',
      consentFlag: 'expired',
    });
    await store.call('consents.checkExpiry', { today: '2026-05-04' });
    const expiredEntries = (await store.call('consents.audit', { consentId: consent.id })).filter(
      (e) => e.action === 'expired',
    );
    expect(expiredEntries).toHaveLength(1);
  });
});
