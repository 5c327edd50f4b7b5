// The friendly-voice and claims check: a table of rules, each a pattern with the reason it is
// flagged and a gentler way to say it. Findings never block saving; they are advice.
export type VoiceKind = 'pressure' | 'claim' | 'jargon' | 'giveaway';

export interface VoiceRule {
  id: string;
  kind: VoiceKind;
  /** Matched case-insensitively, Unicode-aware, across the whole text. */
  pattern: RegExp;
  message: string;
  suggestion: string;
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

const PRESSURE_MESSAGE =
  'Pressure reads as a sales pitch; people follow a practice for the people, not the push.';
const CLAIM_MESSAGE =
  'Advertising rules for medical practices forbid promising outcomes or comparing yourselves ' +
  'to others; a claim like this can also break patients’ trust.';

const rule = (
  id: string,
  kind: VoiceKind,
  source: string,
  message: string,
  suggestion: string,
): VoiceRule => ({ id, kind, pattern: new RegExp(source, 'giu'), message, suggestion });

const jargon = (id: string, source: string, plain: string): VoiceRule =>
  rule(id, 'jargon', source, `A clinical word many readers will skip over.`, `Try “${plain}”.`);

const PROCEDURE =
  '(?:surgery|surgical|facelifts?|face lifts?|tummy tucks?|breast (?:augmentation|lift|reduction|implants?)|' +
  'implants?|rhinoplasty|nose jobs?|liposuction|lipo|blepharoplasty|eyelid surgery|bbl|' +
  'abdominoplasty|operations?|procedures?)';

export const VOICE_RULES: readonly VoiceRule[] = [
  rule(
    'book-now',
    'pressure',
    String.raw`\b(?:book|call|buy|order|sign up|schedule)(?: yours)? (?:now|today)\b`,
    PRESSURE_MESSAGE,
    'Invite instead: “We’d love to see you whenever it suits you.”',
  ),
  rule(
    'limited-time',
    'pressure',
    String.raw`\blimited[- ](?:time|offer|availability|spots?)\b`,
    PRESSURE_MESSAGE,
    'Drop the deadline; say what you are looking forward to.',
  ),
  rule(
    'percent-off',
    'pressure',
    String.raw`\d+\s?(?:%|percent|per cent) off\b|\b(?:half|50%) price\b`,
    'A discount headline turns a friendly feed into an ad.',
    'Share the news plainly, or keep offers for your newsletter.',
  ),
  rule(
    'discount',
    'pressure',
    String.raw`\b(?:discount(?:ed|s)?|flash sale|sale ends|bogo|buy one,? get one|special offer|exclusive offer|deal of the)\b`,
    'A discount headline turns a friendly feed into an ad.',
    'Share the news plainly, or keep offers for your newsletter.',
  ),
  rule(
    'act-fast',
    'pressure',
    String.raw`\b(?:act (?:fast|now|quickly)|hurry|don['’]?t (?:miss out|wait|delay)|last chance|now or never|before it['’]?s too late|while (?:supplies|stocks?) last)\b`,
    PRESSURE_MESSAGE,
    'Let people come when they are ready: “Here when you need us.”',
  ),
  rule(
    'only-window',
    'pressure',
    String.raw`\b(?:this (?:week|weekend|month)|today|tonight) only\b|\b(?:offer )?ends (?:soon|tonight|today|friday|sunday)\b|\bexpires? (?:soon|tonight|today)\b`,
    PRESSURE_MESSAGE,
    'Drop the deadline; say what you are looking forward to.',
  ),
  rule(
    'scarcity',
    'pressure',
    String.raw`\bonly \d+ (?:spots?|slots?|places?|appointments?) (?:left|remaining)\b|\b(?:spots?|slots?|appointments?) (?:are )?(?:filling|going) (?:up )?fast\b|\bselling out\b`,
    PRESSURE_MESSAGE,
    'Drop the scarcity: “Our calendar is open; come by when it suits you.”',
  ),
  rule(
    'guaranteed',
    'claim',
    String.raw`\bguarantee(?:d|s)?\b`,
    CLAIM_MESSAGE,
    'Describe what the treatment involves and what patients often tell you, not a promise.',
  ),
  rule(
    'painless',
    'claim',
    String.raw`\b(?:painless|pain[- ]free|no pain|zero pain|doesn['’]?t hurt(?: at all)?)\b`,
    CLAIM_MESSAGE,
    'Say what you do for comfort: “We’ll talk you through how we keep you comfortable.”',
  ),
  rule(
    'risk-free',
    'claim',
    String.raw`\b(?:risk[- ]free|no risks?|zero risks?|100% safe|completely safe|totally safe|no side effects)\b`,
    CLAIM_MESSAGE,
    'Every treatment has risks; invite questions: “Ask us anything at your consultation.”',
  ),
  rule(
    'permanent',
    'claim',
    String.raw`\b(?:permanent(?:ly)?(?! (?:staff|team|member|position|role|collection|exhibit))|lasts? forever|forever young)\b`,
    CLAIM_MESSAGE,
    'Say how long results usually last for most people, and that it varies.',
  ),
  rule(
    'best-in-town',
    'claim',
    String.raw`\b(?:the )?(?:best|top|leading|#1|number one|no\.? ?1)(?:[- ]rated)? (?:surgeons?|doctors?|injectors?|clinics?|practices?|dermatologists?|results)(?: in (?:town|the city|the country|the area|the world))?\b|\bbest (?:in|around) (?:town|the city)\b`,
    CLAIM_MESSAGE,
    'Let the team speak for itself: introduce who they are and what they love about their work.',
  ),
  rule(
    'miracle',
    'claim',
    String.raw`\b(?:miracle|magic(?:al)? results?|instant results?|look (?:\d+|ten|five) years younger|turn back the clock|flawless results?|perfect results?|cures?)\b`,
    CLAIM_MESSAGE,
    'Describe the treatment honestly; results vary from person to person.',
  ),
  rule(
    'giveaway',
    'giveaway',
    String.raw`\b(?:win|won|winner|giveaway|give-away|give away|giving away|raffle|contest|prize|sweepstakes?)\b[^.!?\n]{0,40}\b` +
      PROCEDURE +
      String.raw`\b|\bfree ` +
      PROCEDURE +
      String.raw`\b|\b` +
      PROCEDURE +
      String.raw`\b[^.!?\n]{0,30}\b(?:giveaway|give-away|raffle|contest|to be won|up for grabs)\b`,
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

/** Every finding in `text`, by position; overlapping findings of the same rule count once. */
export function checkVoice(
  text: string,
  rules: readonly VoiceRule[] = VOICE_RULES,
): VoiceFinding[] {
  const out: VoiceFinding[] = [];
  for (const r of rules) {
    r.pattern.lastIndex = 0;
    for (const m of text.matchAll(r.pattern)) {
      if (m[0] === '') continue;
      out.push({
        ruleId: r.id,
        kind: r.kind,
        start: m.index,
        end: m.index + m[0].length,
        match: m[0],
        message: r.message,
        suggestion: r.suggestion,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
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
