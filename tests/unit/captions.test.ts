import { describe, expect, it } from 'vitest';
import {
  captionChecks,
  captionFor,
  composeCaption,
  composedCaptionFor,
  countForPlatform,
  parseHashtags,
  type CaptionSource,
} from '../../shared/captions';
import { PLATFORMS, type PlatformId } from '../../shared/platforms';

function post(fields: Partial<CaptionSource> = {}): CaptionSource {
  return { caption: '', platformCaptions: {}, platforms: [], hashtags: [], ...fields };
}

const checkFor = (source: CaptionSource, platform: PlatformId) =>
  captionChecks(source).find((c) => c.platform === platform)!;

describe('captionFor', () => {
  it('uses the platform’s custom text when it has any', () => {
    const p = post({ caption: 'Main', platformCaptions: { x: 'Short for X' } });
    expect(captionFor(p, 'x')).toBe('Short for X');
    expect(captionFor(p, 'facebook')).toBe('Main');
  });

  it('treats empty or blank custom text as "use the main caption"', () => {
    const p = post({ caption: 'Main', platformCaptions: { x: '', linkedin: '  \n ' } });
    expect(captionFor(p, 'x')).toBe('Main');
    expect(captionFor(p, 'linkedin')).toBe('Main');
  });
});

describe('parseHashtags', () => {
  it('splits on spaces and commas, drops #, blanks and repeats (ignoring case)', () => {
    expect(parseHashtags(' #team, smiles,,#Team  ##glow\nnewline ')).toEqual([
      'team',
      'smiles',
      'glow',
      'newline',
    ]);
    expect(parseHashtags('')).toEqual([]);
    expect(parseHashtags(' , # ')).toEqual([]);
  });

  it('keeps pieces a hashtag cannot hold, for validation to point at', () => {
    expect(parseHashtags('ok not-ok')).toEqual(['ok', 'not-ok']);
  });
});

describe('composeCaption', () => {
  it('appends the hashtags as #tag on one new line', () => {
    expect(composeCaption('Meet Ana!', ['team', 'smiles'])).toBe('Meet Ana!\n#team #smiles');
  });

  it('trims trailing spaces and blank lines of the caption, not leading or inner ones', () => {
    expect(composeCaption('Hi\n\nthere  \n\n', ['a'])).toBe('Hi\n\nthere\n#a');
    expect(composeCaption('  Hi  ', [])).toBe('  Hi');
  });

  it('does not double a # or repeat a tag', () => {
    expect(composeCaption('Hi', ['#team', 'Team', 'glow'])).toBe('Hi\n#team #glow');
  });

  it('is the hashtag line alone without a caption, and empty with neither', () => {
    expect(composeCaption('', ['team'])).toBe('#team');
    expect(composeCaption('   ', ['team'])).toBe('#team');
    expect(composeCaption('', [])).toBe('');
  });

  it('composedCaptionFor uses the platform’s own text', () => {
    const p = post({ caption: 'Main', platformCaptions: { x: 'Mine' }, hashtags: ['t'] });
    expect(composedCaptionFor(p, 'x')).toBe('Mine\n#t');
    expect(composedCaptionFor(p, 'facebook')).toBe('Main\n#t');
  });
});

describe('captionChecks', () => {
  it('reports one check per chosen platform, in order, on the composed text', () => {
    const p = post({
      caption: 'Hello',
      hashtags: ['team'],
      platforms: ['x', 'instagram_feed'],
      platformCaptions: { instagram_feed: 'Hello Instagram' },
    });
    expect(captionChecks(p)).toEqual([
      {
        platform: 'x',
        text: 'Hello\n#team',
        length: 11,
        limit: 280,
        over: false,
        remaining: 269,
      },
      {
        platform: 'instagram_feed',
        text: 'Hello Instagram\n#team',
        length: 21,
        limit: 2200,
        over: false,
        remaining: 2179,
      },
    ]);
    expect(captionChecks(post({ caption: 'Hello' }))).toEqual([]);
  });

  it('counts an emoji as 2 on X and in UTF-16 code units on Facebook', () => {
    const p = post({ caption: '😀', platforms: ['facebook', 'x'] });
    expect(checkFor(p, 'facebook').length).toBe(2);
    expect(checkFor(p, 'x').length).toBe(2);
    expect(checkFor(p, 'x').remaining).toBe(278);
  });

  it('counts every link on X as 23, and as written elsewhere', () => {
    const link = 'https://example.com/a/rather/long/path/to/an/article?with=query';
    const p = post({ caption: `Read ${link} now`, platforms: ['x', 'linkedin'] });
    expect(checkFor(p, 'x').length).toBe('Read '.length + 23 + ' now'.length);
    expect(checkFor(p, 'linkedin').length).toBe(`Read ${link} now`.length);
    const short = post({ caption: 'http://a.co', platforms: ['x'] });
    expect(checkFor(short, 'x').length).toBe(23);
  });

  it('is fine at exactly 280 on X and over at 281, hashtags included', () => {
    const at = post({ caption: 'a'.repeat(280), platforms: ['x'] });
    expect(checkFor(at, 'x')).toMatchObject({ length: 280, over: false, remaining: 0 });
    const over = post({ caption: 'a'.repeat(281), platforms: ['x'] });
    expect(checkFor(over, 'x')).toMatchObject({ length: 281, over: true, remaining: -1 });
    // 274 + '\n' + '#abcd' = 280: the hashtags count.
    const tagged = post({ caption: 'a'.repeat(274), hashtags: ['abcd'], platforms: ['x'] });
    expect(checkFor(tagged, 'x')).toMatchObject({ length: 280, over: false });
    const taggedOver = post({ caption: 'a'.repeat(274), hashtags: ['abcde'], platforms: ['x'] });
    expect(checkFor(taggedOver, 'x')).toMatchObject({ length: 281, over: true });
  });

  it('reports no limit where the platform takes no caption', () => {
    const p = post({ caption: 'x'.repeat(5000), platforms: ['instagram_story'] });
    expect(checkFor(p, 'instagram_story')).toMatchObject({
      length: 5000,
      limit: null,
      over: false,
      remaining: null,
    });
  });
});

