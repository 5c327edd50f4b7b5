// "Never a name" across the contract. The rule itself (shared/privacy.ts) needs large English
// word lists, so it runs in the main process only; the page asks it through these channels:
// the editor's warning on a patient story and the titles the shared meeting screen may show.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { channel } from '../schemas';

export const PATIENT_REF_MAX = 40;
export const NEVER_A_NAME = 'use a chart number or initials (like 4411 or J.D.), never a name';

/**
 * What a patient reference must look like before its words are read: present, short, and not
 * two or more name-like words ("Jane Doe", "maria de souza"). The main process then refuses a
 * single name too ("Jane": patientRefProblem in shared/privacy.ts).
 */
export function patientRefShapeProblem(value: string): string | null {
  const ref = value.trim();
  if (ref === '') return 'Give a chart number or initials';
  if (ref.length > PATIENT_REF_MAX) return `At most ${PATIENT_REF_MAX} characters`;
  const words = ref.split(/[\s,]+/).filter((w) => w !== '');
  const nameLike = words.filter((w) => /^\p{L}[\p{L}'’-]*\p{L}$/u.test(w));
  if (nameLike.length >= 2) return `Looks like a full name: ${NEVER_A_NAME}`;
  return null;
}

/** How the shared screen and the agenda show a patient story whose title names someone. */
export const HIDDEN_STORY_TITLE = 'Patient story (name hidden)';

export const storyNameFindingSchema = z.object({
  field: z.enum(['title', 'caption']),
  names: z.array(z.string()),
  /** The warning in words, with the reason. */
  message: z.string(),
});
export type StoryNameFinding = z.infer<typeof storyNameFindingSchema>;

const title = z.string({ error: 'A title must be text' }).max(LIMITS.title);

export const privacyChannels = {
  /** Where a patient story seems to name someone: its title and its caption's first line. */
  'privacy.storyFindings': channel(
    z.strictObject({
      category: z.string().max(40),
      title,
      caption: z.string({ error: 'A caption must be text' }).max(LIMITS.caption),
    }),
    z.array(storyNameFindingSchema),
  ),
  /** The titles as the shared screen may show them (a patient story naming someone is hidden). */
  'privacy.sharedTitles': channel(
    z.strictObject({
      titles: z.array(title).max(500, { error: 'At most 500 titles at a time' }),
    }),
    z.array(z.string()),
  ),
} as const;
