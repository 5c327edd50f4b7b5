// The text that leaves Rapport for each network: which caption a platform uses, how hashtags are
// added to it, and how long it is as that network counts. The editor's counters and its Copy
// buttons both use `composedCaptionFor`, so what is counted is exactly what is copied.
// X's counting comes from twitter-text, X's own library; only its parseTweet is imported (the
// whole package would bring autolinking and its HTML helpers along).
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import type { Post } from './contract';
import { PLATFORMS, type PlatformId } from './platforms';

export type CaptionSource = Pick<Post, 'caption' | 'platformCaptions' | 'platforms' | 'hashtags'>;

/**
 * The caption `platform` uses: its own custom text when that has any non-blank text, else the
 * main caption. (An override that is empty or only spaces means "use the main caption".)
 */
export function captionFor(
  post: Pick<Post, 'caption' | 'platformCaptions'>,
  platform: PlatformId,
): string {
  const override = post.platformCaptions[platform];
  return override !== undefined && override.trim() !== '' ? override : post.caption;
}

/**
 * Hashtags as typed in the editor → as stored: split on spaces, commas and line breaks, the
 * leading '#'s taken off, empty pieces dropped, repeats (ignoring case) dropped, first kept.
 * Pieces with characters a hashtag cannot hold are kept, so validation can point at them.
 */
export function parseHashtags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const piece of text.split(/[\s,]+/)) {
    const tag = piece.replace(/^#+/, '');
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/**
 * The text to post: the caption with trailing spaces and blank lines taken off, then, when
 * there are hashtags, one line break and the hashtags as `#tag`, separated by single spaces.
 * Hashtags are normalised as `parseHashtags` does (a stray '#' or a repeat is not doubled).
 * With no caption the text is the hashtag line alone; with neither it is empty.
 *
 *   composeCaption('Meet Ana!\n', ['team', '#smiles']) === 'Meet Ana!\n#team #smiles'
 */
export function composeCaption(caption: string, hashtags: readonly string[]): string {
  const body = caption.trimEnd();
  const tags = parseHashtags(hashtags.join(' '));
  if (tags.length === 0) return body;
  const line = tags.map((t) => `#${t}`).join(' ');
  return body === '' ? line : `${body}\n${line}`;
}

/** The exact text to copy for `platform`: its caption (custom or main) plus the hashtags. */
export function composedCaptionFor(
  post: Pick<Post, 'caption' | 'platformCaptions' | 'hashtags'>,
  platform: PlatformId,
): string {
  return composeCaption(captionFor(post, platform), post.hashtags);
}

const utf8 = new TextEncoder();

/** Length of `text` as `platform` counts it (its `counting` in the platform table). */
export function countForPlatform(text: string, platform: PlatformId): number {
  switch (PLATFORMS[platform].counting) {
    case 'x-weighted':
      return parseTweet(text).weightedLength;
    case 'utf8-bytes':
      return utf8.encode(text).length;
    case 'utf16':
      return text.length;
  }
}

export interface CaptionCheck {
  platform: PlatformId;
  /** The composed text that is counted and copied. */
  text: string;
  /** Length as the network counts it (`countForPlatform`). */
  length: number;
  /** The network's limit, or null where it takes no caption text (Instagram Stories). */
  limit: number | null;
  over: boolean;
  /** Characters left (negative when over); null when there is no limit. */
  remaining: number | null;
}

/** One check per chosen platform, in the post's platform order. */
export function captionChecks(post: CaptionSource): CaptionCheck[] {
  return post.platforms.map((platform) => {
    const text = composedCaptionFor(post, platform);
    const length = countForPlatform(text, platform);
    const limit = PLATFORMS[platform].captionLimit;
    return {
      platform,
      text,
      length,
      limit,
      over: limit !== null && length > limit,
      remaining: limit === null ? null : limit - length,
    };
  });
}