// Each network's own count: X its weighted length (twitter-text: most emoji and CJK 2, every
// link 23, text NFC-normalised); TikTok "UTF-16 runes"; YouTube's description 5,000 bytes of
// UTF-8; the others publish a character limit only, counted here in UTF-16 code units (never
// fewer than the characters a person sees, so what fits here fits there).
describe('counting per platform', () => {
  const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
  const FLAG_US = '\u{1F1FA}\u{1F1F8}';
  const THUMBS_MEDIUM = '\u{1F44D}\u{1F3FD}';
  const NURSE_MEDIUM = '\u{1F469}\u{1F3FD}\u200D\u2695\uFE0F';
  const HEART = '\u2764\uFE0F';
  const KEYCAP_ONE = '1\uFE0F\u20E3';
  const LINK = 'https://example.com/a/long/path?x=1';
  // [what, text, X, UTF-16 (Instagram, Facebook, TikTok, LinkedIn…), YouTube (UTF-8 bytes)]
  const TABLE: [string, string, number, number, number][] = [
    ['plain text', 'Hello', 5, 5, 5],
    ['a family (ZWJ sequence)', FAMILY, 2, 11, 25],
    ['a flag', FLAG_US, 2, 4, 8],
    ['a skin tone', THUMBS_MEDIUM, 2, 4, 8],
    ['a profession with skin tone', NURSE_MEDIUM, 2, 7, 17],
    ['an emoji with a variation selector', HEART, 2, 2, 6],
    ['a keycap', KEYCAP_ONE, 2, 3, 7],
    ['Japanese', '日本語', 6, 3, 9],
    ['Korean', '안녕', 4, 2, 6],
    ['Arabic', 'مرحبا', 5, 5, 10],
    ['a decomposed accent', 'cafe\u0301', 4, 5, 6],
    ['a link', LINK, 23, LINK.length, LINK.length],
    ['a bare domain', 'example.com', 23, 11, 11],
    ['two links', 'Read https://a.co/x and http://b.org', 5 + 23 + 5 + 23, 36, 36],
    ['line breaks', 'a\nb\r\nc', 6, 6, 6],
    ['a mention and a hashtag', '#team @ana', 10, 10, 10],
  ];

  it.each(TABLE)('counts %s as each network does', (_what, text, x, utf16, bytes) => {
    expect(countForPlatform(text, 'x')).toBe(x);
    for (const platform of [
      'instagram_feed',
      'instagram_reel',
      'facebook',
      'tiktok',
      'linkedin',
      'google_business',
      'pinterest',
    ] as const) {
      expect(countForPlatform(text, platform), platform).toBe(utf16);
    }
    expect(countForPlatform(text, 'youtube_short')).toBe(bytes);
  });

  it('gives X no false "over": 140 emoji or a family and a flag fit in 280', () => {
    const emoji = post({ caption: '\u{1F600}'.repeat(140), platforms: ['x'] });
    expect(checkFor(emoji, 'x')).toMatchObject({ length: 280, over: false, remaining: 0 });
    const mixed = post({ caption: `${FAMILY} ${FLAG_US} ${'a'.repeat(274)}`, platforms: ['x'] });
    expect(checkFor(mixed, 'x')).toMatchObject({ length: 280, over: false });
    const over = post({ caption: '\u{1F600}'.repeat(141), platforms: ['x'] });
    expect(checkFor(over, 'x')).toMatchObject({ length: 282, over: true, remaining: -2 });
  });

  it('names its counting in the one platform table', () => {
    expect(PLATFORMS.x.counting).toBe('x-weighted');
    expect(PLATFORMS.youtube_short.counting).toBe('utf8-bytes');
    expect(PLATFORMS.tiktok.counting).toBe('utf16');
  });
});
