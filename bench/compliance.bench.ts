// The compliance check (shared/compliance/): how long one check takes over a caption of 2,000
// characters (the editor checks as you type), with no pack (the voice set only) and with all
// three, a whole post (title, caption, three platform versions, 20 hashtags, alt texts), the
// longest text the API takes (63,206 characters) and compiling every rule from scratch.
// Budget: a 2,000-character caption under 5 ms. Recall and false alarms on the labelled set are
// printed by `npm run bench:compliance`.
import { afterAll, describe, expect, test, type BenchResult } from 'vitest';
import { ALL_RULES, checkCompliance, checkPost } from '../shared/compliance/check';
import { compileRules } from '../shared/compliance/engine';
import { LIMITS } from '../shared/limits';
import { caption } from './helpers/compliance-text';

const BUDGET_MS = 5;
const summary: { name: string; chars: number; result: BenchResult; budget?: number }[] = [];

const CAPTION = caption(2000);
const LONGEST = caption(LIMITS.caption, 7);
const POST = {
  title: 'Spring glow week',
  caption: CAPTION,
  platformCaptions: {
    instagram_feed: caption(2000, 11),
    facebook: caption(2000, 12),
    x: caption(270, 13),
  },
  hashtags: Array.from({ length: 20 }, (_, i) => (i % 5 === 0 ? 'b0toxlondon' : `glow${i}`)),
  firstComment: 'Maria paid full price for her treatment.',
  media: [{ alt: 'Before and after, same light' }, { alt: 'Nurse Kate at work' }],
};

describe('compliance check', () => {
  test('2,000 characters, voice set only', async ({ bench }) => {
    expect(CAPTION.length).toBeGreaterThan(1900);
    expect(checkCompliance(CAPTION, []).findings.length).toBeGreaterThan(0);
    const result = await bench('voice only', () => {
      checkCompliance(CAPTION, []);
    }).run();
    summary.push({ name: 'caption, voice only', chars: CAPTION.length, result, budget: BUDGET_MS });
  });

  test('2,000 characters, packs us + uk + ie', async ({ bench }) => {
    const result = await bench('all packs', () => {
      checkCompliance(CAPTION, ['us', 'uk', 'ie']);
    }).run();
    summary.push({ name: 'caption, all packs', chars: CAPTION.length, result, budget: BUDGET_MS });
  });

  test('a whole post, packs us + uk + ie', async ({ bench }) => {
    const result = await bench('post', () => {
      checkPost(POST, ['us', 'uk', 'ie']);
    }).run();
    const chars = [POST.title, POST.caption, ...Object.values(POST.platformCaptions)].join(
      '',
    ).length;
    summary.push({ name: 'whole post, all packs', chars, result });
  });

  test('the longest text the API takes, packs us + uk + ie', async ({ bench }) => {
    const result = await bench('longest', () => {
      checkCompliance(LONGEST, ['us', 'uk', 'ie']);
    }).run();
    summary.push({ name: 'longest text, all packs', chars: LONGEST.length, result });
  });

  test('compile every rule (first check after start)', async ({ bench }) => {
    const result = await bench('compile', () => {
      compileRules(ALL_RULES);
    }).run();
    summary.push({ name: `compile ${ALL_RULES.length} rules`, chars: 0, result });
  });
});

afterAll(() => {
  const ms = (n: number) => n.toFixed(3).padStart(9);
  const row = (cells: string[]) =>
    `  ${cells[0]!.padEnd(26)}${cells[1]!.padStart(7)}` +
    cells
      .slice(2, 6)
      .map((c) => c.padStart(10))
      .join('') +
    `   ${cells[6]!}`;
  console.log(
    [
      '',
      'Compliance check benchmark summary',
      row(['operation', 'chars', 'mean ms', 'p50 ms', 'p99 ms', 'rme', 'verdict']),
      ...summary.map(({ name, chars, result: { latency }, budget }) =>
        row([
          name,
          String(chars),
          ms(latency.mean),
          ms(latency.p50),
          ms(latency.p99),
          `±${latency.rme.toFixed(0)}%`,
          budget === undefined ? '' : latency.mean <= budget ? 'ok' : `SLOW (budget ${budget} ms)`,
        ]),
      ),
      '',
      `Budget: a 2,000-character caption under ${BUDGET_MS} ms (mean).`,
    ].join('\n'),
  );
});
