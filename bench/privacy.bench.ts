// The "never a name" check runs on every keystroke in a patient story's title and caption, and
// for every title the meeting screen shows (it re-reads once a second). Its word list (SCOWL,
// about 40,000 words) is searched as shipped (sorted): this times a first call, then one title,
// a long caption first line, and a meeting's 40 titles (median of many runs each).
//
// Run: npx vitest bench --run --config vitest.bench.config.ts bench/privacy.bench.ts
import { describe, expect, test, vi } from 'vitest';

const TITLE = "Patient story: Jane's journey";
const LINE =
  'Six weeks after her lip filler, J.D. came back to tell us how the swelling settled, what ' +
  'she would tell a friend thinking about it, and why she chose a practice near home.';
const WEEK = Array.from({ length: 40 }, (_, i) => ({
  category: i % 4 === 0 ? 'patient_story' : 'staff_spotlight',
  title: i % 8 === 0 ? TITLE : `Meet the team, part ${i}: a day at the front desk`,
}));

const fresh = async () => {
  vi.resetModules();
  return import('../shared/privacy');
};

function median(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

describe('never a name', () => {
  test('first call, one title, a first line, a meeting', async () => {
    const firsts: number[] = [];
    for (let i = 0; i < 9; i++) {
      const privacy = await fresh();
      const started = performance.now();
      expect(privacy.namesIn(TITLE)).toEqual(['Jane']);
      firsts.push(performance.now() - started);
    }
    const { namesIn, sharedTitle } = await fresh();
    expect(namesIn(LINE)).toEqual([]);
    const rows = [
      ['first call (fresh module)', firsts.sort((a, b) => a - b)[4]!],
      ['one title', median(2000, () => namesIn(TITLE))],
      ['a caption’s first line (180 characters)', median(2000, () => namesIn(LINE))],
      ['a meeting’s 40 titles', median(500, () => WEEK.forEach((p) => sharedTitle(p)))],
    ] as const;
    console.log(
      ['| check | median ms |', '| --- | ---: |']
        .concat(rows.map(([what, ms]) => `| ${what} | ${ms.toFixed(3)} |`))
        .join('\n'),
    );
  }, 120_000);
});
