// The compliance engine: folding keeps every span on the words as typed (emoji, combining
// marks, invisible characters), rules are well-formed data, context rules and facts decide,
// and a post is read field by field.
import { describe, expect, it } from 'vitest';
import {
  checkCompliance,
  checkPost,
  ALL_RULES,
  NO_PACK_NOTICE,
} from '../../shared/compliance/check';
import { foldText, phraseSplitter } from '../../shared/compliance/fold';
import { PACK_RULES } from '../../shared/compliance/rules';
import { FAMILIES, PACK_IDS, type Finding } from '../../shared/compliance/types';

const spans = (text: string, findings: readonly Finding[]) =>
  findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]);

describe('folding', () => {
  it('reads look-alikes, leetspeak, marks and invisible characters as plain letters', () => {
    const text = 'B0tox Bo\u0301to\u200bx™ ｂｏｔｏｘ Вotox ʙᴏᴛᴏx 𝐁𝐨𝐭𝐨𝐱 b.o.t.o.x';
    const folded = foldText(text);
    expect(folded.lower).toBe('botox botox botox botox botox botox b.o.t.o.x');
    expect(folded.cased).toBe('Botox Botox botox Botox botox Botox b.o.t.o.x');
    expect(folded.from.length).toBe(folded.lower.length);
  });

  it('keeps digits that are not inside a word', () => {
    expect(foldText('20% off, only 3 spots, No.1, b12 shots').lower).toBe(
      '20% off, only 3 spots, no.1, b12 shots',
    );
  });

  it('splits hashtags at capitals, underscores and known phrases', () => {
    const split = phraseSplitter(['botox party', 'botox', 'treat yourself']);
    expect(
      foldText('#BotoxParty #botoxparty #b0toxlondon #treat_yourself #Sale', split).lower,
    ).toBe('#botox party #botox party #botox london #treat yourself #sale');
  });

  it('maps every finding back to the words as typed, around emoji and combining marks', () => {
    const text = '👩🏽‍⚕️ Bo\u0301to\u200bx™ 💉 today only! 🇬🇧 Café e\u0301clat #B0toxParty';
    const { findings } = checkCompliance(text, ['uk']);
    expect(spans(text, findings)).toEqual([
      ['uk.pom-name', 'Bo\u0301to\u200bx'],
      ['uk.deadline', 'today only'],
      ['uk.pom-name', 'B0tox'],
    ]);
    for (const f of findings) expect(f.match).toBe(text.slice(f.start, f.end));
  });
});

describe('rules as data', () => {
  it('have unique ids, a source, an explanation and a rewording', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) {
      expect(r.id.startsWith(`${r.set}.`)).toBe(true);
      for (const words of [r.matches, r.message, r.suggestion, r.source]) {
        expect([r.id, words.length >= 8]).toEqual([r.id, true]);
      }
      expect(() => new RegExp(r.pattern, 'gu')).not.toThrow();
      // Rules read folded text: no capitals (outside escapes) unless the rule keeps case.
      if (!r.cased)
        expect([r.id, /[A-Z]/.test(r.pattern.replace(/\\[A-Z]/g, ''))]).toEqual([r.id, false]);
      expect(r.severity === 'advice').toBe(r.set === 'voice');
    }
  });

  it('cover every family in every pack, but prescription medicines only in the UK and Ireland', () => {
    for (const pack of PACK_IDS) {
      const families = new Set(PACK_RULES[pack].map((r) => r.family));
      const expected = FAMILIES.filter(
        (f) => f !== 'jargon' && (f !== 'medicines' || pack !== 'us'),
      );
      expect([pack, [...families].sort()]).toEqual([pack, [...expected].sort()]);
    }
  });
});

describe('context rules and facts', () => {
  it('flag "anti-wrinkle injections" only with a price or an offer', () => {
    expect(checkCompliance('Anti-wrinkle injections, by consultation.', ['uk']).findings).toEqual(
      [],
    );
    const priced = 'Anti-wrinkle injections, three areas for £250.';
    expect(spans(priced, checkCompliance(priced, ['uk']).findings)).toEqual([
      ['uk.pom-offer', 'Anti-wrinkle injections'],
    ]);
  });

  it('keep quiet about a testimonial whose connection is disclosed', () => {
    const quote = 'What our patients say: “Such a kind team.”';
    expect(checkCompliance(quote, ['us']).findings.map((f) => f.ruleId)).toEqual([
      'us.testimonial',
    ]);
    expect(checkCompliance(`${quote} (Maria paid full price.)`, ['us']).findings).toEqual([]);
  });

  it('take the practice’s word for a registered specialist and attested photos', () => {
    const text = 'Our specialist nurse shares her before and after photos.';
    expect(checkCompliance(text, ['uk']).findings.map((f) => f.ruleId)).toEqual([
      'uk.specialist',
      'uk.before-after',
    ]);
    expect(
      checkCompliance(text, ['uk'], { registeredSpecialist: true, beforeAfterAttested: true })
        .findings,
    ).toEqual([]);
  });

  it('let a pack’s finding stand for the tone advice on the same words', () => {
    const text = 'Guaranteed results!';
    expect(checkCompliance(text, []).findings.map((f) => f.ruleId)).toEqual(['voice.guaranteed']);
    expect(checkCompliance(text, ['us']).findings.map((f) => f.ruleId)).toEqual(['us.guarantee']);
  });
});

describe('checking', () => {
  it('with no pack runs the voice set and says that no pack is chosen', () => {
    const result = checkCompliance('Botox, book now!', []);
    expect(result.packs).toEqual([]);
    expect(result.notice).toBe(NO_PACK_NOTICE);
    expect(result.findings.map((f) => [f.set, f.match])).toEqual([['voice', 'book now']]);
    expect(checkCompliance('Botox, book now!', ['ie', 'uk', 'ie']).packs).toEqual(['uk', 'ie']);
  });

  it('reads every field of a post and says where each finding is', () => {
    const post = {
      title: 'Prom glow',
      caption: 'What our patients say: “Loved it!”',
      platformCaptions: { instagram: 'Lip filler for prom, book now' },
      hashtags: ['glow', 'b0toxLondon'],
      firstComment: 'Sam is one of our staff members.',
      media: [{ alt: 'Before and after, lightly retouched' }],
    };
    const { findings } = checkPost(post, ['uk']);
    expect(findings.map((f) => [f.field, f.ruleId, f.match])).toEqual([
      ['title', 'uk.minors', 'Prom'],
      ['platformCaptions.instagram', 'uk.minors', 'prom'],
      ['platformCaptions.instagram', 'voice.book-now', 'book now'],
      ['hashtags.1', 'uk.pom-name', 'b0tox'],
      ['media.0.alt', 'uk.before-after', 'Before and after'],
      ['media.0.alt', 'uk.retouched', 'retouched'],
    ]);
    const tag = findings.find((f) => f.field === 'hashtags.1')!;
    expect(post.hashtags[1]!.slice(tag.start, tag.end)).toBe('b0tox');
  });
});
