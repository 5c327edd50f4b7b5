// Promises and titles: guarantees, "risk-free", "pain-free", "no downtime", miracle results,
// superlatives, and "specialist" where the practitioner is not on a specialist register.
import { TAKEN_BACK, any, words } from '../words';
import type { Concept } from './concept';
import { TREATMENT } from './offers';

/** What a guarantee must be about to be a medical claim (not "guaranteed: a warm welcome"). */
export const PROMISED = any(
  TREATMENT,
  words(
    'results?',
    'outcomes?',
    'satisfaction',
    'money',
    'glow(?:ing)?',
    'look(?:s|ing)?',
    'effects?',
    'skin',
    'heads',
    'younger',
    'resultados',
    'satisfaccion',
  ),
);

export const GUARANTEE =
  TAKEN_BACK +
  words(
    'guarantee[ds]?',
    'guaranteeing',
    String.raw`money[- ]back`,
    'results? assured',
    String.raw`100% (?:results|success|satisfaction|effective)`,
    'garantizad[oa]s?',
    'resultados asegurados',
  );

export const RISK_FREE =
  TAKEN_BACK +
  words(
    String.raw`risk[- ]?free`,
    'no risks?',
    'zero risks?',
    String.raw`without (?:any )?risks?`,
    String.raw`(?:100%|completely|totally|perfectly|absolutely|entirely) safe`,
    String.raw`no side[- ]?effects`,
    'safe for (?:everyone|everybody|all|all skin types|every skin type|every body)',
    'sin riesgos?',
    'sin efectos secundarios',
    String.raw`(?:100%|totalmente|completamente) segur[oa]s?`,
  );

export const PAIN_FREE =
  TAKEN_BACK +
  words(
    String.raw`pain[- ]?free`,
    'painless(?:ly)?',
    'no pain(?!,? no gain)',
    'zero pain',
    String.raw`without (?:any )?pain`,
    String.raw`(?:doesn't|won't|will not|does not) hurt(?! to)(?: a bit| at all)?`,
    'sin dolor',
    'indolor[oa]?',
  );

export const NO_DOWNTIME =
  TAKEN_BACK +
  words(
    '(?:no|zero|without(?: any)?) downtime',
    String.raw`downtime[- ]free`,
    String.raw`sin (?:tiempo de )?(?:recuperacion|baja|inactividad)`,
  );

/** Results promised beyond what anyone can promise. */
export const MIRACLE = words(
  'miracle',
  String.raw`magic(?:al)? results?`,
  String.raw`instant results?`,
  String.raw`look (?:\d+|ten|five) years younger`,
  'turn back the clock',
  String.raw`(?:flawless|perfect) results?`,
  'cures?',
  String.raw`resultados (?:inmediatos|milagrosos|perfectos)`,
  'milagros[oa]s?',
  String.raw`rejuvenece (?:\d+|diez|cinco) anos`,
  String.raw`(?:results? )?(?:that )?lasts? (?:a )?lifetime`,
);

const PROVIDER = String.raw`(?:clinics?|practices?|surgeons?|doctors?|injectors?|nurses?|dermatologists?|aestheticians?|providers?|practitioners?|experts?|med ?spas?|salons?|results|clinicas?|medic[oa]s?|doctor(?:a|es)?|resultados)`;
const PLACE = String.raw`(?:town|the (?:city|area|country|county|state|region|world|uk|us|usa)|the (?:business|industry|game)|britain|ireland|america|london|dublin|la ciudad)`;
// Up to two words between "best" and "clinic", but not "our", "for"… ("best of luck to our
// nurses" is not a claim).
const BETWEEN = String.raw`(?: (?!(?:our|the|a|an|my|your|his|her|their|of|for|from|to|with|and|in|at|on)\b)[a-z'-]+){0,2}`;

export const SUPERLATIVE = words(
  String.raw`(?:best|finest|leading|premier|foremost|top[- ]rated|highest[- ]rated|number one|no\.? ?1|n[°º] ?1|#1|first[- ]class|world[- ]class|world[- ]leading|industry[- ]leading|unrivall?ed|unbeatable|unmatched)${BETWEEN} ${PROVIDER}`,
  `top ${PROVIDER}`,
  `best (?:in|around) ${PLACE}`,
  `(?:el|la|los|las) mejor(?:es)? ${PROVIDER}`,
  String.raw`numero (?:1|uno)`,
  String.raw`(?:number one|no\.? ?1|#1) (?:for|in|at) [a-z]+`,
  'best (?:lips|results|skin) in [a-z]+',
  'the most (?:experienced|trusted|qualified|skilled)',
);

export const CLAIM_TAGS = ['risk free', 'pain free', 'painless', 'no downtime', 'guaranteed'];

