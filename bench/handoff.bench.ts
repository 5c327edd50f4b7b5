// Hand-off benchmarks at 10k and 100k posts: how the month list, a month's Buffer export, the
// whole-plan JSON export and a checked backup grow with the size of the planner.
//
// Run:   npm run bench
//
// Each size is generated into its own temporary database with plain SQL in one transaction
// (fast, fixed seed). The measured month (December 2026) always holds the same 300 approved
// Instagram posts; the other posts are spread over the century around it, so the month's rows
// stay the same while the planner grows, and the figures show what grows with the file.
// Heavy operations run a few times and the median is reported (milliseconds).
import { prng } from './helpers/prng';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { afterAll, describe, test } from 'vitest';
import { CATEGORY_IDS, STATUS_IDS } from '../shared/vocabulary';
import { PLATFORM_IDS } from '../shared/platforms';
import { tempStore, type TempStore } from '../tests/unit/helpers/temp-db';

const SIZES = [10_000, 100_000];
const MONTH_POSTS = 300;
const MONTH = { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

const CAPTION =
  'We love sharing what happens behind our doors. Every treatment starts with a ' +
  'conversation about what you want. Questions? Send us a message, we answer every one.';

function seed(store: TempStore, total: number): void {
  const random = prng(total);
  const { db } = store;
  const now = new Date().toISOString();
  const post = db.prepare(
    `INSERT INTO posts (id, title, category, status, scheduled_at, caption, hashtags,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '["skincare","teamwork"]', ?, ?)`,
  );
  const platform = db.prepare(
    'INSERT INTO post_platforms (post_id, platform, position) VALUES (?, ?, ?)',
  );
  const from = Date.parse('1976-01-01T00:00:00.000Z');
  const to = Date.parse('2076-01-01T00:00:00.000Z');
  db.transaction(() => {
    for (let i = 0; i < total; i++) {
      const id = randomUUID();
      let at: number;
      if (i < MONTH_POSTS) {
        at = Date.parse(MONTH.from) + Math.floor((i / MONTH_POSTS) * 30 * 86_400_000);
      } else {
        do at = from + Math.floor(random() * (to - from));
        while (at >= Date.parse(MONTH.from) && at < Date.parse(MONTH.to));
      }
      const when = new Date(Math.floor(at / 300_000) * 300_000).toISOString();
      const status = i < MONTH_POSTS ? 'approved' : STATUS_IDS[i % STATUS_IDS.length]!;
      post.run(
        id,
        `Post ${i}`,
        CATEGORY_IDS[i % CATEGORY_IDS.length]!,
        status,
        when,
        `${CAPTION} (${i})`,
        now,
        now,
      );
      platform.run(id, i < MONTH_POSTS ? 'instagram_feed' : PLATFORM_IDS[i % 10]!, 0);
    }
  })();
}

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up: JIT and caches, not measured
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const rows: string[][] = [];

afterAll(() => {
  const line = (cells: string[]) =>
    `  ${cells[0]!.padEnd(10)}${cells
      .slice(1)
      .map((c) => c.padStart(16))
      .join('')}`;
  console.log(
    [
      '',
      'Hand-off benchmark (median ms; through createDispatch)',
      line(['posts', 'file MB', 'month list', 'Buffer month', 'JSON export', 'backup']),
      ...rows.map(line),
      '',
      `The month holds ${MONTH_POSTS} posts at every size. JSON export and backup read the whole`,
      'file, so they grow with it; the month list and the Buffer export read one month.',
    ].join('\n'),
  );
});

describe('hand-off at scale', () => {
  for (const total of SIZES) {
    test(`${total} posts`, { timeout: 600_000 }, async () => {
      const store = tempStore();
      try {
        const seeded = performance.now();
        seed(store, total);
        store.db.pragma('wal_checkpoint(TRUNCATE)');
        console.log(
          `Seeded ${total} posts in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
        );
        const size = statSync(store.file).size / 1024 / 1024;
        const month = await median(9, () => store.call('posts.listRange', MONTH));
        const buffer = await median(9, async () => {
          const out = await store.call('export.bufferCsv', {
            ...MONTH,
            platform: 'instagram_feed',
          });
          if (out.files[0]?.rows !== 100) throw new Error('unexpected Buffer export');
        });
        const json = await median(3, async () => {
          const plan = await store.call('export.json', {});
          if (plan.posts.length !== total) throw new Error('unexpected JSON export');
          return JSON.stringify(plan).length;
        });
        const backup = await median(3, () => store.call('backup.create', {}));
        rows.push([
          String(total),
          size.toFixed(1),
          month.toFixed(1),
          buffer.toFixed(1),
          json.toFixed(0),
          backup.toFixed(0),
        ]);
      } finally {
        store.cleanup();
      }
    });
  }
});
