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

const TITLES = /^(dr|mr|mrs|ms|mx|prof|sr|sra|dra)\.?$/i;

/** "Maria del Carmen Ruiz" → "MR"; titles are skipped ("Dr. Amelia Hart" → "AH"); one name → its first two letters. */
export function initials(name: string): string {
  const all = name.trim().split(/\s+/).filter(Boolean);
  const named = all.filter((w) => !TITLES.test(w));
  const words = named.length > 0 ? named : all;
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words.at(-1)![0]!).toUpperCase();
}
