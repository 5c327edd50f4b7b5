// Turning what someone typed into the search box into an FTS5 query. Every word is quoted, so
// FTS5's own syntax (AND, OR, NOT, NEAR, column filters, *, ^, parentheses) is only ever text:
// "NOT sunscreen" finds posts with both words. All words must match; the last one, still being
// typed, matches as a prefix ("open hol" finds "open holiday"). Earlier words match whole,
// which keeps a search over many posts fast.

/** Longest query taken, and most words used from it. */
export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_MAX_WORDS = 12;

/** The FTS5 MATCH expression for `input`, or null when it has no letters or digits to find. */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, SEARCH_MAX_WORDS);
  if (words.length === 0) return null;
  return words
    .map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`)
    .join(' ');
}
