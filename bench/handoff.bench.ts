// Scale benchmark at 100,000 and 1,000,000 posts: which of the planner's everyday reads and
// hand-offs stay the same as the file grows, and which grow with it.
//
// Run:   npm run bench     (or only this file:
//        npx vitest bench --run --config vitest.bench.config.ts bench/handoff.bench.ts)
//
// Each size is generated into its own temporary database (bench/helpers/handoff-seed.ts: plain
// SQL in one transaction, fixed seed, 20 staff) and deleted afterwards. Whatever the size, the
// planner holds the same rows for the everyday views: December 2026 has 300 approved Instagram
// posts, 2027 has 1,000 upcoming posts, the backlog has 500 undated ideas and 5 titles name
// Quentin; only the history (published or skipped posts from 2000 up to December 2026) grows.
//
// Measured through createDispatch (zod, the store's transaction, the SQL, the row mapping):
// - month list: posts.listRange for December 2026 (300 posts);
// - search: posts.search (20 results at most) for a word in a fifth of the captions, a word
//   in an eighth of the titles, and a rare name; the table gives each and their median;
// - backlog: posts.backlog (500 ideas);
// - workload: staff.workload from 1 December 2026 (the month and 2027: 1,300 posts, 21 owners
//   counting "no owner");
// - Buffer month: export.bufferCsv of December 2026 for Instagram (300 rows, 3 files), each
//   post through the exit gate and the tool × platform checks, as of 30 November 2026;
// - JSON export: the whole plan written to a file a page of posts at a time (writePlanFile,
//   what "Export everything" runs in both hosts); every post must be in it;
// - backup: backup.create (VACUUM INTO a new file, then PRAGMA integrity_check of that file).
// Every call's result is checked first (the rows above), so a figure never times a wrong answer.
//
// How to read the summary printed at the end: one row per operation, what it returns (the
// same at every size), and its median milliseconds at each size. A figure that stays about
// the same from 100k to 1M reads only what it returns; one that grows about tenfold reads the
// whole file. The JSON export and the backup must read everything; the month list, search,
// backlog, workload and Buffer export should not. File size (MB) and seed time (s) close the
// table; the seed's steps are logged as each size is generated. Reads run 9 times after 3
// warm-up calls; the JSON export (after one checking call) and the backup run 5 times at 100k
// and 3 at 1M. Timings of a few ms move with other processes: compare runs on the same,
// otherwise quiet machine, and rerun before drawing conclusions from one figure.
import { randomUUID } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { writePlanFile } from '../electron/store/plan-file';
import { setClock } from '../shared/clock';
import { tempStore, type TempStore } from '../tests/unit/helpers/temp-db';
import {
  AHEAD_POSTS,
  BACKLOG_IDEAS,
  MONTH,
  MONTH_POSTS,
  QUERIES,
  STAFF_COUNT,
  seedPlanner,
} from './helpers/handoff-seed';

const SIZES = [
  { posts: 100_000, runs: 9, heavyRuns: 5 },
  { posts: 1_000_000, runs: 9, heavyRuns: 3 },
];

// ---- The JSON export ------------------------------------------------------------------------

/**
 * "Export everything": the host writes the whole plan to a new file a page of posts at a time
 * (writePlanFile), as both hosts do; checks every post is in it; returns the file's bytes.
 */
async function jsonExport(store: TempStore, total: number): Promise<number> {
  const file = join(store.dir, `plan-${randomUUID()}.json`);
  try {
    const { posts, bytes } = await writePlanFile(store.store, file);
    if (posts !== total) throw new Error(`JSON export: ${posts} posts, expected ${total}`);
    return bytes;
  } finally {
    rmSync(file, { force: true });
  }
}

// ---- Measuring -------------------------------------------------------------------------------

