// Checking text and posts: the friendly-voice set always, plus the practice's packs. With no
// pack chosen the answer says so (`notice`), so a screen never mistakes "no pack" for "fine".
import { VOICE_RULES } from '../rhythm/voice';
import { compileRules, type Checker } from './engine';
import { PACK_RULES } from './rules';
import {
  PACK_IDS,
  PACK_LABELS,
  canonicalPacks,
  type Facts,
  type Finding,
  type PackId,
  type Rule,
} from './types';

export interface ComplianceResult {
  /** The packs that were checked, in PACK_IDS order. */
  packs: PackId[];
  findings: Finding[];
  /** Set when no pack was checked: only the friendly-voice advice ran. */
  notice: string | null;
}

export const NO_PACK_NOTICE =
  'No rule pack is chosen yet, so only the friendly-voice advice ran. Choose ' +
  `${PACK_IDS.map((p) => PACK_LABELS[p]).join(', ')} in Settings to check the advertising ` +
  'rules of your country too.';

/** Every rule: the voice set, then each pack's. */
export const ALL_RULES: readonly Rule[] = [
  ...VOICE_RULES,
  ...PACK_IDS.flatMap((p) => PACK_RULES[p]),
];

// One compiled checker per choice of packs (at most eight), made on first use.
const checkers = new Map<string, Checker>();
function checkerFor(packs: readonly PackId[]): Checker {
  const key = packs.join(',');
  let checker = checkers.get(key);
  if (!checker) {
    checker = compileRules([...VOICE_RULES, ...packs.flatMap((p) => PACK_RULES[p])]);
    checkers.set(key, checker);
  }
  return checker;
}

export function checkCompliance(
  text: string,
  packs: Iterable<PackId>,
  facts?: Facts,
): ComplianceResult {
  const chosen = canonicalPacks(packs);
  return {
    packs: chosen,
    findings: checkerFor(chosen).check(text, facts),
    notice: chosen.length === 0 ? NO_PACK_NOTICE : null,
  };
}

/** The words of a post the check reads, as the post and its editor hold them. */
export interface PostTexts {
  title: string;
  caption: string;
  platformCaptions?: Partial<Record<string, string>>;
  /** Without the leading #. */
  hashtags?: readonly string[];
  firstComment?: string;
  media?: readonly { alt: string }[];
}

export interface PostFinding extends Finding {
  /** Where the words are: `title`, `caption`, `platformCaptions.instagram`, `hashtags.2`, … */
  field: string;
}

interface Part {
  field: string;
  text: string;
  /** Where each hashtag starts inside `text` (its #), for the hashtags part. */
  tagStarts?: number[];
}

function partsOf(post: PostTexts): Part[] {
  const parts: Part[] = [
    { field: 'title', text: post.title },
    { field: 'caption', text: post.caption },
  ];
  for (const [platform, text] of Object.entries(post.platformCaptions ?? {})) {
    if (text) parts.push({ field: `platformCaptions.${platform}`, text });
  }
  const tags = post.hashtags ?? [];
  if (tags.length > 0) {
    const tagStarts: number[] = [];
    let text = '';
    for (const tag of tags) {
      if (text) text += ' ';
      tagStarts.push(text.length);
      text += `#${tag}`;
    }
    parts.push({ field: 'hashtags', text, tagStarts });
  }
  if (post.firstComment) parts.push({ field: 'firstComment', text: post.firstComment });
  (post.media ?? []).forEach((m, i) => {
    if (m.alt) parts.push({ field: `media.${i}.alt`, text: m.alt });
  });
  return parts.filter((p) => p.text !== '');
}

/**
 * Checks every field of a post as one text (a disclosure in the first comment covers a
 * testimonial in the caption), then says for each finding which field its words are in, with
 * offsets inside that field (inside the tag, without its #, for a hashtag).
 */
export function checkPost(
  post: PostTexts,
  packs: Iterable<PackId>,
  facts?: Facts,
): Omit<ComplianceResult, 'findings'> & { findings: PostFinding[] } {
  const SEPARATOR = '\n\n';
  const parts = partsOf(post);
  const starts: number[] = [];
  let whole = '';
  for (const part of parts) {
    if (whole) whole += SEPARATOR;
    starts.push(whole.length);
    whole += part.text;
  }
  const result = checkCompliance(whole, packs, facts);
  const findings = result.findings.map((f): PostFinding => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > f.start) i--;
    const part = parts[i]!;
    const start = f.start - starts[i]!;
    const end = Math.min(f.end - starts[i]!, part.text.length);
    if (!part.tagStarts) {
      return { ...f, field: part.field, start, end, match: part.text.slice(start, end) };
    }
    let t = part.tagStarts.length - 1;
    while (t > 0 && part.tagStarts[t]! > start) t--;
    const tagStart = part.tagStarts[t]! + 1;
    const tagEnd = tagStart + (post.hashtags?.[t]?.length ?? 0);
    const tag = post.hashtags?.[t] ?? '';
    const inTag = [Math.max(0, start - tagStart), Math.min(end, tagEnd) - tagStart] as const;
    return {
      ...f,
      field: `hashtags.${t}`,
      start: inTag[0],
      end: inTag[1],
      match: tag.slice(...inTag),
    };
  });
  return { ...result, findings };
}
