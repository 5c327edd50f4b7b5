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

// Zero-width and direction marks, soft hyphen, tag characters, ™ ℠ ® ©, and marks: accents
// typed as their own character (é as e + ´), variation selectors, the keycap of 1️⃣.
const IGNORED =
  /^(?:[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u2122\u2120\u00ae\u00a9\u{e0000}-\u{e007f}]|\p{M})$/u;
const SPACE = /^\s$/u;
const NEW_LINE = /^[\u0085\u2028\u2029]$/u;
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
// their digits. By character code.
const LEET = new Map<number, number>(
  ['0o', '1i', '3e', '4a', '5s', '7t', '@a', '$s'].map((p) => [p.charCodeAt(0), p.charCodeAt(1)]),
);

const isLetter = (c: number) => c >= 97 && c <= 122;
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
const isCapital = (c: number) => c >= 65 && c <= 90;
const SPACE_CODE = 32;
const BREAK_CODE = 10;

/** How one non-ASCII code point folds: a space, a line break, or letters (maybe none). */
interface FoldedChar {
  space: 'none' | 'space' | 'break';
  lower: string;
  cased: string;
}

// Cached by code point, as captions repeat their characters.
const foldedChars = new Map<number, FoldedChar>();
function foldChar(code: number): FoldedChar {
  let out = foldedChars.get(code);
  if (out) return out;
  const ch = String.fromCodePoint(code);
  out = { space: 'none', lower: '', cased: '' };
  if (NEW_LINE.test(ch)) out.space = 'break';
  else if (SPACE.test(ch)) out.space = 'space';
  else if (!IGNORED.test(ch)) {
    for (const c of ch.normalize('NFKD').replace(MARKS, '')) {
      const lc = c.toLowerCase();
      const plain = LOOK_ALIKES[lc] ?? lc;
      const upper = plain.toUpperCase();
      out.lower += plain;
      out.cased += c !== lc && upper.length === plain.length ? upper : plain;
    }
  }
  foldedChars.set(code, out);
  return out;
}

/** The folded characters as codes, each with the span of the original it came from. */
class Folding {
  lower: Uint16Array;
  cased: Uint16Array;
  from: Int32Array;
  to: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.lower = new Uint16Array(capacity);
    this.cased = new Uint16Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
  }

  push(l: number, c: number, start: number, end: number) {
    if (this.length === this.lower.length) this.grow();
    const k = this.length++;
    this.lower[k] = l;
    this.cased[k] = c;
    this.from[k] = start;
    this.to[k] = end;
  }

  private grow() {
    const size = this.lower.length * 2 + 16;
    const bigger = <T extends Uint16Array | Int32Array>(a: T, make: (n: number) => T) => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.lower = bigger(this.lower, (n) => new Uint16Array(n));
    this.cased = bigger(this.cased, (n) => new Uint16Array(n));
    this.from = bigger(this.from, (n) => new Int32Array(n));
    this.to = bigger(this.to, (n) => new Int32Array(n));
  }

  text(codes: Uint16Array, start = 0, end = this.length): string {
    return UTF16.decode(codes.subarray(start, end));
  }
}

// Turns the folded codes back into a string in one native step; an unpaired surrogate becomes
// U+FFFD, still one code unit, so offsets hold.
const UTF16 = new TextDecoder('utf-16le');

/** Folds `text` (see the top of this file); `split` cuts run-together hashtags into words. */
export function foldText(text: string, split?: HashtagSplitter): FoldedText {
  const out = new Folding(text.length + 16);
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const folded = code < 0x80 ? null : foldChar(code);
    const space = folded
      ? folded.space
      : code === 10 || code === 13
        ? 'break'
        : code === 32 || (code >= 9 && code <= 13)
          ? 'space'
          : 'none';
    if (space !== 'none') {
      // A run of spaces reads as one; a run with a line break in it, as one line break.
      const last = out.length - 1;
      const prev = last >= 0 ? out.lower[last] : -1;
      if ((prev === SPACE_CODE || prev === BREAK_CODE) && out.to[last] === i) {
        out.to[last] = i + size;
        if (space === 'break') out.lower[last] = out.cased[last] = BREAK_CODE;
      } else {
        const s = space === 'break' ? BREAK_CODE : SPACE_CODE;
        out.push(s, s, i, i + size);
      }
    } else if (!folded) {
      const c = code === 96 ? 39 : code; // ` reads as '
      out.push(isCapital(c) ? c + 32 : c, c, i, i + 1);
    } else {
      const { lower: l, cased: c } = folded;
      for (let k = 0; k < l.length; k++) out.push(l.charCodeAt(k), c.charCodeAt(k), i, i + size);
    }
    i += size;
  }

  foldLeet(out);
  const cuts = hashtagCuts(out, split);
  if (cuts.length === 0) return finish(out);

  // Rebuild with a space before each cut; a space of our own covers no original text.
  const spaced = new Folding(out.length + cuts.length);
  let next = 0;
  for (let k = 0; k < out.length; k++) {
    if (cuts[next] === k) {
      spaced.push(SPACE_CODE, SPACE_CODE, out.from[k]!, out.from[k]!);
      next++;
    }
    spaced.push(out.lower[k]!, out.cased[k]!, out.from[k]!, out.to[k]!);
  }
  return finish(spaced);
}

function finish(f: Folding): FoldedText {
  return {
    lower: f.text(f.lower),
    cased: f.text(f.cased),
    from: f.from.slice(0, f.length),
    to: f.to.slice(0, f.length),
  };
}

function foldLeet(f: Folding) {
  const { lower, cased } = f;
  for (let k = 1; k < f.length; k++) {
    if (!LEET.has(lower[k]!) || !isLetter(lower[k - 1]!)) continue;
    let end = k;
    while (end < f.length && LEET.has(lower[end]!)) end++;
    if (end < f.length && isLetter(lower[end]!)) {
      for (let j = k; j < end; j++) lower[j] = cased[j] = LEET.get(lower[j]!)!;
    }
    k = end;
  }
}

/** Sorted positions (indexes into the folded characters) where a hashtag is cut into words. */
function hashtagCuts(f: Folding, split?: HashtagSplitter): number[] {
  const { lower, cased } = f;
  const cuts = new Set<number>();
  const HASH = 35;
  const UNDERSCORE = 95;
  for (let k = 0; k < f.length; k++) {
    if (lower[k] !== HASH || (k > 0 && isWordChar(lower[k - 1]!))) continue;
    if (k + 1 >= f.length || !isWordChar(lower[k + 1]!)) continue;
    const start = k + 1;
    let end = start;
    while (end < f.length && isWordChar(lower[end]!)) end++;
    for (let j = start; j < end; j++) {
      if (lower[j] === UNDERSCORE) lower[j] = cased[j] = SPACE_CODE;
      // #BotoxParty: a capital after a small letter starts a word.
      else if (j > start && isCapital(cased[j]!) && isLetter(cased[j - 1]!)) cuts.add(j);
    }
    if (split) {
      for (const at of split(f.text(lower, start, end))) {
        if (at > 0 && at < end - start) cuts.add(start + at);
      }
    }
    k = end;
  }
  return [...cuts].sort((a, b) => a - b);
}

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
