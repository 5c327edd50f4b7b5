// Who a post is aimed at and who is in it: under-18 themes beside a cosmetic treatment, and
// details that identify a patient.
import { words } from '../words';
import type { Concept } from './concept';
import { TREATMENT, TREATMENT_TAGS } from './offers';

/** School, prom and teen themes (not "in your teens", said of grown-ups' past). */
export const MINOR_THEME = words(
  'prom(?:s|posal)?',
  'back[- ]to[- ]school',
  '(?:high|secondary) school',
  'school (?:prom|formal|dance|disco|leavers?|holidays?|uniform|photos?|ball|trip|year)',
  "school's out",
  '(?<!in (?:your|my|our|their|her|his|the) (?:late |early |mid[- ])?)teens?',
  'teenagers?',
  'teenage',
  'tweens?',
  'sweet (?:16|sixteen)',
  '1[3-7](?:th)? birthday',
  'quinceanera',
  'quince anos',
  'debs',
  '(?:leaving|junior) cert',
  'gcses?',
  'a[- ]levels?',
  'sixth form',
  'year (?:9|10|11|12|13)s?',
  'exam results',
  'adolescentes?',
  'menores de edad',
  'secundaria',
  'colegio',
);

/** An age gate: "we never treat under-18s", "over 18s only". */
export const AGE_GATE = words(
  "(?:never|don't|do not|won't|will not|cannot|can't|no) (?:treat|offer|inject|see)",
  '(?:over|aged?) 18s? only',
  String.raw`18\+ only`,
  'adults only',
  'must be (?:over |at least )?18',
  'solo mayores de edad',
);

const PRIVACY_SOURCES = {
  us: {
    severity: 'warning',
    source:
      'HIPAA Privacy Rule, 45 CFR 164.508(a)(3): marketing with a patient’s information needs ' +
      'their written authorization',
  },
  uk: {
    severity: 'warning',
    source:
      'UK GDPR, Article 9 (health data); GMC, Confidentiality: good practice in handling ' +
      'patient information (2017)',
  },
  ie: {
    severity: 'warning',
    source:
      'GDPR, Article 9 (health data); Medical Council, Guide to Professional Conduct and ' +
      'Ethics (8th edition, 2019), on confidentiality',
  },
} as const;
const PRIVACY_MESSAGE =
  'This can identify a patient. Using it needs their written consent for this use: link the ' +
  'consent to the post, or leave the detail out.';
const PRIVACY_SUGGESTION = 'Use a first name only with consent, or none: “one of our patients”.';

export const PEOPLE_RULES: readonly Concept[] = [
  {
    name: 'minors',
    family: 'minors',
    matches:
      'Prom, school, exams or teen themes with a cosmetic treatment nearby (within 150 ' +
      'characters), unless the sentence says you only treat adults',
    pattern: MINOR_THEME,
    near: { pattern: TREATMENT, scope: 150 },
    unless: { pattern: AGE_GATE, scope: 'sentence' },
    tags: [
      'prom ready',
      'prom glow',
      'prom season',
      'back to school',
      'sweet sixteen',
      ...TREATMENT_TAGS,
    ],
    message:
      'Cosmetic treatments may not be advertised to under-18s; a prom, school or teen theme ' +
      'aims the post at them.',
    suggestion: 'Keep the post for adults: drop the theme, or say “We only treat over-18s.”',
    packs: {
      uk: {
        severity: 'blocker',
        source:
          'CAP Code rule 12.25 (cosmetic interventions must not be directed at under-18s, ' +
          'since 25 May 2022); BCAP Code rule 32.2.9',
      },
      ie: {
        severity: 'warning',
        source: 'ASAI Code, rules on marketing communications and children',
      },
      us: {
        severity: 'warning',
        source:
          'State laws on cosmetic treatment of minors; Meta and TikTok advertising policies ' +
          '(no cosmetic procedures aimed at under-18s)',
      },
    },
  },
  {
    name: 'patient-named',
    family: 'patient-privacy',
    matches:
      'A patient named or tagged ("our patient Sarah", "client @jane.doe"), or a name with an ' +
      'age and a place ("Sarah, 34, from Leeds")',
    cased: true,
    pattern: String.raw`(?<![A-Za-z])(?:(?:[Oo]ur|[Mm]y|[Tt]his|[Ll]ovely|[Aa]mazing|[Gg]orgeous|[Bb]eautiful|[Ww]onderful|[Ff]abulous|[Hh]appy|[Rr]egular|[Ss]tunning) (?:patient|client)s?,? (?:@[A-Za-z0-9_.]+|[A-Z][a-z]+)|(?<!(?:receptionist|nurse|manager|doctor|Dr\.?|member|colleague|injector) )[A-Z][a-z]+,? \(?(?:\d{2}|aged \d{2})\)?,? (?:from|of|in) [A-Z][a-z]+|[A-Z][a-z]+, (?:our|my) (?:[a-z]+ )?(?:patient|client)s?)(?![A-Za-z])`,
    message: PRIVACY_MESSAGE,
    suggestion: PRIVACY_SUGGESTION,
    packs: PRIVACY_SOURCES,
  },
  {
    name: 'patient-details',
    family: 'patient-privacy',
    matches:
      'An age with "patient" ("a 52-year-old patient"), a date of birth or record number, or a ' +
      'tagged account thanked for trusting you with their treatment',
    pattern: words(
      String.raw`\d{2}[- ]years?[- ]old (?:patient|client|mum|mother|mom|bride|teacher|nurse|woman|man|grandmother|grandma|dad|father|lady)s?`,
      'date of birth',
      String.raw`d\.o\.b\.?`,
      'dob',
      'nhs (?:number|no)',
      'medical record (?:number|no)',
      'mrn',
      'patient (?:id|number)',
      'pps(?:n| number)',
      'social security (?:number|no)',
      'ssn',
      String.raw`(?:thank(?:s| you)|shout ?out|congrats|congratulations|welcome)(?: to)? @[a-z0-9_.]+ (?:for (?:trusting|choosing|letting|visiting|coming)|on (?:her|his|their) (?:results|treatment|new|fresh))`,
      String.raw`@[a-z0-9_.]+'s (?:results|lips|skin|treatment|transformation|new|fresh|before)`,
    ),
    message: PRIVACY_MESSAGE,
    suggestion: PRIVACY_SUGGESTION,
    packs: PRIVACY_SOURCES,
  },
];
