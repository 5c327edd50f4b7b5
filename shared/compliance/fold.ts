// Folding: the text the rules read. Lower case, accents and marks removed, look-alike letters
// (Cyrillic, Greek, full-width, ™/®) and leetspeak inside words (B0tox) turned into plain
// letters, invisible characters dropped, runs of spaces made one, and hashtags split into words
// (#BotoxParty, #b0toxlondon → botox party, botox london). Every folded character remembers
// where it came from, so a match maps back to the words as the person typed them.

export interface FoldedText {
  /** What most rules read: lower case. */
  lower: string;
  /** The same characters with their case kept (rules about names); same length as `lower`. */
  cased: string;
  /** For each UTF-16 unit of `lower`: [from, to) of its source in the original text. */
  from: Int32Array;
  to: Int32Array;
}

/** Where a hashtag body (folded, lower case) is cut into words: offsets inside the body. */
export type HashtagSplitter = (body: string) => Iterable<number>;

// Zero-width and direction marks, soft hyphen, variation selectors, tag characters, ™ ℠ ® ©,
// and combining marks (the accent of é typed as two characters).
const IGNORED =
  /^(?:[\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\u2122\u2120\u00ae\u00a9]|\p{M}|[\u{e0000}-\u{e0fff}])$/u;
const SPACE = /^\s$/u;
const NEW_LINE = /^[\n\r\v\f\u0085\u2028\u2029]$/u;
const MARKS = /\p{M}/gu;

// Letters that look like Latin ones, after NFKD and lower-casing; dashes and quotes.
// prettier-ignore
const LOOK_ALIKES: Record<string, string> = {
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p',
  'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd',
  'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p',
  'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h',
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ð': 'd', 'þ': 'th', 'ɡ': 'g', '×': 'x',
  // Small capitals, as "fancy text" generators write them.
  'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j',
  'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't',
  'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '⁃': '-',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '´': "'", '`': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
};

// Leetspeak, folded only between letters (b0tox, bot0x), so "20% off" and "3 spots" keep
// their digits.
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isWordChar = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_');

/** [lower, cased] of one non-ASCII code point; cached, as captions repeat their characters. */
const foldedChars = new Map<string, readonly [string, string]>();
function foldChar(ch: string): readonly [string, string] {
  let out = foldedChars.get(ch);
  if (out) return out;
  let lower = '';
  let cased = '';
  if (!IGNORED.test(ch)) {
    for (const c of ch.normalize('NFKD').replace(MARKS, '')) {
      const lc = c.toLowerCase();
      const plain = LOOK_ALIKES[lc] ?? lc;
      const upper = plain.toUpperCase();
      lower += plain;
      cased += c !== lc && upper.length === plain.length ? upper : plain;
    }
  }
  out = [lower, cased] as const;
  foldedChars.set(ch, out);
  return out;
}

/** Folds `text` (see the top of this file); `split` cuts run-together hashtags into words. */
export function foldText(text: string, split?: HashtagSplitter): FoldedText {
  const lower: string[] = [];
  const cased: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (l: string, c: string, start: number, end: number) => {
    lower.push(l);
    cased.push(c);
    from.push(start);
    to.push(end);
  };

  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const ch = size === 1 ? text[i]! : text.slice(i, i + 2);
    const space = code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(ch);
    if (space) {
      // A run of spaces reads as one; a run with a line break in it, as one line break.
      const last = lower.length - 1;
      const brk = code === 10 || code === 13 || (code > 0x80 && NEW_LINE.test(ch));
      if (last >= 0 && (lower[last] === ' ' || lower[last] === '\n') && to[last] === i) {
        to[last] = i + size;
        if (brk) lower[last] = cased[last] = '\n';
      } else {
        const s = brk ? '\n' : ' ';
        push(s, s, i, i + size);
      }
    } else if (code < 0x80) {
      const c = ch === '`' ? "'" : ch;
      push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c, c, i, i + 1);
    } else {
      const [l, c] = foldChar(ch);
      for (let k = 0; k < l.length; k++) push(l[k]!, c[k]!, i, i + size);
    }
    i += size;
  }

  foldLeet(lower, cased);
  const inserts = hashtagCuts(lower, cased, split);
  if (inserts.length === 0) return finish(lower, cased, from, to);

  // Rebuild with a space before each cut; a space of our own covers no original text.
  const l2: string[] = [];
  const c2: string[] = [];
  const f2: number[] = [];
  const t2: number[] = [];
  let next = 0;
  for (let k = 0; k < lower.length; k++) {
    if (inserts[next] === k) {
      l2.push(' ');
      c2.push(' ');
      f2.push(from[k]!);
      t2.push(from[k]!);
      next++;
    }
    l2.push(lower[k]!);
    c2.push(cased[k]!);
    f2.push(from[k]!);
    t2.push(to[k]!);
  }
  return finish(l2, c2, f2, t2);
}

