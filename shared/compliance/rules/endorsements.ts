// Testimonials and reviews (a connection disclosed, no reviews bought) and before-and-after
// photos (the same person, unretouched, in the same light).
import { any, words } from '../words';
import type { Concept, PackEntry } from './concept';
import type { PackId } from '../types';

const TESTIMONIAL = any(
  words(
    'testimonials?',
    '(?:5|five)[- ]star (?:reviews?|ratings?|feedback)',
    'what (?:our|my) (?:patients|clients|customers) (?:say|said|are saying|think)',
    '(?:patient|client|customer) (?:review|testimonial|story|feedback)s?',
    'review of the (?:week|month)',
    'hear (?:it )?from (?:our )?(?:patients|clients)',
    'in (?:her|his|their) own words',
    '(?:says|said|writes|wrote) (?:our )?(?:patient|client)',
    'testimonios?',
    'resenas? de (?:nuestr[oa]s )?(?:pacientes|clientes)',
    'lo que dicen nuestr[oa]s (?:pacientes|clientes)',
  ),
  '[★⭐]{3,}',
);

/** A connection said, or said not to exist. */
const DISCLOSURE = any(
  '#(?:ad|advert|gifted|sponsored|paid|partner|collab)(?![a-z])',
  words(
    'paid partnership',
    'sponsored',
    'complimentary',
    'free of charge',
    'gifted',
    'discounted',
    'at a discount',
    'at no cost',
    'in (?:exchange|return) for',
    '(?:staff|team) members?',
    'employees?',
    'colleagues?',
    'works? (?:here|with us|for us|at (?:our|the) (?:clinic|practice))',
    'member of (?:our|the) team',
    'our own (?:nurse|staff|team)s?',
    'paid (?:full price|in full|for (?:her|his|their) (?:own )?treatment)',
    '(?:no|without any|not an?) (?:incentive|payment|discount|freebies?)',
    'unpaid',
    'not paid',
    'recibio',
    'gratis',
    'descuento',
    'empleada?',
    'colaboracion',
    'publicidad',
  ),
);

/** An invitation to review for a reward. */
const REVIEW_FOR_REWARD = words(
  '(?:leave|write|post|give|drop|share)(?: us)? (?:a |an |your )?(?:[a-z0-9-]+ ){0,2}(?:reviews?|ratings?|testimonials?)[^.!?\\n]{0,40}?(?:and|to|for|&|\\+) (?:get|receive|earn|win|be entered|enter|claim|save|unlock|bag|grab)',
  '(?:free|discount|\\d+ ?% off|vouchers?|gift cards?|credit|rewards?|prizes?|entry|entries)[^.!?\\n]{0,30}?(?:for|in exchange for|in return for|when you (?:leave|write|post)) (?:a |an |your |every |each )?(?:[a-z0-9-]+ ){0,2}(?:reviews?|ratings?|testimonials?)',
  'deja (?:tu |una |un )?(?:resena|comentario|review|opinion)[^.!?\\n]{0,30}?(?:y|para) (?:recibe|recibir|obten|obtener|gana|ganar|llevate)',
  '(?:resenas?|opiniones) a cambio',
  '(?:every|each|any|a) (?:[a-z]+ )?(?:review|rating) (?:gets?|earns?|wins?)',
  '(?:reviews?|ratings?)[^.!?\\n]{0,20}?(?:in exchange for|in return for|for an?|=) (?:a |an )?(?:free|discounted?|\\d+ ?% off|vouchers?|gift)',
);
const PRAISE = words(
  '(?:5|five)[- ]stars?',
  'positive',
  'good',
  'great',
  'glowing',
  'amazing',
  'excellent',
  'favou?rable',
  '(?:5|cinco) estrellas',
  'positivas?',
  'buenas?',
);
/** A disclosure after the fact ("she received a discounted treatment in exchange…"). */
const RECEIVED = words('received', 'got', 'was given', 'were given', 'recibio', 'recibieron');

const BEFORE_AFTER = words(
  "before (?:and |& |n |'n' |\\+ |to )?afters?(?! (?:your|the|a|an|each|every|any|their|his|her|treatment|surgery|exercise|eating|meals?|care)\\b)",
  'before ?/ ?after',
  'b ?& ?a (?:photos?|pics?|pictures?|results?)',
  'b4 (?:and|&) after',
  'antes (?:y |/ ?)despues',
  'transformation (?:tuesday|thursday|friday)',
);
const ATTESTED = words(
  'unretouched',
  'un-retouched',
  'not (?:been )?retouched',
  'no retouching',
  'without retouching',
  'unedited',
  'not edited',
  'no edits?',
  'no filters?',
  'unfiltered',
  'without (?:a )?filters?',
  'filter[- ]free',
  '#nofilter',
  'same (?:lighting|light|camera|angle|pose)',
  'sin (?:filtros?|retoques?|editar)',
);
const RETOUCHED =
  "(?<!(?:not|no|without|never|zero|n't|sin|nothing)(?: been| any| ever)? )" +
  words(
    'retouch(?:ed|ing)?',
    'photoshop(?:ped)?',
    'facetuned?',
    'airbrushed',
    'edited',
    'filtered',
    '(?:with|using) (?:a )?(?:beauty )?filter',
    'retocad[oa]s?',
    'con filtro',
  );

const all = (severity: PackEntry['severity'], source: Record<PackId, string>) => ({
  us: { severity, source: source.us },
  uk: { severity, source: source.uk },
  ie: { severity, source: source.ie },
});

