// Every platform's media rule in one table (the networks' own published limits), and the
// check the editor shows beside the caption counters. null = the network sets no limit we
// check. One edit here changes the editor and the tests.
import { PLATFORMS, type PlatformId } from './platforms';

export interface MediaRule {
  /** Most items in one post (a carousel); null = no limit checked. */
  maxItems: number | null;
  images: boolean;
  videos: boolean;
  /** Width / height bounds; null = any. */
  minAspect: number | null;
  maxAspect: number | null;
  maxImageBytes: number | null;
  /** Video length in seconds. */
  minVideoSeconds: number | null;
  maxVideoSeconds: number | null;
  /** Needs at least one item (a Reel is a video). */
  needsMedia: boolean;
}

const MB = 1024 * 1024;
const ANY: MediaRule = {
  maxItems: null,
  images: true,
  videos: true,
  minAspect: null,
  maxAspect: null,
  maxImageBytes: null,
  minVideoSeconds: null,
  maxVideoSeconds: null,
  needsMedia: false,
};

export const MEDIA_RULES: Record<PlatformId, MediaRule> = {
  instagram_feed: {
    ...ANY,
    maxItems: 10,
    minAspect: 4 / 5,
    maxAspect: 1.91,
    maxImageBytes: 8 * MB,
    needsMedia: true,
  },
  instagram_reel: {
    ...ANY,
    maxItems: 1,
    images: false,
    minAspect: 9 / 16,
    maxAspect: 9 / 16,
    minVideoSeconds: 3,
    maxVideoSeconds: 15 * 60,
    needsMedia: true,
  },
  // A story, a TikTok, a Short and a pin are a picture or a video: none goes out as text alone.
  instagram_story: { ...ANY, needsMedia: true },
  facebook: { ...ANY },
  tiktok: { ...ANY, needsMedia: true },
  linkedin: { ...ANY },
  x: { ...ANY, maxItems: 4 },
  youtube_short: { ...ANY, images: false, needsMedia: true },
  google_business: { ...ANY, maxItems: 1, videos: false },
  pinterest: { ...ANY, needsMedia: true },
};

/** What the check reads of a media item. */
export interface MediaFacts {
  name: string;
  kind: 'image' | 'video';
  width: number | null;
  height: number | null;
  byteSize: number;
  durationMs: number | null;
}

export interface MediaCheck {
  platform: PlatformId;
  ok: boolean;
  problems: string[];
}

// Aspect ratios are compared with a little slack: 1080×1350 is 4:5 and 1080×1920 is 9:16,
// but a 1079-pixel crop should not fail.
const SLACK = 0.01;

function aspectLabel(ratio: number): string {
  return ratio.toFixed(2).replace(/\.?0+$/, '');
}

/** The problems of one platform with these media, in order. */
export function checkMediaFor(platform: PlatformId, media: readonly MediaFacts[]): MediaCheck {
  const rule = MEDIA_RULES[platform];
  const label = PLATFORMS[platform].label;
  const problems: string[] = [];
  if (rule.needsMedia && media.length === 0) problems.push(`${label} needs a photo or video`);
  if (rule.maxItems !== null && media.length > rule.maxItems) {
    problems.push(`${label} takes at most ${rule.maxItems} (this post has ${media.length})`);
  }
  for (const m of media) {
    if (m.kind === 'video' && !rule.videos) problems.push(`${label} takes no video ("${m.name}")`);
    if (m.kind === 'image' && !rule.images) problems.push(`${label} takes no photos ("${m.name}")`);
    if (m.width && m.height) {
      const ratio = m.width / m.height;
      if (rule.minAspect !== null && ratio < rule.minAspect - SLACK) {
        problems.push(
          `"${m.name}" is too tall for ${label} (${aspectLabel(ratio)}:1, at least ${aspectLabel(rule.minAspect)}:1)`,
        );
      }
      if (rule.maxAspect !== null && ratio > rule.maxAspect + SLACK) {
        problems.push(
          `"${m.name}" is too wide for ${label} (${aspectLabel(ratio)}:1, at most ${aspectLabel(rule.maxAspect)}:1)`,
        );
      }
    }
    if (m.kind === 'image' && rule.maxImageBytes !== null && m.byteSize > rule.maxImageBytes) {
      problems.push(`"${m.name}" is over ${rule.maxImageBytes / MB} MB for ${label}`);
    }
    if (m.kind === 'video' && m.durationMs !== null) {
      const s = m.durationMs / 1000;
      if (rule.minVideoSeconds !== null && s < rule.minVideoSeconds) {
        problems.push(`"${m.name}" is shorter than ${rule.minVideoSeconds} s for ${label}`);
      }
      if (rule.maxVideoSeconds !== null && s > rule.maxVideoSeconds) {
        problems.push(`"${m.name}" is longer than ${rule.maxVideoSeconds / 60} min for ${label}`);
      }
    }
  }
  return { platform, ok: problems.length === 0, problems };
}

/** One check per chosen platform, in the post's order. */
export function checkMedia(platforms: readonly PlatformId[], media: readonly MediaFacts[]) {
  return platforms.map((p) => checkMediaFor(p, media));
}
