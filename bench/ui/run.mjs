// `npm run bench:ui`: Rapport's month calendar against a bare react-big-calendar page, in
// Debian's Chromium (never `npx playwright install`). Builds Rapport (scripts/build.mjs) and the
// bare page (bench/ui/bare, Vite), serves both on 127.0.0.1, and runs them interleaved
// (A, B, A, B, …) after a warm-up. Prints a table of medians and writes test-results/bench-ui.md.
//
//   node bench/ui/run.mjs [--runs 7] [--no-build]
//
// Rapport runs in its browser host (out/electron/browser-host.cjs) on a temp database, filled
// through its API; the bare page gets the same events as JSON. Practice zone America/New_York.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DateTime } from 'luxon';
import { launchBrowser } from '../../tests/e2e/support/chromium.ts';
import { installProbe } from './page-probe.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BARE_SRC = join(ROOT, 'bench', 'ui', 'bare');
const BARE_OUT = join(ROOT, 'out', 'bench-ui', 'bare');
const RAPPORT_OUT = join(ROOT, 'out', 'renderer');
const REPORT = join(ROOT, 'test-results', 'bench-ui.md');
const ZONE = 'America/New_York';
const VIEWPORT = { width: 1280, height: 720 };
const SIZES = [100, 1000];
const DROP_SIZE = 100;
const TIMEOUT_MS = 60_000;
/** Chip days: 8–21 are inside the month and never shown in the next or previous month's grid. */
const FIRST_DAY = 8;
const DAYS = 14;