const TESTIMONIAL_SOURCE = {
  us: 'FTC Guides Concerning Endorsements and Testimonials, 16 CFR 255.5 (disclose material connections: staff, free or discounted treatment)',
  uk: 'CAP Code rules 2.1 (ads must be recognisable as ads) and 3.45 (testimonials must be genuine); DMCC Act 2024, Schedule 20 (undisclosed incentivised reviews)',
  ie: 'ASAI Code, rules on testimonials and endorsements (genuine, with any connection disclosed); Consumer Protection Act 2022',
};
const BOUGHT_REVIEW_SOURCE = {
  us: 'FTC Rule on the Use of Consumer Reviews and Testimonials, 16 CFR 465.4 (no rewards for reviews of a particular sentiment; in force 21 October 2024)',
  uk: 'DMCC Act 2024, Schedule 20 (fake and incentivised reviews are banned practices, from 6 April 2025)',
  ie: 'Consumer Protection Act 2022 (fake or bought consumer reviews are a prohibited practice)',
};
const BEFORE_AFTER_SOURCE = {
  us: 'FTC Act, section 5 (15 U.S.C. 45); FTC Endorsement Guides, 16 CFR 255.2 (results shown must be what people generally get)',
  uk: 'CAP Code rules 3.1 (misleading) and 12.1 (medical claims need evidence); ASA rulings on filtered and retouched images in beauty ads (2021)',
  ie: 'ASAI Code, rule 11.1 (substantiation) and its rules on misleading images',
};

export const ENDORSEMENT_RULES: readonly Concept[] = [
  {
    name: 'testimonial',
    family: 'endorsements',
    matches:
      'A testimonial or review ("what our patients say", "5-star review", ★★★★★) with no ' +
      'disclosure anywhere in the text (#ad, complimentary, staff member, paid full price)',
    pattern: TESTIMONIAL,
    unless: { pattern: DISCLOSURE, scope: 'text' },
    tags: ['testimonial', 'five star review', 'patient review'],
    message:
      'If the person works here or had the treatment free or discounted, the post must say ' +
      'so next to the words; if not, you may say that too.',
    suggestion: 'Add the connection: “Jess is one of our nurses” or “Maria paid full price.”',
    packs: all('warning', TESTIMONIAL_SOURCE),
  },
  {
    name: 'quoted-review',
    family: 'endorsements',
    matches: 'A quoted review signed with a name ("… lovely team!" – Sarah) with no disclosure',
    cased: true,
    pattern: String.raw`(?:"[^"\n]{12,300}"|'[^\n]{12,300}?') ?[-~] ?[A-Z][a-z]+`,
    unless: { pattern: DISCLOSURE, scope: 'text' },
    message:
      'If the person works here or had the treatment free or discounted, the post must say ' +
      'so next to the words; if not, you may say that too.',
    suggestion: 'Add the connection: “Jess is one of our nurses” or “Maria paid full price.”',
    packs: all('warning', TESTIMONIAL_SOURCE),
  },
  {
    name: 'review-for-praise',
    family: 'endorsements',
    matches: 'A reward offered for a positive or five-star review',
    pattern: REVIEW_FOR_REWARD,
    near: { pattern: PRAISE, scope: 'sentence' },
    unless: { pattern: RECEIVED, scope: 'sentence' },
    message: 'Rewarding a positive review buys it: a banned practice, whatever the reward.',
    suggestion:
      'Ask every patient for an honest review, with no reward: “We’d love to hear how it went.”',
    packs: all('blocker', BOUGHT_REVIEW_SOURCE),
  },
  {
    name: 'review-for-reward',
    family: 'endorsements',
    matches: 'A reward (discount, entry, gift) offered for any review',
    pattern: REVIEW_FOR_REWARD,
    unless: { pattern: any(PRAISE, RECEIVED), scope: 'sentence' },
    message:
      'A review given for a reward must say so, and review sites forbid rewarded reviews; a ' +
      'reward for good reviews only is banned outright.',
    suggestion: 'Ask for honest reviews without a reward: “We’d love to hear how it went.”',
    packs: all('warning', TESTIMONIAL_SOURCE),
  },
  {
    name: 'before-after',
    family: 'before-after',
    matches:
      'Before-and-after photos (#beforeandafter, "antes y después") without saying they are ' +
      'unretouched and in the same light',
    pattern: BEFORE_AFTER,
    unless: { pattern: ATTESTED, scope: 'text' },
    unlessFact: 'beforeAfterAttested',
    tags: ['before and after', 'before after', 'antes y despues', 'transformation tuesday'],
    message:
      'Before-and-after photos must show the same person, unretouched, in the same light and ' +
      'pose, with a result people generally get.',
    suggestion: 'Add: “Unretouched photos, same lighting. Results vary.” (only if it is true)',
    packs: all('warning', BEFORE_AFTER_SOURCE),
  },
  {
    name: 'retouched',
    family: 'before-after',
    matches: 'Before-and-after photos said to be retouched, edited or filtered',
    pattern: RETOUCHED,
    near: { pattern: BEFORE_AFTER, scope: 120 },
    message: 'A retouched or filtered before-and-after photo misleads about the result.',
    suggestion: 'Use the photos as taken, in the same light, and say so.',
    packs: all('blocker', BEFORE_AFTER_SOURCE),
  },
];
