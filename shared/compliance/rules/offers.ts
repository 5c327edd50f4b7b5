// Treatments as prizes, and pressure to decide: deadlines, scarcity, urging, deals. The
// friendly-voice set reads the same words as tone advice; the packs add what the rules say.
import { any, words } from '../words';
import type { Concept } from './concept';
import { POM_NAME, PRICE_OR_OFFER, WRINKLE_INJECTIONS } from './medicines';

/** Procedures that need an incision (the plastic surgeons' code forbids giving them away). */
export const SURGICAL = any(
  'surgery',
  'surgical',
  'facelifts?',
  'face lifts?',
  'tummy tucks?',
  String.raw`breast (?:augmentation|lift|reduction|implants?)`,
  'implants?',
  'rhinoplasty',
  'nose jobs?',
  'liposuction',
  'lipo',
  'blepharoplasty',
  'eyelid surgery',
  'bbl',
  'abdominoplasty',
  'operations?',
  'procedures?',
);

/** Cosmetic treatments of any kind, surgical or not. */
export const TREATMENT = any(
  POM_NAME,
  WRINKLE_INJECTIONS,
  words(
    SURGICAL,
    'treatments?',
    'fillers?',
    String.raw`lips?(?: (?:flip|blush|enhancement|filler))?`,
    'injectables?',
    'injections?',
    'tweakments?',
    'facials?',
    'peels?',
    'laser',
    'microneedling',
    'profhilo',
    'skin boosters?',
    'hydrafacials?',
    'threads?',
    'fat dissolving',
    'aesthetics?',
    'cosmetic',
    String.raw`non[- ]surgical`,
    String.raw`glow[- ]?ups?`,
    'rellenos?',
    'labios',
    'inyecciones?',
    'tratamientos?',
    'cirugia',
  ),
);

export const PRIZE = words(
  'win',
  'wins',
  'giveaways?',
  'give[- ]away',
  'giving away',
  'competition',
  'contest',
  'raffle',
  'prizes?',
  'sweepstakes?',
  'up for grabs',
  'to be won',
  String.raw`lucky (?:winners?|followers?|person|patient|client)`,
  String.raw`tag (?:a|\d+|two|three) (?:friends?|besties?)`,
  'sorteo',
  'sorteamos',
  'concurso',
  'rifa',
  'regalamos',
  'ganador(?:a|es)?',
  'ganar?',
);

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const SLOTS = String.raw`(?:spots?|slots?|places?|appointments?|spaces?|seats?|openings?)`;

/** A deadline that can only be an offer's: "limited time", "offer ends Friday". */
export const OFFER_DEADLINE = words(
  String.raw`(?:offers?|sale|deals?|prices?|discounts?|promo(?:tion)?s?|bookings?) (?:ends?|closes?) (?:soon|tonight|today|tomorrow|at midnight|this (?:week|weekend)|(?:on )?${DAY})`,
  String.raw`limited[- ](?:time|offer)s?`,
  String.raw`for a limited (?:time|period)`,
  String.raw`while (?:supplies|stocks?|slots|spaces) last`,
  'flash sale',
  'por tiempo limitado',
  'hasta agotar(?: existencias)?',
);

/** A deadline, pressure only near words of selling ("last call for secret Santa names" is not). */
export const DEADLINE = words(
  String.raw`(?:today|tonight|this (?:week|weekend|month)|${DAY}|(?:24|48) ?(?:hours?|hrs?|h)|one day|1 day|this offer) only`,
  String.raw`expires? (?:soon|tonight|today|tomorrow|at midnight)`,
  String.raw`(?:until|till|til) (?:${DAY}|midnight|tomorrow|tonight)`,
  String.raw`last (?:chance|call)`,
  String.raw`before it'?s (?:gone|too late)`,
  'final hours',
  String.raw`solo (?:por )?(?:hoy|esta semana|este fin de semana|este mes)`,
  'ultima oportunidad',
  'ultimos dias',
);