const argv = process.argv.slice(2);
const argValue = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const RUNS = Number(argValue('--runs') ?? process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer');
const log = (...args) => console.error('[bench:ui]', ...args);

// ---- Events ----------------------------------------------------------------------------------

const pad = (i) => String(i).padStart(3, '0');
/** `n` half-hour posts in the month `offset` months from now (practice zone), titled `Post X-007`. */
function monthEvents(n, offset, label) {
  const month = DateTime.now().setZone(ZONE).startOf('month').plus({ months: offset });
  return Array.from({ length: n }, (_, i) => {
    const start = month.set({
      day: FIRST_DAY + (i % DAYS),
      hour: 8 + (Math.floor(i / DAYS) % 10),
      minute: (Math.floor(i / (DAYS * 10)) % 2) * 30,
    });
    return {
      title: `Post ${label}-${pad(i)}`,
      start: start.toUTC().toISO(),
      end: start.plus({ minutes: 30 }).toUTC().toISO(),
    };
  });
}
const eventsFor = (n) => ({ now: monthEvents(n, 0, 'A'), next: monthEvents(n, 1, 'B') });

// ---- Builds ----------------------------------------------------------------------------------

async function buildAll() {
  log('building Rapport (scripts/build.mjs)…');
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('npm run build failed');
  log('building the bare page (bench/ui/bare)…');
  const [{ build }, { default: react }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
  ]);
  await build({
    root: BARE_SRC,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    publicDir: false,
    build: { outDir: BARE_OUT, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}

/** Gzip size of the files at these URL paths under `dir` (the built assets a page fetched). */
function gzipKiBOf(dir, paths) {
  let bytes = 0;
  for (const path of new Set(paths)) {
    const file = join(dir, ...path.split('/').filter(Boolean));
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return bytes / 1024;
}

function gzipKiB(dir) {
  let bytes = 0;
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.m?js$/.test(name)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
    }
  };
  walk(dir);
  return bytes / 1024;
}

// ---- Servers ---------------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serveBare() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(BARE_OUT, path === '/' ? 'index.html' : path));
    if (!file.startsWith(BARE_OUT + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

/** Starts out/electron/browser-host.cjs on a temp database; resolves once it prints its URL. */
function startRapport() {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-ui-'));
  const token = randomBytes(24).toString('hex');
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'out', 'electron', 'browser-host.cjs'),
      '--db',
      join(dir, 'bench.db'),
      '--port',
      '0',
    ],
    { cwd: ROOT, env: { ...process.env, RAPPORT_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The Rapport host did not start within 30 s:\n${output}`));
    }, 30_000);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The Rapport host exited (${code}):\n${output}`));
    });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Rapport is running at (\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const url = match[1];
      const base = url.slice(0, url.indexOf('#'));
      const invoke = async (channel, input) => {
        const response = await fetch(`${base}api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        const envelope = await response.json();
        if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
        return envelope.data;
      };
      resolve({ url, invoke, stop });
    });
  });
}

/** The practice zone and a Sunday week start (the bare page's default), whatever the schema. */
async function setUpPlanner(host, events) {
  const current = await host.invoke('settings.get', {});
  const patch = { timezone: ZONE, weekStartsOn: 7 };
  // settings.update may require the version last read (optimistic concurrency).
  if (typeof current?.version === 'number') patch.version = current.version;
  await host.invoke('settings.update', patch);
  const posts = new Map();
  for (const e of [...events.now, ...events.next]) {
    const post = await host.invoke('posts.create', {
      title: e.title,
      status: 'draft',
      scheduledAt: e.start,
    });
    posts.set(e.title, post);
  }
  return posts;
}

// ---- One page load ---------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function withPage(browser, expected, fn) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    timezoneId: ZONE,
    locale: 'en-US',
  });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(installProbe, { expected, prefix: 'Post A-', timeoutMs: TIMEOUT_MS });
    return await fn(page, problems);
  } finally {
    await context.close();
  }
}

async function firstPaint(page, name, problems) {
  try {
    return await page.evaluate(() => window.__bench.firstPaintPromise);
  } catch (error) {
    throw new Error(
      `${name}: ${error.message}${problems.length ? `\npage errors: ${problems.join('\n')}` : ''}`,
      { cause: error },
    );
  }
}

/** First paint, then "next month", then the longest long task after first paint. */
async function loadAndNavigate(browser, target, n) {
  return withPage(browser, n, async (page, problems) => {
    await page.goto(target.url(n));
    const paint = await firstPaint(page, target.name, problems);
    // The scripts this page fetched to paint its month (lazily loaded pages and the editor not).
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => /\.m?js$/.test(path)),
    );
    await page.waitForTimeout(1000);
    const next = target.nextButton(page);
    try {
      await next.waitFor({ timeout: 10_000 });
    } catch {
      throw new Error(`${target.name}: no "${target.nextName}" button found (accessible name)`);
    }
    const nextMonth = await next
      .evaluate(
        async (button, { count }) => {
          const bench = window.__bench;
          const t0 = performance.now();
          const painted = bench.watch(
            bench.enoughChips('Post B-', count),
            `${count} chips titled "Post B-…"`,
          );
          button.click();
          return (await painted) - t0;
        },
        { count: n },
      )
      .catch((error) => {
        throw new Error(`${target.name}, next month: ${error.message}`);
      });
    await page.waitForTimeout(500);
    const longTask = await page.evaluate(
      (after) =>
        window.__bench.longTasks
          .filter(([start]) => start >= after)
          .reduce((max, [, d]) => Math.max(max, d), 0),
      paint,
    );
    return { paint, nextMonth, longTask, scripts };
  });
}

/** Drags `title`'s chip to the neighbouring day with the mouse; mouseup → chip painted there. */
async function dropOnce(browser, target, title) {
  return withPage(browser, DROP_SIZE, async (page, problems) => {
    await page.goto(target.url(DROP_SIZE));
    await firstPaint(page, target.name, problems);
    const chip = page.locator('.rbc-event', { hasText: title }).first();
    await chip.scrollIntoViewIfNeeded({ timeout: 10_000 }).catch(() => {
      throw new Error(`${target.name}: no chip (.rbc-event) titled ${title}`);
    });
    const geometry = await chip.evaluate((element) => {
      const r = element.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const row = [...document.querySelectorAll('.rbc-month-row')].find((m) => {
        const b = m.getBoundingClientRect();
        return y >= b.top && y < b.bottom;
      });
      const days = row ? [...row.querySelectorAll('.rbc-day-bg')] : [];
      const col = days.findIndex((d) => {
        const b = d.getBoundingClientRect();
        return x >= b.left && x < b.right;
      });
      if (col < 0) return null;
      const to = days[col + 1 < days.length ? col + 1 : col - 1].getBoundingClientRect();
      return {
        from: { x, y },
        to: { left: to.left, right: to.right, top: to.top, bottom: to.bottom },
      };
    });
    if (!geometry)
      throw new Error(`${target.name}: could not find the day cell (.rbc-day-bg) under ${title}`);
    const { from, to } = geometry;
    const armed = page.evaluate(
      ({ title, to }) => {
        const bench = window.__bench;
        return new Promise((resolve, reject) => {
          window.addEventListener(
            'mouseup',
            () => {
              const t0 = performance.now();
              const inTarget = () =>
                [...document.getElementsByClassName('rbc-event')].some((chip) => {
                  if (
                    !chip.textContent?.includes(title) ||
                    chip.closest('.rbc-addons-dnd-drag-preview')
                  )
                    return false;
                  const r = chip.getBoundingClientRect();
                  const x = r.left + r.width / 2;
                  return x >= to.left && x < to.right && r.top >= to.top - 1 && r.top < to.bottom;
                });
              bench
                .watch(inTarget, `${title} painted in its new day`)
                .then((t) => resolve(t - t0), reject);
            },
            { capture: true, once: true },
          );
        });
      },
      { title, to },
    );
    const toX = (to.left + to.right) / 2;
    const toY = Math.min(from.y, to.bottom - 4);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    const steps = 10;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(
        from.x + ((toX - from.x) * i) / steps,
        from.y + ((toY - from.y) * i) / steps,
      );
    }
    await page.mouse.up();
    const ms = await armed.catch((error) => {
      throw new Error(`${target.name}, drop: ${error.message}`);
    });
    await target.afterDrop?.(title);
    return ms;
  });
}

// ---- Main ------------------------------------------------------------------------------------

async function main() {
  if (!argv.includes('--no-build')) await buildAll();
  for (const n of SIZES)
    writeFileSync(
      join(BARE_OUT, `events-${n}.json`),
      JSON.stringify([...eventsFor(n).now, ...eventsFor(n).next]),
    );
  const cleanups = [];
  const results = {};
  try {
    const bare = await serveBare();
    cleanups.push(bare.close);
    const hosts = {};
    for (const n of SIZES) {
      log(`starting Rapport with ${n} posts this month and ${n} next month…`);
      const host = await startRapport();
      cleanups.push(host.stop);
      hosts[n] = { host, posts: await setUpPlanner(host, eventsFor(n)) };
    }
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());

    const targets = {
      rapport: {
        name: 'Rapport',
        nextName: 'Next month',
        url: (n) => hosts[n].host.url,
        nextButton: (page) => page.getByRole('button', { name: 'Next month', exact: true }),
        // Put the dropped post back, so every run drags the same post the same way.
        async afterDrop(title) {
          const { host, posts } = hosts[DROP_SIZE];
          const original = posts.get(title);
          for (let i = 0; i < 50; i++) {
            const now = await host.invoke('posts.get', { id: original.id });
            if (now.scheduledAt !== original.scheduledAt) {
              await host.invoke('posts.update', {
                id: original.id,
                version: now.version,
                scheduledAt: original.scheduledAt,
              });
              return;
            }
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error(`Rapport: the drop of ${title} never reached the database`);
        },
      },
      bare: {
        name: 'bare',
        nextName: 'Next',
        url: (n) => `${bare.url}?n=${n}`,
        nextButton: (page) => page.getByRole('button', { name: 'Next', exact: true }),
      },
    };

    const scriptsFetched = { rapport: [], bare: [] };
    for (const n of SIZES) {
      const samples = { rapport: [], bare: [] };
      for (let run = 0; run <= RUNS; run++) {
        for (const key of ['rapport', 'bare']) {
          const result = await loadAndNavigate(browser, targets[key], n);
          if (run > 0) samples[key].push(result);
          scriptsFetched[key] = result.scripts;
          log(
            `${n} posts, ${run ? `run ${run}` : 'warm-up'}, ${targets[key].name}: first paint ${result.paint.toFixed(0)} ms, next month ${result.nextMonth.toFixed(0)} ms, long task ${result.longTask.toFixed(0)} ms`,
          );
        }
      }
      for (const key of ['rapport', 'bare']) {
        results[`paint${n}`] = {
          ...results[`paint${n}`],
          [key]: median(samples[key].map((s) => s.paint)),
        };
        results[`next${n}`] = {
          ...results[`next${n}`],
          [key]: median(samples[key].map((s) => s.nextMonth)),
        };
        results[`long${n}`] = {
          ...results[`long${n}`],
          [key]: median(samples[key].map((s) => s.longTask)),
        };
      }
    }

    const title = eventsFor(DROP_SIZE).now[0].title;
    const drops = { rapport: [], bare: [] };
    for (let run = 0; run <= RUNS; run++) {
      for (const key of ['rapport', 'bare']) {
        const ms = await dropOnce(browser, targets[key], title);
        if (run > 0) drops[key].push(ms);
        log(`drop, ${run ? `run ${run}` : 'warm-up'}, ${targets[key].name}: ${ms.toFixed(0)} ms`);
      }
    }
    results.drop = { rapport: median(drops.rapport), bare: median(drops.bare) };
    results.js = {
      rapport: gzipKiB(join(RAPPORT_OUT, 'assets')),
      bare: gzipKiB(join(BARE_OUT, 'assets')),
    };
    results.jsFirstPaint = {
      rapport: gzipKiBOf(RAPPORT_OUT, scriptsFetched.rapport),
      bare: gzipKiBOf(BARE_OUT, scriptsFetched.bare),
    };
  } finally {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((e) => log('cleanup failed', e));
  }

  const ms = (v) => `${v.toFixed(0)} ms`;
  const kib = (v) => `${v.toFixed(1)} KiB`;
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : a > 0 ? '∞' : '—');
  const rows = [
    ['first paint, 100 posts', 'paint100', ms],
    ['next month, 100 posts', 'next100', ms],
    ['first paint, 1,000 posts', 'paint1000', ms],
    ['next month, 1,000 posts', 'next1000', ms],
    ['drop → chip painted, 100 posts', 'drop', ms],
    ['longest long task after first paint, 100 posts', 'long100', ms],
    ['longest long task after first paint, 1,000 posts', 'long1000', ms],
    ['renderer JS, gzip (all chunks)', 'js', kib],
    ['JS fetched for the first paint, gzip', 'jsFirstPaint', kib],
  ];
  const lines = [
    '| | Rapport | bare | ratio |',
    '|---|---:|---:|---:|',
    ...rows.map(([label, key, format]) => {
      const { rapport, bare } = results[key];
      return `| ${label} | ${format(rapport)} | ${format(bare)} | ${ratio(rapport, bare)} |`;
    }),
  ];
  const chromium = spawnSync(process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
  }).stdout?.trim();
  const report = [
    `# bench:ui — Rapport vs bare react-big-calendar`,
    '',
    `Medians of ${RUNS} interleaved runs each after a warm-up; ${VIEWPORT.width}×${VIEWPORT.height}, ${ZONE}, ${chromium || 'Chromium'} headless, ${new Date().toISOString()}.`,
    'Long tasks: the longest starting after first paint, through the next-month click and 500 ms after it (0 = none over 50 ms).',
    '',
    ...lines,
    '',
  ].join('\n');
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(REPORT, report);
  console.log(`\n${lines.join('\n')}\n\nWritten to ${REPORT}`);
}

main().catch((error) => {
  console.error(`[bench:ui] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
