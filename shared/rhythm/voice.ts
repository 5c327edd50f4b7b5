// The friendly-voice check: one rule set on the compliance engine (shared/compliance/), always
// on, whatever packs the practice chose. Tone advice, never a blocker: pressure, claims,
// procedure giveaways and clinical jargon, each with a gentler way to say it. The engine folds
// the text first, so "B0tox", "#TreatYourself" and Spanish captions are read too.
import { compileRules } from '../compliance/engine';
import type { Family, Finding, Rule } from '../compliance/types';
import { words } from '../compliance/words';
import {
  CLAIM_TAGS,
  GUARANTEE,
  MIRACLE,
  NO_DOWNTIME,
  PAIN_FREE,
  PROMISED,
  RISK_FREE,
  SUPERLATIVE,
} from '../compliance/rules/claims';
import {
  BOOK_NOW,
  COMMERCIAL,
  DEADLINE,
  OFFER_DEADLINE,
  DISCOUNT,
  PRESSURE_TAGS,
  SCARCITY,
  SOFT_PRESSURE,
  SURGICAL,
  URGENCY,
} from '../compliance/rules/offers';

export type VoiceKind = 'pressure' | 'claim' | 'jargon' | 'giveaway';

export interface VoiceRule extends Rule {
  kind: VoiceKind;
}

export interface VoiceFinding {
  ruleId: string;
  kind: VoiceKind;
  /** [start, end) in UTF-16 code units of the checked text. */
  start: number;
  end: number;
  match: string;
  message: string;
  suggestion: string;
}

export const VOICE_KIND_LABELS: Record<VoiceKind, string> = {
  pressure: 'Sales pressure',
  claim: 'Medical claim',
  jargon: 'Clinical jargon',
  giveaway: 'Procedure giveaway',
};

const FAMILY_OF: Record<VoiceKind, Family> = {
  pressure: 'pressure',
  claim: 'claims',
  jargon: 'jargon',
  giveaway: 'prizes',
};

// Urging and deadlines count near words of selling or booking, as in the packs.
const NEAR_SELLING = { pattern: COMMERCIAL, scope: 80 } as const;

const PRESSURE_MESSAGE =
  'Pressure reads as a sales pitch; people follow a practice for the people, not the push.';
const CLAIM_MESSAGE =
  'Advertising rules for medical practices forbid promising outcomes or comparing yourselves ' +
  'to others; a claim like this can also break patients’ trust.';
const OFFER_MESSAGE = 'A discount headline turns a friendly feed into an ad.';

const rule = (
  name: string,
  kind: VoiceKind,
  matches: string,
  pattern: string,
  message: string,
  suggestion: string,
  extra: Pick<Rule, 'near' | 'tags'> = {},
): VoiceRule => ({
  id: `voice.${name}`,
  set: 'voice',
  family: FAMILY_OF[kind],
  severity: 'advice',
  kind,
  matches,
  pattern,
  message,
  suggestion,
  source: 'Rapport’s friendly-voice guide (tone, not law)',
  ...extra,
});

const jargon = (name: string, pattern: string, plain: string): VoiceRule =>
  rule(
    name,
    'jargon',
    `The clinical word "${name}" and its forms`,
    pattern,
    'A clinical word many readers will skip over.',
    `Try “${plain}”.`,
  );

