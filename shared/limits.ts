// Field limits both sides check (the contract's schemas, the forms' maxLength), in a module of
// their own so a screen can read them without loading the contract's validation code.
import { MAX_CAPTION_LENGTH } from './platforms';

export const LIMITS = {
  practiceName: 120,
  staffName: 80,
  staffRole: 80,
  funFact: 500,
  title: 200,
  caption: MAX_CAPTION_LENGTH,
  notes: 10_000,
  hashtag: 100,
  hashtags: 60,
  /** Widest range `posts.listRange` serves in one call (a year of agenda, with room). */
  rangeDays: 400,
  /** Largest file an import reads (an ideas CSV, a whole plan), in bytes; checked on picking. */
  importFileBytes: 16 * 1024 * 1024,
} as const;
