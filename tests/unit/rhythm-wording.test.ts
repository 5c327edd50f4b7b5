// The small things a person notices in the team-rhythm words: first names ("Dr. Elena Marsh" is
// Elena, not "Dr."), the right words when nobody is overdue for a spotlight, prompts that fit
// the post's occasion, and drafts that mention a fun fact only when there is one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import promptLibrary from '../../assets/prompts.json';
import {
  fillPrompt,
  nextPrompt,
  postOccasion,
  readPromptLibrary,
  type PromptContext,
} from '../../shared/rhythm/prompts';
import { nobodyOverdueWords } from '../../shared/rhythm/spotlight';
import { firstName } from '../../shared/staff';
import { tempStore, type TempStore } from './helpers/temp-db';

describe('first names', () => {
  it.each([
    ['Dr. Elena Marsh', 'Elena'],
    ['Dr Elena Marsh', 'Elena'],
    ['dr. elena marsh', 'elena'],
    ['Mr. Marcus Bell', 'Marcus'],
    ['Mrs. Dana Whitfield', 'Dana'],
    ['Ms. Jess Kim', 'Jess'],
    ['Prof. Sam Lee', 'Sam'],
    ['Priya Nair', 'Priya'],
    ['Priya', 'Priya'],
    ['  Sofia   Alvarez ', 'Sofia'],
    ['Dr. Hart', 'Dr. Hart'],
    ['Dr.', 'Dr.'],
  ])('%j → %j', (name, first) => expect(firstName(name)).toBe(first));
});

describe('nobody overdue for a spotlight', () => {
  const featured = { lastFeaturedAt: '2026-11-01T15:00:00.000Z' };
  const never = { lastFeaturedAt: null };
  it('says nobody has been featured yet when nobody ever was', () => {
    expect(nobodyOverdueWords([never, never])).toBe(
      'Nobody has been featured yet; everyone has a first spotlight planned.',
    );
  });
  it('says everyone had one lately only when everyone was featured', () => {
    expect(nobodyOverdueWords([featured, featured])).toBe('Everyone has had a spotlight lately.');
    expect(nobodyOverdueWords([featured, never])).toBe(
      'Nobody is overdue: everyone has had a spotlight lately or has a first one planned.',
    );
    expect(nobodyOverdueWords([])).toBe('Nobody is on the active team yet.');
  });
});

const library = readPromptLibrary(promptLibrary);
const ANNIVERSARY_WORDS = /\byears?\b|anniversar|milestone|with us|with the team/i;
const BIRTHDAY_WORDS = /birthday|candles|cake/i;

/** Every prompt "Inspire me" offers a post, pressing it until it comes round again. */
function everyOffer(context: PromptContext): string[] {
  const seen: string[] = [];
  let previous: string | null = null;
  for (let i = 0; i < library.length; i += 1) {
    const prompt = nextPrompt(library, context, previous);
    if (!prompt || seen.includes(prompt.id)) break;
    seen.push(prompt.id);
    previous = prompt.id;
  }
  return seen.map((id) => library.find((p) => p.id === id)!.text);
}

describe('Inspire me fits the post', () => {
  it('reads the occasion from a celebration title', () => {
    expect(postOccasion('celebration', 'Happy birthday, Elena!')).toBe('birthday');
    expect(postOccasion('celebration', 'Elena: 5 years with the team')).toBe('anniversary');
    expect(postOccasion('celebration', 'Work anniversary: Marcus')).toBe('anniversary');
    expect(postOccasion('celebration', 'Thank you, neighbours')).toBeNull();
    expect(postOccasion('staff_spotlight', 'Birthday girl Jess')).toBeNull();
  });

  it('never offers anniversary words on a birthday post, nor birthday words on an anniversary', () => {
    const birthday = everyOffer({ category: 'celebration', occasion: 'birthday' });
    expect(birthday.length).toBeGreaterThanOrEqual(2);
    for (const text of birthday) expect(text).not.toMatch(ANNIVERSARY_WORDS);
    const anniversary = everyOffer({ category: 'celebration', occasion: 'anniversary' });
    expect(anniversary.length).toBeGreaterThanOrEqual(2);
    for (const text of anniversary) expect(text).not.toMatch(BIRTHDAY_WORDS);
    const general = everyOffer({ category: 'celebration', occasion: null });
    for (const text of general) {
      expect(text).not.toMatch(BIRTHDAY_WORDS);
      expect(text).not.toMatch(ANNIVERSARY_WORDS);
    }
  });

  it('mentions a fun fact only for someone who has one, and then tells it', () => {
    for (const funFact of [null, '', '  ']) {
      for (const text of everyOffer({ category: 'staff_spotlight', funFact }))
        expect(text).not.toMatch(/fun fact|\{funFact\}/i);
    }
    const withFact = everyOffer({ category: 'staff_spotlight', funFact: 'Plays the cello' });
    const factPrompt = withFact.find((t) => t.includes('{funFact}'));
    expect(factPrompt).toBeDefined();
    expect(fillPrompt(factPrompt!, 'Elena', 'Plays the cello')).toBe(
      'A fun fact about Elena: Plays the cello. Ask them to tell the story their way.',
    );
  });
});

describe('drafts the planner writes', () => {
  let store: TempStore;
  beforeEach(() => {
    store = tempStore();
  });
  afterEach(() => store.cleanup());

  it('writes spotlight drafts that mention a fun fact only for people who have one', async () => {
    const people = [];
    for (const name of ['Ana', 'Ben', 'Cy', 'Di', 'Ed', 'Flo'])
      people.push(await store.call('staff.create', { name }));
    const withFact = await store.call('staff.create', {
      name: 'Gus',
      funFact: 'Keeps bees on the roof',
    });
    const created = await store.call('spotlight.fill', {
      from: '2031-01-01',
      to: '2031-06-30',
      weekday: 2,
      time: '10:00',
    });
    expect(created.length).toBeGreaterThanOrEqual(20);
    for (const post of created) {
      if (post.featuredStaffIds[0] === withFact.id) continue;
      expect(post.caption).not.toMatch(/fun fact/i);
    }
    const gus = created.filter((p) => p.featuredStaffIds[0] === withFact.id);
    expect(gus.length).toBeGreaterThan(0);
    for (const post of gus) expect(post.caption).not.toMatch(/\{funFact\}|\{name\}/);
    expect(people).toHaveLength(6);
  });

  it('starts a birthday draft with birthday words and an anniversary with anniversary words', async () => {
    const ana = await store.call('staff.create', {
      name: 'Dr. Ana Ruiz',
      birthday: '05-10',
      startedOn: '2020-05-12',
    });
    const kinds = [
      ['birthday', '2031-05-10', BIRTHDAY_WORDS, ANNIVERSARY_WORDS],
      ['anniversary', '2031-05-12', ANNIVERSARY_WORDS, BIRTHDAY_WORDS],
    ] as const;
    for (const [kind, date, fitting, other] of kinds) {
      const draft = await store.call('moments.planPost', { staffId: ana.id, kind, date });
      expect(draft.caption).toMatch(fitting);
      expect(draft.caption).not.toMatch(other);
    }
  });
});
