// Search over every post's words (title, captions, notes, hashtags), dated or not.
import { z } from 'zod';
import { categoryId, statusId } from '../schemas';
import { channel } from '../schemas';
import { SEARCH_MAX_LENGTH } from '../search';

export const searchResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: categoryId,
  status: statusId,
  scheduledAt: z.string().nullable(),
  /** A few words around the match, from whichever field matched best. */
  snippet: z.string(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchChannels = {
  /** Posts not in the trash whose words start with every word of `query`, best match first. */
  'posts.search': channel(
    z.strictObject({
      query: z.string({ error: 'Search must be text' }).max(SEARCH_MAX_LENGTH, {
        error: `Search is too long (at most ${SEARCH_MAX_LENGTH} characters)`,
      }),
      limit: z
        .number({ error: 'Limit must be a number from 1 to 50' })
        .int({ error: 'Limit must be a number from 1 to 50' })
        .min(1, { error: 'Limit must be a number from 1 to 50' })
        .max(50, { error: 'Limit must be a number from 1 to 50' })
        .default(20),
    }),
    z.array(searchResultSchema),
  ),
} as const;
