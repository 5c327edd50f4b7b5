// Staff helpers both sides use.

/** Colours offered for staff, each dark enough for white initials on it. */
export const STAFF_COLORS = [
  '#1d6fa5',
  '#7a3fa0',
  '#b0357a',
  '#a24d0c',
  '#16736a',
  '#3f7a22',
  '#a3322c',
  '#4b5bb5',
  '#6b5a12',
  '#55606e',
] as const;

/** The first colour nobody uses yet, else the least used. */
export function pickStaffColor(used: readonly string[]): string {
  const count = (c: string) => used.filter((u) => u === c).length;
  return [...STAFF_COLORS].sort((a, b) => count(a) - count(b))[0]!;
}

/** Titles before a name, which initials skip ("Dr. Amelia Hart" → "AH"). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'sir', 'dame']);

function isTitle(word: string): boolean {
  return TITLES.has(word.replace(/\.$/, '').toLowerCase());
}

/**
 * "Maria del Carmen Ruiz" → "MR"; one name → its first two letters. Leading titles (Dr., Mrs,
 * Prof. …) are skipped unless they are all there is.
 */
export function initials(name: string): string {
  const all = name.trim().split(/\s+/).filter(Boolean);
  const firstName = all.findIndex((w) => !isTitle(w));
  const words = firstName === -1 ? all : all.slice(firstName);
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words.at(-1)![0]!).toUpperCase();
}
