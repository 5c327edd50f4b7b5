// The compliance check over the API: a text against the friendly-voice set and the packs asked
// for, or the practice's own (Settings, compliancePacks) when none are given.
import { ALL_RULES, checkCompliance } from '../../shared/compliance/check';
import type { AreaHandlers } from './types';

export const complianceHandlers: AreaHandlers<'compliance.check' | 'compliance.rules'> = {
  'compliance.check': async (tx, { text, packs }) =>
    checkCompliance(text, packs ?? (await tx.settings.get()).compliancePacks),
  'compliance.rules': () =>
    Promise.resolve(
      ALL_RULES.map(({ id, set, family, severity, matches, message, suggestion, source }) => ({
        id,
        set,
        family,
        severity,
        matches,
        message,
        suggestion,
        source,
      })),
    ),
};
