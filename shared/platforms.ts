// Every platform rule in one table (from the networks' own published limits). Counting is in
// UTF-16 code units, as the networks count; X counts every link as 23.

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

export interface Platform {
  id: PlatformId;
  label: string;
  short: string;
  /** Caption / description limit; null where the network takes no caption text. */
  captionLimit: number | null;
  /** X replaces each link with a 23-character t.co link when counting. */
  linkLength?: number;
  note?: string;
}

export const PLATFORMS: Record<PlatformId, Platform> = {
  instagram_feed: {
    id: 'instagram_feed',
    label: 'Instagram feed',
    short: 'IG',
    captionLimit: 2200,
  },
  instagram_reel: {
    id: 'instagram_reel',
    label: 'Instagram Reel',
    short: 'Reel',
    captionLimit: 2200,
  },
  instagram_story: {
    id: 'instagram_story',
    label: 'Instagram Story',
    short: 'Story',
    captionLimit: null,
    note: 'Stories have no caption: put the words on the picture.',
  },
  facebook: { id: 'facebook', label: 'Facebook', short: 'FB', captionLimit: 63206 },
  tiktok: {
    id: 'tiktok',
    label: 'TikTok',
    short: 'TikTok',
    captionLimit: 2200,
    note: '2,200 with a video; photo posts allow 4,000.',
  },
  linkedin: { id: 'linkedin', label: 'LinkedIn', short: 'in', captionLimit: 3000 },
  x: { id: 'x', label: 'X', short: 'X', captionLimit: 280, linkLength: 23 },
  youtube_short: {
    id: 'youtube_short',
    label: 'YouTube Shorts',
    short: 'YT',
    captionLimit: 5000,
    note: 'Title up to 100; more than 15 hashtags and all are ignored.',
  },
  google_business: {
    id: 'google_business',
    label: 'Google Business Profile',
    short: 'Google',
    captionLimit: 1500,
  },
  pinterest: { id: 'pinterest', label: 'Pinterest', short: 'Pin', captionLimit: 500 },
};

/** The longest caption any platform accepts: the store refuses anything longer. */
export const MAX_CAPTION_LENGTH = Math.max(
  ...Object.values(PLATFORMS).map((p) => p.captionLimit ?? 0),
);

const LINK = /\bhttps?:\/\/[^\s]+/gi;

/** Length of `text` as `platform` counts it. */
export function countForPlatform(text: string, platform: PlatformId): number {
  const { linkLength } = PLATFORMS[platform];
  if (linkLength === undefined) return text.length;
  let length = text.length;
  for (const match of text.matchAll(LINK)) length += linkLength - match[0].length;
  return length;
}
