// A rule of the packs written once: the words it looks for and its explanation, and for each
// jurisdiction that has it, how severe it is there and which code or guidance says so.
import type { PackId, Rule } from '../types';

export interface PackEntry {
  severity: 'blocker' | 'warning';
  /** The code or guidance and its section, as text. */
  source: string;
  /** Where the explanation differs from the concept's. */
  message?: string;
}

export interface Concept extends Omit<Rule, 'id' | 'set' | 'severity' | 'source'> {
  /** Short name; the rule ids are `<pack>.<name>`. */
  name: string;
  packs: Partial<Record<PackId, PackEntry>>;
}

/** The rules of one pack, from the concepts that name it. */
export function rulesOf(pack: PackId, concepts: readonly Concept[]): Rule[] {
  return concepts.flatMap(({ name, packs, ...rest }) => {
    const entry = packs[pack];
    if (!entry) return [];
    return [
      {
        ...rest,
        id: `${pack}.${name}`,
        set: pack,
        severity: entry.severity,
        source: entry.source,
        message: entry.message ?? rest.message,
      },
    ];
  });
}
