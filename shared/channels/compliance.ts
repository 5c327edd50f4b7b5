// The compliance check's channels: check a text against the friendly-voice set and the
// practice's rule packs (shared/compliance/), and list every rule with its source.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { FAMILIES, PACK_IDS, SEVERITIES } from '../compliance/types';
import { channel, empty, text } from '../schemas';

const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const packId = z.enum(PACK_IDS, {
  error: `A rule pack is one of ${PACK_IDS.join(', ')}`,
});

/** A practice's choice of packs: each at most once. */
export const packList = z
  .array(packId, { error: 'Rule packs are a list such as ["uk"]' })
  .max(PACK_IDS.length, { error: `At most ${PACK_IDS.length} rule packs` })
  .refine(unique, { error: 'A rule pack is listed twice' });

const ruleSet = z.enum(['voice', ...PACK_IDS]);

export const complianceFindingSchema = z.object({
  ruleId: z.string(),
  set: ruleSet,
  family: z.enum(FAMILIES),
  severity: z.enum(SEVERITIES),
  /** [start, end) in UTF-16 code units of the text sent. */
  start: z.number().int(),
  end: z.number().int(),
  match: z.string(),
  message: z.string(),
  suggestion: z.string(),
  source: z.string(),
});
export type ComplianceFindingOut = z.infer<typeof complianceFindingSchema>;

export const complianceRuleSchema = z.object({
  id: z.string(),
  set: ruleSet,
  family: z.enum(FAMILIES),
  severity: z.enum(SEVERITIES),
  /** What it looks for, in words. */
  matches: z.string(),
  message: z.string(),
  suggestion: z.string(),
  source: z.string(),
});

export const complianceChannels = {
  /**
   * Findings for a text: the friendly-voice set always, plus `packs` (default: the practice's
   * `compliancePacks`). With no pack, `notice` says that only the voice advice ran.
   */
  'compliance.check': channel(
    z.strictObject({ text: text(LIMITS.caption, 'Text'), packs: packList.optional() }),
    z.object({
      packs: z.array(packId),
      findings: z.array(complianceFindingSchema),
      notice: z.string().nullable(),
    }),
  ),
  /** Every rule: the voice set, then each pack's, with what it matches and its source. */
  'compliance.rules': channel(empty, z.array(complianceRuleSchema)),
};
