// Every pack's rules, gathered from the concept tables by family.
import type { PackId, Rule } from '../types';
import { CLAIM_RULES } from './claims';
import { rulesOf } from './concept';
import { ENDORSEMENT_RULES } from './endorsements';
import { MEDICINE_RULES } from './medicines';
import { OFFER_RULES } from './offers';
import { PEOPLE_RULES } from './people';

const CONCEPTS = [
  ...MEDICINE_RULES,
  ...OFFER_RULES,
  ...CLAIM_RULES,
  ...PEOPLE_RULES,
  ...ENDORSEMENT_RULES,
];

export const PACK_RULES: Readonly<Record<PackId, readonly Rule[]>> = {
  us: rulesOf('us', CONCEPTS),
  uk: rulesOf('uk', CONCEPTS),
  ie: rulesOf('ie', CONCEPTS),
};
