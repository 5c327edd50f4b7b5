// Prescription-only medicines: in the UK and Ireland a clinic may not advertise one to the
// public, and its social posts are advertising. The name is enough, in any spelling or hashtag.
import { any, spacedOut, words } from '../words';
import type { Concept } from './concept';

/** Botulinum toxin by name, brand, nickname or misspelling; other prescription-only medicines. */
export const POM_NAME = words(
  spacedOut('botox'),
  'bo+t+o+x+',
  'botoks',
  'botax',
  'beautox',
  'brotox',
  'babytox',
  'btx',
  'tox',
  String.raw`botulinum(?: toxin)?(?: type a)?`,
  'toxina botulinica',
  'toxin (?:injections?|treatments?|jabs?|clinics?|appointments?|sessions?|days?|evenings?)',
  'neurotoxins?',
  'neuromodulators?',
  'vistabel',
  'vistabex',
  'dysport',
  'bocouture',
  'azzalure',
  'xeomin',
  'jeuveau',
  'daxxify',
  'letybo',
  'alluzience',
  'relfydess',
  'nuceiva',
  'myobloc',
  'kenalog',
  String.raw`hay ?fever (?:injections?|jabs?|shots?)`,
  'ozempic',
  'wegovy',
  'mounjaro',
  'zepbound',
  'saxenda',
  'semaglutide',
  'tirzepatide',
  'liraglutide',
  'skinny jabs?',
  'fat jabs?',
  String.raw`weight[- ]?loss (?:injections?|jabs?|pens?)`,
  String.raw`(?:vitamin )?b12 (?:injections?|jabs?|shots?)`,
  'tretinoin',
  'isotretinoin',
  'roaccutane',
  'accutane',
  'hydroquinone',
  'hyaluronidase',
  'belkyra',
  'kybella',
  'finasteride',
);

/** Names that can only mean a toxin: "anti-wrinkle injections", "wrinkle-relaxing jabs". */
export const WRINKLE_INJECTIONS = words(
  String.raw`anti[- ]?wrinkle (?:injections?|injectables?|jabs?|shots?|toxin)`,
  String.raw`wrinkle[- ]relax(?:ing|ers?)(?: (?:injections?|jabs?|treatments?))?`,
  String.raw`(?:frown|forehead) line (?:injections?|jabs?)`,
  String.raw`muscle[- ]relaxing injections?`,
  'inyecciones? antiarrugas',
  // "Smooth those frown lines with a quick jab": a toxin, named by what it does.
  String.raw`(?:frown|forehead|expression|worry) lines?[^.!\n]{0,30}?\b(?:jabs?|injections?)`,
  String.raw`(?:jabs?|injections?) (?:for|to (?:soften|smooth|relax|treat)) (?:your |those |the )?(?:frown|forehead|expression|worry) lines?`,
);

/** A price or an offer. */
export const PRICE_OR_OFFER = any(
  String.raw`(?:[£€$]|\b(?:gbp|eur|usd) ?)\d`,
  String.raw`\d[\d,.]* ?(?:[£€$]|(?:pounds?|quid|euros?|dollars?|gbp|eur|usd)(?![a-z]))`,
  String.raw`\d+ ?(?:%|percent|per cent)`,
  words(
    'from just',
    String.raw`only \d+`,
    'offers?',
    'deals?',
    'discount(?:ed|s)?',
    'half[- ]price',
    'free',
    'special',
    'promo(?:tion)?s?',
    'sale',
    'vouchers?',
    'packages?',
    String.raw`\d+ areas? for`,
    'bundles?',
    'save',
    'prices?',
    'pricing',
    'per area',
    'introductory',
    'bogof?',
    'oferta',
    'descuento',
    'precio',
    'gratis',
  ),
);

const POM_SOURCE = {
  uk:
    'CAP Code rule 12.12 (prescription-only medicines may not be advertised to the public); ' +
    'Human Medicines Regulations 2012, regulation 284; ASA, CAP and MHRA Enforcement Notice ' +
    'on botulinum toxin (2020)',
  ie:
    'Medicinal Products (Control of Advertising) Regulations 2007 (S.I. No. 541 of 2007): ' +
    'prescription-only medicines may not be advertised to the public; ASAI Code, Section 11 ' +
    '(health and beauty)',
};

const POM_PACKS: Concept['packs'] = {
  uk: { severity: 'blocker', source: POM_SOURCE.uk },
  ie: { severity: 'blocker', source: POM_SOURCE.ie },
};

export const MEDICINE_RULES: readonly Concept[] = [
  {
    name: 'pom-name',
    family: 'medicines',
    matches:
      'A prescription-only medicine by name, brand, nickname, misspelling or hashtag: Botox, ' +
      'B0tox, #btx, Beautox, Vistabel, Dysport, Bocouture, Azzalure, "Botox party", ' +
      'weight-loss injections, Kenalog',
    pattern: POM_NAME,
    tags: [
      'botox',
      'btx',
      'beautox',
      'brotox',
      'baby botox',
      'botox party',
      'dysport',
      'vistabel',
      'azzalure',
      'bocouture',
      'xeomin',
      'skinny jab',
      'ozempic',
      'mounjaro',
      'wegovy',
    ],
    message:
      'A prescription-only medicine may not be advertised to the public, and a clinic’s post ' +
      'counts as an ad: naming it, its brand, a nickname or a hashtag is enough.',
    suggestion:
      'Talk about the consultation instead (“a consultation for lines and wrinkles”) and leave ' +
      'the medicine’s name and hashtags out.',
    packs: POM_PACKS,
  },
  {
    name: 'pom-offer',
    family: 'medicines',
    matches:
      '"Anti-wrinkle injections" or "wrinkle-relaxing injections" with a price or an offer ' +
      'nearby (within 200 characters)',
    pattern: WRINKLE_INJECTIONS,
    near: { pattern: PRICE_OR_OFFER, scope: 200 },
    tags: ['anti wrinkle', 'wrinkle relaxing'],
    message:
      '“Anti-wrinkle injections” with a price or an offer reads as an ad for the ' +
      'prescription-only medicine behind them.',
    suggestion:
      'Offer the consultation, not the injection, and keep prescription treatments’ prices off ' +
      'the post: “Book a consultation for lines and wrinkles.”',
    packs: POM_PACKS,
  },
];
