// Turning what someone typed into the search box into an FTS5 query. Every word is quoted, so
// FTS5's own syntax (AND, OR, NOT, NEAR, column filters, *, ^, parentheses) is only ever text:
// "NOT sunscreen" finds posts with both words. All words must match; the last one, still being
// typed, matches as a prefix ("open hol" finds "open holiday"). Earlier words match whole,
// which keeps a search over many posts fast.

/** Longest query taken, and most words used from it. */
export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_MAX_WORDS = 12;

/**
 * The words of a query, as ftsQuery takes them. Control characters (NUL ends an FTS5 string
 * early) and lone surrogate halves (no text at all) separate words, as spaces do.
 */
export function searchWords(input: string): string[] {
  return input
    .normalize('NFKC')
    .split(/[\s\p{P}\p{S}\p{Cc}\p{Cs}]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, SEARCH_MAX_WORDS);
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A few words of `text` around the first word starting with one of `words` (as the search
 * matched it: case and accents aside), "…" where it was cut; '' when none is in it.
 */
export function snippetAround(text: string, words: readonly string[], width = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Folding keeps the length for Latin text; where it does not, the cut is only a little off.
  const folded = fold(flat);
  let at = -1;
  for (const word of words.map(fold)) {
    const pattern = new RegExp(
      `(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      'u',
    );
    const found = pattern.exec(folded);
    if (found && (at === -1 || found.index < at)) at = found.index + found[1]!.length;
  }
  if (at === -1) return '';
  let start = Math.max(0, at - Math.floor(width / 3));
  const space = flat.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < at) start = space + 1;
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > at ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/**
 * The FTS5 MATCH expression for `input`, or null when it has no letters or digits to find.
 * `prefix: false` matches the last word whole too (a finished word is found from its own
 * entry in the index at once; a prefix of a common word merges every word it starts).
 */
export function ftsQuery(input: string, { prefix = true } = {}): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  return words
    .map((w, i) => `"${w.replaceAll('"', '""')}"${prefix && i === words.length - 1 ? '*' : ''}`)
    .join(' ');
}
