// "Never a name": one rule for consent references and patient-story titles and first lines,
// tried on a table of titles (names from many places, and the ordinary words that look like
// them), and the title the shared meeting screen shows.
import { describe, expect, it } from 'vitest';
import { tempStore } from './helpers/temp-db';
import {
  firstLine,
  HIDDEN_STORY_TITLE,
  namesIn,
  patientRefProblem,
  sharedTitle,
  storyNameFindings,
} from '../../shared/privacy';

const story = (title: string, caption = '') => ({ category: 'patient_story', title, caption });

describe('names in a patient story title', () => {
  it.each([
    ["Patient story: Jane's journey", ['Jane']],
    ['Patient Story: Jane’s Journey', ['Jane']],
    ["Patient story: Sarah's rhinoplasty recovery", ['Sarah']],
    ["Maria's first filler", ['Maria']],
    ['Patient story: Kwame', ['Kwame']],
    ["Patient story: Oluwaseun's journey", ['Oluwaseun']],
    ['Real results: Priya, 34', ['Priya']],
    ["Nguyen's lip filler, six weeks on", ['Nguyen']],
    ["Grace's smile makeover", ['Grace']],
    ['Patient story: Rose', ['Rose']],
    ["Patient story: Mrs May's facelift", ['May']],
    ["Siobhan O'Neill shares her story", ['Siobhan', "O'Neill"]],
    ["Jo's results", ['Jo']],
  ])('%j names %j', (title, names) => {
    expect(namesIn(title)).toEqual(names);
    expect(sharedTitle(story(title))).toBe(HIDDEN_STORY_TITLE);
  });

  it.each([
    'Patient story: a lip filler journey',
    'Patient Story: Lip Filler Results',
    'Patient story: J.D., six weeks after her facelift',
    'Patient story: JD',
    'How she found her confidence again',
    'Hope after acne',
    'Joy after rosacea',
    'Before and after: Botox at 50',
    "Valentine's Day glow",
    "Mother's Day: a daughter's gift",
    'Patient story: Hydrafacial in December',
    "Don't wait for perfect: a mother of three's story",
    "It's never too late",
    'Patient story: 4411, lip filler',
    'Patient story: our Instagram question of the week',
    'A colour story for autumn',
  ])('%j names nobody', (title) => {
    expect(namesIn(title)).toEqual([]);
    expect(sharedTitle(story(title))).toBe(title);
  });

  it('checks patient stories only: a staff spotlight may name the person', () => {
    const spotlight = { category: 'staff_spotlight', title: 'Meet Priya, our nurse injector' };
    expect(namesIn(spotlight.title)).toEqual(['Priya']);
    expect(
      storyNameFindings({ ...spotlight, caption: 'Priya has been with us for years.' }),
    ).toEqual([]);
    expect(sharedTitle(spotlight)).toBe(spotlight.title);
  });
});

describe('the warning in the editor', () => {
  it('names the title and the caption’s first line, with the reason', () => {
    const findings = storyNameFindings(
      story("Patient story: Jane's journey", '\nJane and Tom came in together.\nTom is shy.'),
    );
    expect(findings.map((f) => [f.field, f.names])).toEqual([
      ['title', ['Jane']],
      ['caption', ['Jane', 'Tom']],
    ]);
    expect(findings[0]!.message).toBe(
      'The title seems to name someone: “Jane”. A patient story never names the patient; ' +
        'use initials or leave the name out.',
    );
    expect(findings[1]!.message).toMatch(
      /^The caption’s first line seems to name people: “Jane”, “Tom”\./,
    );
  });

  it('reads only the caption’s first line (what a feed shows before “more”)', () => {
    expect(firstLine('\n  \nFirst words\nJane later')).toBe('First words');
    expect(storyNameFindings(story('Patient story', 'Six weeks on.\nThanks, Jane!'))).toEqual([]);
  });
});

describe('the consent reference uses the same rule', () => {
  it.each(['Jane', 'Kwame', 'Mrs Patel'])('refuses the single name %j', (ref) => {
    expect(patientRefProblem(ref)).toMatch(/looks like a (full )?name/i);
  });
  it.each(['4411', 'J.D.', 'Chart 4411', 'MRN-20931', 'jd'])('accepts %j', (ref) => {
    expect(patientRefProblem(ref)).toBeNull();
  });
});

describe('the page asks the main process (privacy channels)', () => {
  it('answers the editor’s warning and the shared screen’s titles through the dispatcher', async () => {
    const store = tempStore();
    try {
      const findings = await store.call('privacy.storyFindings', {
        category: 'patient_story',
        title: "Patient story: Jane's journey",
        caption: 'Six weeks on.',
      });
      expect(findings.map((f) => [f.field, f.names])).toEqual([['title', ['Jane']]]);
      expect(
        await store.call('privacy.sharedTitles', {
          titles: ["Patient story: Jane's journey", 'Six weeks after rhinoplasty'],
        }),
      ).toEqual([HIDDEN_STORY_TITLE, 'Six weeks after rhinoplasty']);
      expect((await store.refuse('privacy.sharedTitles', { titles: 'Jane' })).code).toBe(
        'invalid_input',
      );
    } finally {
      store.cleanup();
    }
  });
});