function finish(lower: string[], cased: string[], from: number[], to: number[]): FoldedText {
  return {
    lower: lower.join(''),
    cased: cased.join(''),
    from: Int32Array.from(from),
    to: Int32Array.from(to),
  };
}

function foldLeet(lower: string[], cased: string[]) {
  for (let k = 1; k < lower.length; k++) {
    if (!(lower[k]! in LEET) || !isLetter(lower[k - 1])) continue;
    let end = k;
    while (end < lower.length && lower[end]! in LEET) end++;
    if (isLetter(lower[end])) {
      for (let j = k; j < end; j++) lower[j] = cased[j] = LEET[lower[j]!]!;
    }
    k = end;
  }
}

/** Sorted positions (indexes into the folded characters) where a hashtag is cut into words. */
function hashtagCuts(lower: string[], cased: string[], split?: HashtagSplitter): number[] {
  const cuts = new Set<number>();
  for (let k = 0; k < lower.length; k++) {
    if (lower[k] !== '#' || isWordChar(lower[k - 1]) || !isWordChar(lower[k + 1])) continue;
    const start = k + 1;
    let end = start;
    while (isWordChar(lower[end])) end++;
    for (let j = start; j < end; j++) {
      if (lower[j] === '_') lower[j] = cased[j] = ' ';
      // #BotoxParty: a capital after a small letter starts a word.
      else if (j > start && isCapital(cased[j]!) && isSmall(cased[j - 1]!)) cuts.add(j);
    }
    if (split) {
      for (const at of split(lower.slice(start, end).join(''))) {
        if (at > 0 && at < end - start) cuts.add(start + at);
      }
    }
    k = end;
  }
  return [...cuts].sort((a, b) => a - b);
}

const isCapital = (c: string) => c >= 'A' && c <= 'Z';
const isSmall = (c: string) => c >= 'a' && c <= 'z';

/** The original [start, end) of folded [start, end), leaving out spaces of our own at its ends. */
export function originalSpan(folded: FoldedText, start: number, end: number): [number, number] {
  const { from, to } = folded;
  while (start < end - 1 && from[start] === to[start]) start++;
  while (end > start + 1 && from[end - 1] === to[end - 1]) end--;
  return [from[start]!, to[end - 1]!];
}

/**
 * A splitter that cuts a hashtag body at each of `phrases` (written with spaces: "botox party")
 * and at the spaces inside it; the longest phrase wins where two start at the same place.
 */
export function phraseSplitter(phrases: Iterable<string>): HashtagSplitter {
  const byJoined = new Map<string, number[]>();
  for (const phrase of phrases) {
    const words = phrase
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    const joined = words.join('');
    if (joined.length < 3 || byJoined.has(joined)) continue;
    const cuts = [0];
    for (const w of words) cuts.push(cuts.at(-1)! + w.length);
    byJoined.set(joined, cuts);
  }
  if (byJoined.size === 0) return () => [];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const joinedSorted = [...byJoined.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(joinedSorted.map(escape).join('|'), 'g');
  return (body) => {
    const out: number[] = [];
    for (const m of body.matchAll(pattern)) {
      for (const cut of byJoined.get(m[0])!) out.push(m.index + cut);
    }
    return out;
  };
}