const CLAIM_SOURCE = {
  uk:
    'CAP Code rules 3.1 (misleading advertising) and 12.1 (medical claims need evidence); GMC, ' +
    'Guidance for doctors who offer cosmetic interventions (2016): no unjustifiable claims, ' +
    'never trivialise the risks',
  ie:
    'ASAI Code, rule 11.1 (health and beauty claims need substantiation); Medical Council, ' +
    'Guide to Professional Conduct and Ethics (8th edition, 2019): advertising must be factual',
  us:
    'FTC Act, section 5 (15 U.S.C. 45): deceptive claims; FTC Health Products Compliance ' +
    'Guidance (2022)',
};
const claim = (severity: 'blocker' | 'warning') => ({
  uk: { severity, source: CLAIM_SOURCE.uk },
  ie: { severity, source: CLAIM_SOURCE.ie },
  us: { severity, source: CLAIM_SOURCE.us },
});

export const CLAIM_RULES: readonly Concept[] = [
  {
    name: 'guarantee',
    family: 'claims',
    matches: 'Guaranteed results, money back, "garantizado" (not "we can’t guarantee")',
    pattern: GUARANTEE,
    near: { pattern: PROMISED, scope: 60 },
    tags: CLAIM_TAGS,
    message:
      'Nobody may promise the result of a medical treatment: results vary from person to person.',
    suggestion: 'Say what the treatment involves and what most people notice, not a promise.',
    packs: claim('blocker'),
  },
  {
    name: 'risk-free',
    family: 'claims',
    matches: '"Risk-free", "100% safe", "no side effects", "sin riesgos"',
    pattern: RISK_FREE,
    message:
      'Every medical treatment has risks; calling one risk-free or completely safe misleads.',
    suggestion: 'Invite questions: “We’ll talk you through the risks at your consultation.”',
    packs: claim('blocker'),
  },
  {
    name: 'pain-free',
    family: 'claims',
    matches: '"Pain-free", "painless", "doesn’t hurt", "sin dolor"',
    pattern: PAIN_FREE,
    message:
      'Comfort differs from person to person; “pain-free” is a promise you cannot keep for everyone.',
    suggestion: 'Say what you do for comfort: “We use numbing cream and go at your pace.”',
    packs: claim('warning'),
  },
  {
    name: 'no-downtime',
    family: 'claims',
    matches: '"No downtime", "zero downtime", "sin tiempo de recuperación"',
    pattern: NO_DOWNTIME,
    message: 'Swelling and bruising happen to some people; “no downtime” plays down the risks.',
    suggestion: 'Say what recovery usually looks like: “Most people go back to work the next day.”',
    packs: claim('warning'),
  },
  {
    name: 'miracle',
    family: 'claims',
    matches: 'Miracle, instant or perfect results, "look 10 years younger", cures',
    pattern: MIRACLE,
    message: 'A result promised beyond what the evidence shows misleads, and needs proof you hold.',
    suggestion: 'Describe the treatment honestly; results vary from person to person.',
    packs: claim('warning'),
  },
  {
    name: 'superlative',
    family: 'titles',
    matches: '"Best clinic", "No.1 injector", "leading practice", "best in town", "el mejor"',
    pattern: SUPERLATIVE,
    message:
      'A claim to be the best or the leader is an objective claim: you must be able to prove it.',
    suggestion:
      'Let the team speak for itself: who they are, how long they have trained, what they love.',
    packs: {
      uk: {
        severity: 'warning',
        source: 'CAP Code rules 3.7 (objective claims need evidence) and 3.33 (comparisons)',
      },
      ie: {
        severity: 'warning',
        source: 'ASAI Code: objective claims need substantiation held before publishing',
      },
      us: {
        severity: 'warning',
        source: 'FTC Act, section 5 (15 U.S.C. 45): superiority claims need substantiation',
      },
    },
  },
  {
    name: 'specialist',
    family: 'titles',
    matches: '"Specialist", "consultant surgeon", "board-certified", "especialista"',
    pattern: words(
      'specialists?(?! (?:agree|say|recommend|advise|warn))',
      'consultant (?:surgeon|dermatologist|plastic surgeon|physician)s?',
      'board[- ]certified',
      'especialistas?',
    ),
    unlessFact: 'registeredSpecialist',
    message:
      'These titles are protected: use them only for a practitioner on the specialist register ' +
      '(or certified by a named board). Rapport cannot tell from the words.',
    suggestion:
      'If they are not registered as a specialist, say what they do: “Dr Chen, who has trained in skin health for ten years.”',
    packs: {
      uk: {
        severity: 'warning',
        source:
          'GMC Specialist Register: "specialist" and "consultant" only for registered specialists; CAP Code rule 3.1',
      },
      ie: {
        severity: 'warning',
        source:
          'Medical Practitioners Act 2007: "specialist" only for doctors on the Specialist Division of the register',
      },
      us: {
        severity: 'warning',
        source:
          'State medical board advertising rules on "specialist" and "board certified" (name the certifying board)',
      },
    },
  },
];