/** Median ms of `runs` calls of `work`, after `warmUps` unmeasured calls (JIT, caches). */
async function median(runs: number, work: () => Promise<unknown>, warmUps = 3): Promise<number> {
  for (let i = 0; i < warmUps; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function check(what: string, got: number, want: number): void {
  if (got !== want) throw new Error(`${what}: ${got}, expected ${want}`);
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 1000 ? n.toFixed(1) : n.toFixed(0));
const thousands = (n: number) => n.toLocaleString('en-US');

/** The summary: operation → [what it returns, cell per size]. */
const table = new Map<string, { rows: string; cells: Map<number, string> }>();
function record(operation: string, rows: string, total: number, cell: string): void {
  const row = table.get(operation) ?? { rows, cells: new Map<number, string>() };
  row.cells.set(total, cell);
  table.set(operation, row);
}

afterAll(() => {
  const sizes = SIZES.map((s) => s.posts);
  const lines = [
    ['operation', 'returns', ...sizes.map((n) => `${thousands(n)} posts`)],
    ...[...table].map(([operation, { rows, cells }]) => [
      operation,
      rows,
      ...sizes.map((n) => cells.get(n) ?? '(not run)'),
    ]),
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(
    [
      '',
      'Hand-off at scale (median ms through createDispatch; file size and seed time last)',
      format(lines[0]!),
      ...lines.slice(1).map(format),
      '',
      'The rows returned are the same at every size: a figure that grows with the size reads',
      'more than it returns. JSON export and backup read the whole file by design.',
      'Seed: rows + search index + commit + checkpoint, in seconds (see the log above).',
    ].join('\n'),
  );
});

// ---- The benchmark ---------------------------------------------------------------------------

describe('hand-off at scale', () => {
  for (const { posts: total, runs, heavyRuns } of SIZES) {
    test(`${thousands(total)} posts`, { timeout: 3_600_000 }, async () => {
      const store = tempStore();
      try {
        const seed = seedPlanner(store, total);
        const seedTotal = seed.rows + seed.index + seed.commit + seed.checkpoint;
        const size = statSync(store.file).size / 1024 / 1024;
        console.log(
          `Seeded ${thousands(total)} posts in ${seedTotal.toFixed(1)} s (rows ` +
            `${seed.rows.toFixed(1)}, search index ${seed.index.toFixed(1)}, commit ` +
            `${seed.commit.toFixed(1)}, checkpoint ${seed.checkpoint.toFixed(1)}): ` +
            `${size.toFixed(0)} MB`,
        );
        const put = (operation: string, rows: string, value: number | string) =>
          record(operation, rows, total, typeof value === 'number' ? ms(value) : value);

        check('month list', (await store.call('posts.listRange', MONTH)).length, MONTH_POSTS);
        put(
          'month list',
          `${MONTH_POSTS} posts`,
          await median(runs, () => store.call('posts.listRange', MONTH)),
        );

        // Each query, and their median first.
        const searches: { row: string; hits: number; time: number }[] = [];
        for (const { label, query, hits: want } of QUERIES) {
          const hits = (await store.call('posts.search', { query })).length;
          check(`search "${query}"`, hits, want);
          const time = await median(runs, () => store.call('posts.search', { query }));
          searches.push({ row: `  "${query}" (${label})`, hits, time });
        }
        const times = searches.map((q) => q.time).sort((a, b) => a - b);
        put(`search (median of ${QUERIES.length})`, '', times[Math.floor(times.length / 2)]!);
        for (const { row, hits, time } of searches) put(row, `${hits} hits`, time);

        check('backlog', (await store.call('posts.backlog', {})).length, BACKLOG_IDEAS);
        put(
          'backlog',
          `${BACKLOG_IDEAS} ideas`,
          await median(runs, () => store.call('posts.backlog', {})),
        );

        const from = { from: MONTH.from };
        const workload = await store.call('staff.workload', from);
        check('workload owners', workload.length, STAFF_COUNT + 1);
        const upcoming = workload.reduce((sum, w) => sum + w.upcoming, 0);
        check('workload posts', upcoming, MONTH_POSTS + AHEAD_POSTS);
        put(
          'workload',
          `${workload.length} owners, ${thousands(upcoming)} posts`,
          await median(runs, () => store.call('staff.workload', from)),
        );

        // The export is reckoned before the month, so no post in it is already past.
        const restoreClock = setClock('2026-11-30T12:00:00.000Z');
        const buffer = { ...MONTH, platform: 'instagram_feed' } as const;
        const { files, skipped } = await store.call('export.bufferCsv', buffer);
        check('Buffer left out', skipped.length, 0);
        check(
          'Buffer rows',
          files.reduce((sum, f) => sum + f.rows, 0),
          MONTH_POSTS,
        );
        put(
          'Buffer month',
          `${MONTH_POSTS} rows, ${files.length} files`,
          await median(runs, () => store.call('export.bufferCsv', buffer)),
        );
        restoreClock();

        // The first call checks the export (and is its warm-up).
        const bytes = await jsonExport(store, total);
        const time = await median(heavyRuns, () => jsonExport(store, total), 0);
        put('JSON export', `every post, ${(bytes / 1e6).toFixed(0)} MB`, time);

        put(
          'backup',
          'whole file',
          await median(heavyRuns, () => store.call('backup.create', {}), 0),
        );

        put('file (MB)', '', size.toFixed(0));
        put('seed (s)', '', seedTotal.toFixed(0));
      } finally {
        store.cleanup();
      }
    });
  }
});
