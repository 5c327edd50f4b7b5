// `npm run bench:compliance`: how right the compliance check is on the labelled set
// (tests/fixtures/compliance-set.json), per pack, per rule family and per kind of sentence
// (misspellings, hashtags, Spanish…), with every miss listed, and how long one check of a
// 2,000-character caption takes. Prints the tables and writes test-results/compliance-set.md.
//
//   node bench/compliance-report.mjs
//
// blockers: sentences that must get a blocker and did. warnings: must get at least a warning.
// advice: must get a friendly-voice finding at least. false alarms: warm sentences that must
// pass in that pack and got any finding. The unit test tests/unit/compliance-set.test.ts holds
// the floors (blockers ≥ 95%, false alarms ≤ 5%). vitest bench (bench/compliance.bench.ts) has
// the full timings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const load = async (path) =>
  (await runnerImport(join(ROOT, path), { root: ROOT, configFile: false, logLevel: 'silent' }))
    .module;

const { scoreSet, rate, LABELLED } = await load('tests/fixtures/compliance-score.ts');
const { checkCompliance } = await load('shared/compliance/check.ts');
const { PACK_IDS } = await load('shared/compliance/types.ts');
const { caption } = await load('bench/helpers/compliance-text.ts');

const score = scoreSet();
const pct = (n, of) => (of === 0 ? '–' : `${(rate(n, of) * 100).toFixed(1)}%`);
const frac = (n, of) => (of === 0 ? '–' : `${n}/${of}`);
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const byPack = table(
  ['pack', 'blockers', 'recall', 'warnings', 'recall', 'advice', 'recall', 'warm', 'false alarms'],
  PACK_IDS.map((p) => {
    const t = score.byPack[p];
    return [
      p,
      frac(t.blockers.hit, t.blockers.of),
      pct(t.blockers.hit, t.blockers.of),
      frac(t.warnings.hit, t.warnings.of),
      pct(t.warnings.hit, t.warnings.of),
      frac(t.advice.hit, t.advice.of),
      pct(t.advice.hit, t.advice.of),
      String(t.warm.of),
      `${frac(t.warm.falseAlarms, t.warm.of)} (${pct(t.warm.falseAlarms, t.warm.of)})`,
    ];
  }),
);

/** One cell: flagged hit/of (blockers+warnings+advice) · false alarms/warm. */
const cell = (t) => {
  const hit = t.blockers.hit + t.warnings.hit + t.advice.hit;
  const of = t.blockers.of + t.warnings.of + t.advice.of;
  return `${frac(hit, of)} · FA ${frac(t.warm.falseAlarms, t.warm.of)}`;
};
const breakdown = (title, map) =>
  table(
    [title, ...PACK_IDS.map((p) => `${p}: flagged · false alarms`)],
    [...map]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, packs]) => [key, ...PACK_IDS.map((p) => cell(packs[p]))]),
  );

// Timing: the median of many checks (vitest bench has the full distribution).
const text = caption(2000);
const median = (packs) => {
  for (let i = 0; i < 50; i++) checkCompliance(text, packs);
  const times = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    checkCompliance(text, packs);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1].toFixed(3);
};

const misses = score.misses.length
  ? score.misses
      .map(
        (m) => `- ${m.pack}, must be ${m.expect}: “${m.text}” → ${m.got.join('; ') || 'nothing'}`,
      )
      .join('\n')
  : 'None.';

const report = [
  '# Compliance check on the labelled set',
  '',
  `${LABELLED.length} sentences (tests/fixtures/compliance-set.json).`,
  '',
  '## Per pack',
  '',
  byPack,
  '',
  '## Per family (flagged: sentences of the family caught at the level they need; FA: warm',
  'sentences close to the family that got a finding)',
  '',
  breakdown('family', score.byFamily),
  '',
  '## Per kind of sentence',
  '',
  breakdown('tag', score.byTag),
  '',
  '## Misses',
  '',
  misses,
  '',
  '## Time for one check of a 2,000-character caption (median of 300)',
  '',
  table(
    ['packs', 'ms'],
    [
      ['none (voice only)', median([])],
      ['uk', median(['uk'])],
      ['us + uk + ie', median(['us', 'uk', 'ie'])],
    ],
  ),
  '',
].join('\n');

console.log(report);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results', 'compliance-set.md'), report);
