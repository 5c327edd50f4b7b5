import { describe, expect, it } from 'vitest';
import {
  consentStateOn,
  gateItems,
  gateProblems,
  type ConsentTerms,
  type GateInput,
} from '../../shared/consent';
import { patientRefProblem } from '../../shared/privacy';

describe('patient references', () => {
  it.each(['4411', 'J.D.', 'JD', 'J. D.', 'MRN-20931', 'A.B. 4411', 'Chart 4411', 'jd'])(
    'accepts %j (a chart number or initials)',
    (ref) => expect(patientRefProblem(ref)).toBeNull(),
  );
  it.each([
    'Jane Doe',
    'jane doe',
    'Maria de Souza',
    "Siobhan O'Neill",
    'Anne-Marie Lee',
    'Doe, Jane',
  ])('refuses %j as a full name, saying why', (ref) =>
    expect(patientRefProblem(ref)).toMatch(/full name/),
  );
  it('refuses an empty or overlong reference', () => {
    expect(patientRefProblem('  ')).toMatch(/chart number or initials/);
    expect(patientRefProblem('x'.repeat(41))).toMatch(/At most 40/);
  });
});

const consent = (over: Partial<ConsentTerms> = {}): ConsentTerms => ({
  id: 'c1',
  patientRef: '4411',
  covers: ['photos'],
  platforms: ['instagram_feed'],
  signedOn: '2026-03-01',
  expiresOn: '2027-03-01',
  expiryEvent: null,
  revokedOn: null,
  ...over,
});

describe('when a consent holds', () => {
  it('holds from the signing day to the expiry day, both included', () => {
    expect(consentStateOn(consent(), '2026-02-28')).toBe('not_yet_signed');
    expect(consentStateOn(consent(), '2026-03-01')).toBe('valid');
    expect(consentStateOn(consent(), '2027-03-01')).toBe('valid');
    expect(consentStateOn(consent(), '2027-03-02')).toBe('expired');
  });
  it('stops holding on the revocation day', () => {
    const revoked = consent({ revokedOn: '2026-06-10' });
    expect(consentStateOn(revoked, '2026-06-09')).toBe('valid');
    expect(consentStateOn(revoked, '2026-06-10')).toBe('revoked');
  });
  it('with only an expiry event, holds until revoked', () => {
    expect(
      consentStateOn(consent({ expiresOn: null, expiryEvent: 'end of treatment' }), '2040-01-01'),
    ).toBe('valid');
  });
});

const post = (over: Partial<GateInput> = {}): GateInput => ({
  category: 'education',
  platforms: ['instagram_feed'],
  date: '2026-05-01',
  postConsentIds: [],
  media: [],
  ...over,
});

describe('the consent gate', () => {
  it('asks nothing of a post without a patient', () => {
    expect(gateItems(post())).toEqual([]);
    expect(
      gateProblems(
        post({
          media: [{ name: 'team.jpg', kind: 'image', showsPatient: false, consentId: null }],
        }),
        new Map(),
      ),
    ).toEqual([]);
  });
  it('a patient story needs a linked consent', () => {
    expect(gateProblems(post({ category: 'patient_story' }), new Map())).toEqual([
      'the patient story needs a linked consent',
    ]);
    const c = consent({ covers: ['testimonial'] });
    expect(
      gateProblems(
        post({ category: 'patient_story', postConsentIds: ['c1'] }),
        new Map([['c1', c]]),
      ),
    ).toEqual([]);
  });
  it('a photo that shows a patient needs a consent covering photos on every platform, on the date', () => {
    const media = [
      { name: 'after.jpg', kind: 'image' as const, showsPatient: true, consentId: 'c1' },
    ];
    const ok = new Map([['c1', consent()]]);
    expect(gateProblems(post({ media }), ok)).toEqual([]);
    expect(gateProblems(post({ media, platforms: ['instagram_feed', 'x'] }), ok)).toEqual([
      'photo "after.jpg": consent 4411 does not cover X',
    ]);
    expect(
      gateProblems(post({ media }), new Map([['c1', consent({ covers: ['testimonial'] })]])),
    ).toEqual(['photo "after.jpg": consent 4411 does not cover photos']);
    expect(gateProblems(post({ media, date: '2027-04-01' }), ok)).toEqual([
      'photo "after.jpg": consent 4411 expired on 2027-03-01',
    ]);
    expect(gateProblems(post({ media, date: '2026-01-01' }), ok)).toEqual([
      'photo "after.jpg": consent 4411 is signed only on 2026-03-01',
    ]);
    expect(
      gateProblems(post({ media }), new Map([['c1', consent({ revokedOn: '2026-04-01' })]])),
    ).toEqual(['photo "after.jpg": consent 4411 was revoked on 2026-04-01']);
    expect(gateProblems(post({ media: [{ ...media[0]!, consentId: null }] }), ok)).toEqual([
      'photo "after.jpg" needs a linked consent',
    ]);
  });
  it('a video needs video covered; "all social" covers every platform', () => {
    const media = [
      { name: 'clip.mp4', kind: 'video' as const, showsPatient: true, consentId: 'c1' },
    ];
    expect(gateProblems(post({ media }), new Map([['c1', consent()]]))).toEqual([
      'photo "clip.mp4": consent 4411 does not cover video'.replace('photo', 'video'),
    ]);
    const all = consent({ covers: ['video'], platforms: 'all_social' });
    expect(
      gateProblems(post({ media, platforms: ['tiktok', 'x', 'facebook'] }), new Map([['c1', all]])),
    ).toEqual([]);
  });
});
