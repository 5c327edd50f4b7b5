// Every platform rule in one table (from the networks' own published limits), with the way
// each network counts a caption's length (shared/captions.ts does the counting).

export const PLATFORM_IDS = [
  'instagram_feed',
  'instagram_reel',
  'instagram_story',
  'facebook',
  'tiktok',
  'linkedin',
  'x',
  'youtube_short',
  'google_business',
  'pinterest',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/**
 * How a network counts a caption against its limit:
 * - `x-weighted`: X's weighted length (twitter-text): most emoji and CJK count 2, every link 23.
 * - `utf8-bytes`: bytes of UTF-8 (YouTube's description limit is in bytes).
 * - `utf16`: UTF-16 code units, JavaScript's length: TikTok's documented unit; the networks that
 *   publish only "characters" are counted so too, which never counts fewer than a person sees.
 */
export type CaptionCounting = 'x-weighted' | 'utf8-bytes' | 'utf16';

export interface Platform {
  id: PlatformId;
  label: string;
  short: string;
  /** Caption / description limit; null where the network takes no caption text. */
  captionLimit: number | null;
  counting: CaptionCounting;
  note?: string;
}

export const PLATFORMS: Record<PlatformId, Platform> = {
  instagram_feed: {
    id: 'instagram_feed',
    label: 'Instagram feed',
    short: 'IG',
    captionLimit: 2200,
    counting: 'utf16',
  },
  instagram_reel: {
    id: 'instagram_reel',
    label: 'Instagram Reel',
    short: 'Reel',
    captionLimit: 2200,
    counting: 'utf16',
  },
  instagram_story: {
    id: 'instagram_story',
    label: 'Instagram Story',
    short: 'Story',
    captionLimit: null,
    counting: 'utf16',
    note: 'Stories have no caption: put the words on the picture.',
  },
  facebook: {
    id: 'facebook',
    label: 'Facebook',
    short: 'FB',
    captionLimit: 63206,
    counting: 'utf16',
  },
  tiktok: {
    id: 'tiktok',
    label: 'TikTok',
    short: 'TikTok',
    captionLimit: 2200,
    counting: 'utf16',
    note: '2,200 with a video; photo posts allow 4,000.',
  },
  linkedin: {
    id: 'linkedin',
    label: 'LinkedIn',
    short: 'in',
    captionLimit: 3000,
    counting: 'utf16',
  },
  x: { id: 'x', label: 'X', short: 'X', captionLimit: 280, counting: 'x-weighted' },
  youtube_short: {
    id: 'youtube_short',
    label: 'YouTube Shorts',
    short: 'YT',
    captionLimit: 5000,
    counting: 'utf8-bytes',
    note: 'Counted in bytes, as YouTube does (an emoji is 4). Title up to 100; more than 15 hashtags and all are ignored.',
  },
  google_business: {
    id: 'google_business',
    label: 'Google Business Profile',
    short: 'Google',
    captionLimit: 1500,
    counting: 'utf16',
  },
  pinterest: {
    id: 'pinterest',
    label: 'Pinterest',
    short: 'Pin',
    captionLimit: 500,
    counting: 'utf16',
  },
};

/** The longest caption any platform accepts: the store refuses anything longer. */
export const MAX_CAPTION_LENGTH = Math.max(
  ...Object.values(PLATFORMS).map((p) => p.captionLimit ?? 0),
);
