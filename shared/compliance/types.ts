// The compliance engine's vocabulary: the rule packs a practice chooses (one per jurisdiction),
// the families rules belong to, what a rule is and what a finding says.

/** The jurisdictions a practice can choose in Settings (`compliancePacks`). */
export const PACK_IDS = ['us', 'uk', 'ie'] as const;
export type PackId = (typeof PACK_IDS)[number];

export const PACK_LABELS: Record<PackId, string> = {
  us: 'United States',
  uk: 'United Kingdom',
  ie: 'Ireland',
};

/** Unique, in PACK_IDS order: the order packs are stored and checked in. */
export function canonicalPacks(packs: Iterable<PackId>): PackId[] {
  const chosen = new Set(packs);
  return PACK_IDS.filter((p) => chosen.has(p));
}

/** A pack, or the friendly-voice set that runs for everyone. */
export type RuleSetId = 'voice' | PackId;

/**
 * blocker: a rule of the jurisdiction forbids it. warning: it may break a rule, depending on
 * facts the text does not show. advice: tone only (the friendly-voice set).
 */
export const SEVERITIES = ['blocker', 'warning', 'advice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FAMILIES = [
  'medicines',
  'prizes',
  'pressure',
  'claims',
  'titles',
  'minors',
  'endorsements',
  'before-after',
  'patient-privacy',
  'jargon',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Facts about the practice or the post that settle a rule the words alone cannot. */
export type Fact = 'registeredSpecialist' | 'beforeAfterAttested';
export type Facts = Partial<Record<Fact, boolean>>;

/**
 * A second pattern a finding depends on, looked for in the same sentence, within `scope`
 * characters either side of the match, or anywhere in the checked text.
 */
export interface Context {
  pattern: string;
  scope: 'sentence' | 'text' | number;
}

export interface Rule {
  /** `<set>.<name>`, unique across every set. */
  id: string;
  set: RuleSetId;
  family: Family;
  severity: Severity;
  /** What it looks for, in words (for the rules list). */
  matches: string;
  /** Regular expression source over the folded text (lower case, no accents, B0tox → botox). */
  pattern: string;
  /** Matched against the folded text with its case kept (names). */
  cased?: boolean;
  /** Flags only when this is found too (a price beside "anti-wrinkle injections"). */
  near?: Context;
  /** Stays quiet when this is found (a disclosure beside a testimonial). */
  unless?: Context;
  /** Stays quiet when the practice has confirmed this fact. */
  unlessFact?: Fact;
  /** Phrases a run-together hashtag is split at (#botoxparty → botox party). */
  tags?: readonly string[];
  message: string;
  suggestion: string;
  /** The code or guidance and its section, as text. */
  source: string;
}

export interface Finding {
  ruleId: string;
  set: RuleSetId;
  family: Family;
  severity: Severity;
  /** [start, end) in UTF-16 code units of the checked text as given. */
  start: number;
  end: number;
  /** The checked text's own words at [start, end). */
  match: string;
  message: string;
  suggestion: string;
  source: string;
}
