// Hashtag groups inserted in one step, and each platform's hashtag rule.
import type { PlatformId } from '../platforms';

/** Instagram's limit by default (a setting; the network has changed it before). */
export const DEFAULT_INSTAGRAM_HASHTAG_LIMIT = 30;
/** YouTube ignores every hashtag on a video with more than this many. */
export const YOUTUBE_HASHTAG_LIMIT = 15;

/** `current` plus the group's tags not already there (case-insensitive), order kept. */
export function insertGroup(current: readonly string[], group: readonly string[]): string[] {
  const seen = new Set(current.map((t) => t.toLowerCase()));
  const out = [...current];
  for (const tag of group) {
    const clean = tag.replace(/^#+/, '');
    if (clean && !seen.has(clean.toLowerCase())) {
      seen.add(clean.toLowerCase());
      out.push(clean);
    }
  }
  return out;
}

export interface HashtagFinding {
  platform: PlatformId;
  count: number;
  limit: number;
  message: string;
}

/** Platforms whose hashtag rule the post breaks. */
export function hashtagFindings(
  hashtags: readonly string[],
  platforms: readonly PlatformId[],
  instagramLimit = DEFAULT_INSTAGRAM_HASHTAG_LIMIT,
): HashtagFinding[] {
  const count = hashtags.length;
  const out: HashtagFinding[] = [];
  for (const platform of platforms) {
    if (
      platform.startsWith('instagram_') &&
      platform !== 'instagram_story' &&
      count > instagramLimit
    ) {
      out.push({
        platform,
        count,
        limit: instagramLimit,
        message: `Instagram takes at most ${instagramLimit} hashtags; this post has ${count}.`,
      });
    }
    if (platform === 'youtube_short' && count > YOUTUBE_HASHTAG_LIMIT) {
      out.push({
        platform,
        count,
        limit: YOUTUBE_HASHTAG_LIMIT,
        message: `YouTube ignores all hashtags past ${YOUTUBE_HASHTAG_LIMIT}; this post has ${count}.`,
      });
    }
  }
  return out;
}
