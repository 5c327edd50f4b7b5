import { describe, expect, it } from 'vitest';
import { checkMedia, checkMediaFor, MEDIA_RULES, type MediaFacts } from '../../shared/media-rules';
import { PLATFORM_IDS } from '../../shared/platforms';
import { mvhdDurationMs, sniffVideo } from '../../electron/media/video';

const photo = (width: number, height: number, over: Partial<MediaFacts> = {}): MediaFacts => ({
  name: `${width}x${height}.jpg`,
  kind: 'image',
  width,
  height,
  byteSize: 500_000,
  durationMs: null,
  ...over,
});
const video = (seconds: number, over: Partial<MediaFacts> = {}): MediaFacts => ({
  name: 'clip.mp4',
  kind: 'video',
  width: 1080,
  height: 1920,
  byteSize: 20_000_000,
  durationMs: seconds * 1000,
  ...over,
});

describe('platform media rules', () => {
  it('has one rule per platform', () => {
    expect(Object.keys(MEDIA_RULES).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it('Instagram feed: 4:5 to 1.91:1, at most 10, images up to 8 MB, needs media', () => {
    expect(checkMediaFor('instagram_feed', [photo(1080, 1350)]).ok).toBe(true);
    expect(checkMediaFor('instagram_feed', [photo(1080, 566)]).ok).toBe(true);
    expect(checkMediaFor('instagram_feed', [photo(1080, 1920)]).problems).toEqual([
      '"1080x1920.jpg" is too tall for Instagram feed (0.56:1, at least 0.8:1)',
    ]);
    expect(checkMediaFor('instagram_feed', [photo(2000, 1000)]).problems[0]).toMatch(/too wide/);
    expect(
      checkMediaFor(
        'instagram_feed',
        Array.from({ length: 11 }, () => photo(1080, 1080)),
      ).problems,
    ).toEqual(['Instagram feed takes at most 10 (this post has 11)']);
    expect(
      checkMediaFor('instagram_feed', [photo(1080, 1080, { byteSize: 9 * 1024 * 1024 })])
        .problems[0],
    ).toMatch(/over 8 MB/);
    expect(checkMediaFor('instagram_feed', []).problems).toEqual([
      'Instagram feed needs a photo or video',
    ]);
  });

  it('X takes 4 images; Google Business 1 item and no video; Reels a 9:16 video of 3 s to 15 min', () => {
    expect(
      checkMediaFor(
        'x',
        Array.from({ length: 4 }, () => photo(1200, 675)),
      ).ok,
    ).toBe(true);
    expect(
      checkMediaFor(
        'x',
        Array.from({ length: 5 }, () => photo(1200, 675)),
      ).ok,
    ).toBe(false);
    expect(checkMediaFor('google_business', [photo(1200, 900)]).ok).toBe(true);
    expect(
      checkMediaFor('google_business', [photo(1200, 900), photo(1200, 900)]).problems[0],
    ).toMatch(/at most 1/);
    expect(checkMediaFor('google_business', [video(10)]).problems).toEqual([
      'Google Business Profile takes no video ("clip.mp4")',
    ]);
    expect(checkMediaFor('instagram_reel', [video(30)]).ok).toBe(true);
    expect(checkMediaFor('instagram_reel', [video(2)]).problems[0]).toMatch(/shorter than 3 s/);
    expect(checkMediaFor('instagram_reel', [video(16 * 60)]).problems[0]).toMatch(
      /longer than 15 min/,
    );
    expect(checkMediaFor('instagram_reel', [photo(1080, 1920)]).problems[0]).toMatch(
      /takes no photos/,
    );
  });

  it('checks each chosen platform in the post’s order', () => {
    expect(checkMedia(['facebook', 'x'], [photo(1, 1)]).map((c) => c.platform)).toEqual([
      'facebook',
      'x',
    ]);
  });
});

describe('reading videos without native tools', () => {
  it('recognises MP4, MOV and WebM, and not HEIC photos', () => {
    const box = (brand: string) =>
      Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from(`ftyp${brand}`)]);
    expect(sniffVideo(box('isom'))).toEqual({ mime: 'video/mp4' });
    expect(sniffVideo(box('qt  '))).toEqual({ mime: 'video/quicktime' });
    expect(sniffVideo(box('heic'))).toBeNull();
    expect(sniffVideo(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0]))).toEqual({ mime: 'video/webm' });
    expect(sniffVideo(Buffer.from('not a video'))).toBeNull();
  });

  it('reads the duration from the movie header', () => {
    const mvhd = Buffer.alloc(8 + 100);
    mvhd.writeUInt32BE(108, 0);
    mvhd.write('mvhd', 4, 'latin1');
    mvhd[8] = 0; // version
    mvhd.writeUInt32BE(600, 8 + 12); // timescale
    mvhd.writeUInt32BE(600 * 42, 8 + 16); // duration
    expect(mvhdDurationMs(Buffer.concat([Buffer.alloc(16), mvhd]))).toBe(42_000);
    expect(mvhdDurationMs(Buffer.from('nothing here'))).toBeNull();
  });
});