/** Scarcity: few places left, filling fast. */
export const SCARCITY = words(
  String.raw`(?:only|just) \d+ ${SLOTS}(?: (?:left|remaining|available))?`,
  String.raw`\d+ ${SLOTS} (?:left|remaining)`,
  String.raw`(?:${SLOTS}|diary|calendar|books?) (?:are |is )?(?:filling|going|booking) (?:up )?fast`,
  'selling out',
  String.raw`almost (?:gone|sold out|fully booked)`,
  String.raw`limited (?:${SLOTS}|availability)`,
  String.raw`few ${SLOTS}(?: (?:left|remaining|available))?`,
  String.raw`last (?:few )?${SLOTS} (?:left|remaining|available)`,
  'cupos limitados',
  String.raw`(?:ultimos|pocos) (?:cupos|lugares|espacios|turnos|citas)`,
  String.raw`quedan (?:pocos|solo \d+)`,
);

/** Urging to book or buy now. */
export const BOOK_NOW = words(
  String.raw`(?:book|call|buy|order|sign up|schedule|reserve|grab|claim|secure)(?: yours| your (?:spot|slot|place|appointment))? (?:now|today|asap)`,
  String.raw`(?:reserva|llama|agenda) (?:ya|hoy|ahora)`,
);

/** Urging, pressure only near words of selling ("act fast if you see signs of infection"). */
export const URGENCY = words(
  String.raw`act (?:fast|now|quickly)`,
  String.raw`hurry(?: up)?`,
  String.raw`(?:don't|do not) (?:miss out|delay|wait(?! to (?:call|contact|tell|ring|ask|see|get in touch)))`,
  'now or never',
  'be quick',
  'no te lo pierdas',
  'date prisa',
  'apurate',
  'no esperes mas',
);

/** Pressure without the stock phrases. */
export const SOFT_PRESSURE = words(
  String.raw`treat (?:yo)?(?:ur)?self`,
  'spoil yourself',
  'pamper yourself',
  'why wait',
  'what are you waiting for',
  String.raw`new year,? new you`,
  String.raw`date (?:un )?(?:gusto|capricho)`,
  'te lo mereces',
  'consientete',
  'mimate',
  'que esperas',
);

const TWO_FOR_ONE = String.raw`2 ?for ?1|two[- ]for[- ]one|2x1|dos por uno|buy one,? get one|bogof?|(?:\d+|two|three|four) (?:[a-z]+ )?for the price of (?:\d+|one|two|three)`;

/** Offers and sales headlines. */
export const DISCOUNT = any(
  String.raw`(?<![a-z0-9])(?:\d+ ?(?:%|percent|per cent)|[£€$]\d+) (?:off|de descuento|dto)(?![a-z])`,
  words(
    String.raw`(?:half|50%) price`,
    'discounts?',
    String.raw`discounted (?:packages?|prices?|rates?)`,
    'flash sale',
    TWO_FOR_ONE,
    String.raw`(?:special|exclusive) offers?`,
    'deal of the',
    'black friday',
    'cyber monday',
    String.raw`(?<!(?:bake|garage|yard|charity|jumble|boot|book|plant|cake|rummage|estate|fundraising) )sale(?! of\b)`,
    'descuentos?',
    'rebajas?',
    'ofertas?(?! de (?:empleo|trabajo))',
  ),
);

/**
 * Words of selling or booking: a deadline or an urging counts only near one ("last call for
 * secret Santa names" and "today only the back door is open" are not pressure).
 */
export const COMMERCIAL = any(
  TREATMENT,
  PRICE_OR_OFFER,
  words(
    'book(?:ing|ings|ed)?',
    'appointments?',
    SLOTS,
    'diary',
    'consultations?',
    'sessions?',
    'reserve',
    'order',
    'buy',
    'sign up',
    'citas?',
    'reserva',
  ),
);

/** Treatments as hashtags run them together (#lipfiller). */
export const TREATMENT_TAGS = ['lip filler', 'skin booster', 'laser hair removal', 'hydrafacial'];

/** Hashtags these run together in (#treatyourself, #flashsale). */
export const PRESSURE_TAGS = [
  'treat yourself',
  'treat yo self',
  'new year new you',
  'last chance',
  'limited offer',
  'limited time',
  'today only',
  'flash sale',
  'limited slots',
  'limited spots',
  'book now',
  'sale',
  'black friday',
  'special offer',
  'discount',
];

const GMC_MARKETING =
  'GMC, Guidance for doctors who offer cosmetic interventions (2016), on marketing';
const IE_COUNCIL = 'Medical Council, Guide to Professional Conduct and Ethics (8th edition, 2019)';

const PRESSURE_RULE_MESSAGE =
  'A deadline or scarcity pushes people into a medical decision before they have thought it ' +
  'through; one that is not real also misleads.';
