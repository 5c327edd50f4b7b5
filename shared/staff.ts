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

/** Titles before a name, which initials and first names skip ("Dr. Amelia Hart" → "AH"). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'sir', 'dame']);

/** Whether a word is a title written before a name: "Dr.", "dr", "Prof.", "Mrs". */
export function isTitle(word: string): boolean {
  return TITLES.has(word.replace(/\.$/, '').toLowerCase());
}

/** The words of a name after its leading titles (all of them when there is nothing else). */
function nameWords(name: string): string[] {
  const all = name.trim().split(/\s+/).filter(Boolean);
  const first = all.findIndex((w) => !isTitle(w));
  return first === -1 ? all : all.slice(first);
}

/**
 * What to call someone warmly: "Dr. Elena Marsh" → "Elena", "Priya" → "Priya". Someone known
 * only by title and surname keeps both ("Dr. Hart"), and a lone title stays as written.
 */
export function firstName(name: string): string {
  const words = nameWords(name);
  const titled = words.length === 1 && isTitle(name.trim().split(/\s+/)[0]!);
  if (titled) return name.trim().replace(/\s+/g, ' ');
  return words[0] ?? name.trim();
}

/**
 * "Maria del Carmen Ruiz" → "MR"; one name → its first two letters. Leading titles (Dr., Mrs,
 * Prof. …) are skipped unless they are all there is.
 */
export function initials(name: string): string {
  const words = nameWords(name);
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words.at(-1)![0]!).toUpperCase();
}
