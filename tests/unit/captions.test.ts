import { describe, expect, it } from 'vitest';
import {
  captionChecks,
  captionFor,
  composeCaption,
  composedCaptionFor,
  parseHashtags,
  type CaptionSource,
} from '../../shared/captions';
import type { PlatformId } from '../../shared/platforms';

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

  it('counts UTF-16 code units: an emoji counts 2', () => {
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