const PRESSURE_SOURCES: Concept['packs'] = {
  uk: { severity: 'warning', source: `${GMC_MARKETING}: no time-limited deals or pressure` },
  ie: { severity: 'warning', source: `${IE_COUNCIL}: no pressure on patients in advertising` },
  us: {
    severity: 'warning',
    source: 'FTC Act, section 5 (15 U.S.C. 45): false deadlines and scarcity are deceptive',
  },
};

export const OFFER_RULES: readonly Concept[] = [
  {
    name: 'prize',
    family: 'prizes',
    matches:
      'A giveaway, competition, raffle or prize with a treatment nearby (within 100 characters)',
    pattern: PRIZE,
    near: { pattern: TREATMENT, scope: 100 },
    tags: ['giveaway', 'competition', ...TREATMENT_TAGS],
    message:
      'A treatment offered as a prize pushes someone towards a medical decision without a ' +
      'consultation; doctors are told never to do it.',
    suggestion:
      'Celebrate with your community another way: a thank-you, a cause you support, a ' +
      'skincare hamper.',
    packs: {
      uk: { severity: 'blocker', source: `${GMC_MARKETING}: no interventions as prizes` },
      ie: { severity: 'warning', source: `${IE_COUNCIL}, on advertising and inducements` },
      us: {
        severity: 'warning',
        source:
          'State sweepstakes laws and state medical board advertising rules (they differ by ' +
          'state)',
      },
    },
  },
  {
    name: 'surgical-prize',
    family: 'prizes',
    matches: 'A giveaway or prize with a procedure that needs an incision nearby',
    pattern: PRIZE,
    near: { pattern: words(SURGICAL), scope: 100 },
    message: 'Giving away a procedure that needs an incision breaks the plastic surgeons’ code.',
    suggestion:
      'Celebrate with your community another way: a thank-you, a cause you support, a team ' +
      'event.',
    packs: {
      us: {
        severity: 'blocker',
        source: 'ASPS Code of Ethics: no procedures that need an incision as prizes',
      },
    },
  },
  {
    name: 'offer-deadline',
    family: 'pressure',
    matches: 'A deadline on an offer: "limited time", "offer ends Friday", "por tiempo limitado"',
    pattern: OFFER_DEADLINE,
    tags: PRESSURE_TAGS,
    message: PRESSURE_RULE_MESSAGE,
    suggestion: 'Drop the deadline: “Our diary is open; come and talk it through when it suits.”',
    packs: PRESSURE_SOURCES,
  },
  {
    name: 'deadline',
    family: 'pressure',
    matches:
      'A deadline near a treatment, price or booking (within 80 characters): "today only", ' +
      '"last chance", "until Sunday", "solo hoy"',
    pattern: DEADLINE,
    near: { pattern: COMMERCIAL, scope: 80 },
    tags: PRESSURE_TAGS,
    message: PRESSURE_RULE_MESSAGE,
    suggestion: 'Drop the deadline: “Our diary is open; come and talk it through when it suits.”',
    packs: PRESSURE_SOURCES,
  },
  {
    name: 'scarcity',
    family: 'pressure',
    matches: 'Scarcity: "limited slots", "only 3 spots left", "filling up fast", "últimos lugares"',
    pattern: SCARCITY,
    tags: PRESSURE_TAGS,
    message: PRESSURE_RULE_MESSAGE,
    suggestion: 'Drop the scarcity: “Our diary is open; come and talk it through when it suits.”',
    packs: PRESSURE_SOURCES,
  },
  {
    name: 'bundle',
    family: 'pressure',
    matches: 'Two-for-one, buy-one-get-one and refer-a-friend deals',
    pattern: words(TWO_FOR_ONE, 'refer a friend', String.raw`bring a friend (?:for|and get)`),
    tags: ['refer a friend', 'bogof'],
    message:
      'Two-for-one and refer-a-friend deals are promotional tactics doctors are told not to use ' +
      'for cosmetic treatments.',
    suggestion: 'Share what the treatment involves and invite questions instead of a deal.',
    packs: {
      uk: { severity: 'warning', source: `${GMC_MARKETING}: no two-for-one or refer-a-friend` },
      ie: { severity: 'warning', source: `${IE_COUNCIL}, on advertising and inducements` },
    },
  },
];