export const VOICE_RULES: readonly VoiceRule[] = [
  rule(
    'book-now',
    'pressure',
    '"Book now", "call today", "grab yours now", "reserva ya"',
    BOOK_NOW,
    PRESSURE_MESSAGE,
    'Invite instead: “We’d love to see you whenever it suits you.”',
    { tags: PRESSURE_TAGS },
  ),
  rule(
    'act-fast',
    'pressure',
    '"Act fast", "hurry", "don’t miss out", "no te lo pierdas", near a treatment, price or booking',
    URGENCY,
    PRESSURE_MESSAGE,
    'Let people come when they are ready: “Here when you need us.”',
    { near: NEAR_SELLING },
  ),
  rule(
    'limited-time',
    'pressure',
    '"Limited time", "offer ends Friday", "while supplies last", "por tiempo limitado"',
    OFFER_DEADLINE,
    PRESSURE_MESSAGE,
    'Drop the deadline; say what you are looking forward to.',
  ),
  rule(
    'only-window',
    'pressure',
    '"This week only", "last chance", "until Sunday", "solo hoy", near a treatment, price or booking',
    DEADLINE,
    PRESSURE_MESSAGE,
    'Drop the deadline; say what you are looking forward to.',
    { near: NEAR_SELLING },
  ),
  rule(
    'scarcity',
    'pressure',
    '"Only 3 spots left", "filling up fast", "selling out", "últimos lugares"',
    SCARCITY,
    PRESSURE_MESSAGE,
    'Drop the scarcity: “Our calendar is open; come by when it suits you.”',
  ),
  rule(
    'discount',
    'pressure',
    '"20% off", "half price", "sale", "#sale", "BOGO", "special offer", "descuento"',
    DISCOUNT,
    OFFER_MESSAGE,
    'Share the news plainly, or keep offers for your newsletter.',
  ),
  rule(
    'soft-pressure',
    'pressure',
    '"Treat yourself", "why wait", "new year, new you", "date un gusto"',
    SOFT_PRESSURE,
    PRESSURE_MESSAGE,
    'Let people come when they are ready: “Here when you need us.”',
  ),
  rule(
    'guaranteed',
    'claim',
    'Guaranteed results, money back',
    GUARANTEE,
    CLAIM_MESSAGE,
    'Describe what the treatment involves and what patients often tell you, not a promise.',
    { near: { pattern: PROMISED, scope: 60 }, tags: CLAIM_TAGS },
  ),
  rule(
    'painless',
    'claim',
    '"Painless", "pain-free", "no downtime"',
    `${PAIN_FREE}|${NO_DOWNTIME}`,
    CLAIM_MESSAGE,
    'Say what you do for comfort: “We’ll talk you through how we keep you comfortable.”',
  ),
  rule(
    'risk-free',
    'claim',
    '"Risk-free", "100% safe", "no side effects"',
    RISK_FREE,
    CLAIM_MESSAGE,
    'Every treatment has risks; invite questions: “Ask us anything at your consultation.”',
  ),
  rule(
    'permanent',
    'claim',
    '"Permanent results", "lasts forever"',
    String.raw`\b(?:permanent(?:ly)?(?! (?:staff|team|member|position|role|collection|exhibit))|lasts? forever|forever young)\b`,
    CLAIM_MESSAGE,
    'Say how long results usually last for most people, and that it varies.',
  ),
  rule(
    'best-in-town',
    'claim',
    '"Best surgeon in town", "#1 rated injectors", "leading clinic"',
    SUPERLATIVE,
    CLAIM_MESSAGE,
    'Let the team speak for itself: introduce who they are and what they love about their work.',
  ),
  rule(
    'miracle',
    'claim',
    'Miracle, instant or flawless results, "look 10 years younger"',
    MIRACLE,
    CLAIM_MESSAGE,
    'Describe the treatment honestly; results vary from person to person.',
  ),
  rule(
    'giveaway',
    'giveaway',
    'A procedure that needs an incision given away, raffled or won',
    String.raw`\b(?:win|won|winner|giveaway|give-away|give away|giving away|raffle|contest|prize|sweepstakes?)\b[^.!?\n]{0,40}` +
      words(SURGICAL) +
      String.raw`|\bfree ${words(SURGICAL)}|${words(SURGICAL)}[^.!?\n]{0,30}\b(?:giveaway|give-away|raffle|contest|to be won|up for grabs)\b`,
    'The profession’s ethics code forbids giving away or raffling procedures that need an incision.',
    'Celebrate with your community in another way: a thank-you, a cause you support, a team event.',
  ),
  jargon('blepharoplasty', String.raw`\bblepharoplast(?:y|ies)\b`, 'eyelid surgery'),
  jargon('rhinoplasty', String.raw`\brhinoplast(?:y|ies)\b`, 'nose reshaping'),
  jargon('abdominoplasty', String.raw`\babdominoplast(?:y|ies)\b`, 'tummy tuck'),
  jargon('rhytidectomy', String.raw`\brhytidectom(?:y|ies)\b`, 'facelift'),
  jargon('mammaplasty', String.raw`\bmamm[ao]plast(?:y|ies)\b`, 'breast surgery'),
  jargon(
    'botulinum',
    String.raw`\bbotulinum toxin(?: type a)?\b|\bneuromodulators?\b`,
    'wrinkle-relaxing injections',
  ),
  jargon('erythema', String.raw`\berythema\b`, 'redness'),
  jargon('edema', String.raw`\b(?:o)?edema\b`, 'swelling'),
  jargon('ecchymosis', String.raw`\becchymos(?:is|es)\b`, 'bruising'),
  jargon('nasolabial', String.raw`\bnasolabial folds?\b`, 'smile lines'),
  jargon('glabellar', String.raw`\bglabellar (?:lines?|furrows?)\b`, 'frown lines'),
  jargon('periorbital', String.raw`\bperiorbital\b`, 'around the eyes'),
  jargon('subcutaneous', String.raw`\bsubcutaneous(?:ly)?\b`, 'under the skin'),
  jargon('adipose', String.raw`\badipose tissue\b`, 'fat'),
  jargon('postoperative', String.raw`\bpost-?op(?:erative(?:ly)?)?\b`, 'after surgery'),
  jargon(
    'contraindication',
    String.raw`\bcontraindicat(?:ion|ions|ed)\b`,
    'reasons it may not suit you',
  ),
  jargon('hyperpigmentation', String.raw`\bhyperpigmentation\b`, 'dark patches'),
];

const KIND_OF = new Map(VOICE_RULES.map((r) => [r.id, r.kind]));
const voiceChecker = compileRules(VOICE_RULES);

/** The voice set's finding in the shape the editor shows (its kind instead of a severity). */
function toVoiceFinding(f: Finding): VoiceFinding {
  return {
    ruleId: f.ruleId,
    kind: KIND_OF.get(f.ruleId) ?? 'claim',
    start: f.start,
    end: f.end,
    match: f.match,
    message: f.message,
    suggestion: f.suggestion,
  };
}

/** Every finding in `text`, by position; overlapping findings of the same rule count once. */
export function checkVoice(text: string): VoiceFinding[] {
  return voiceChecker.check(text).map(toVoiceFinding);
}

export interface VoiceSegment {
  text: string;
  finding: VoiceFinding | null;
}

/** The text cut into plain and flagged pieces (for underlining); overlaps go to the first. */
export function segmentVoice(text: string, findings: readonly VoiceFinding[]): VoiceSegment[] {
  const out: VoiceSegment[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start), finding: null });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: null });
  return out;
}
