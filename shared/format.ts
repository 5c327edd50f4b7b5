// Formatting for messages the contract and the main process write. They are in English, so
// numbers are grouped the English way; the renderer formats for the person's own locale in
// renderer/lib/format.ts.

const counts = new Intl.NumberFormat('en-US');

/** 63206 → "63,206". */
export function formatCount(n: number): string {
  return counts.format(n);
}
