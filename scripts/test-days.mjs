// Runs the suites that involve "today" with the clock set to each day of one week, 29 February,
// both daylight-saving change days in New York (the tests' practice zone) and an evening in the
// Americas (already tomorrow in UTC), and prints a table: a test that depends on the day it
// runs fails here on some row. The clock is RAPPORT_TEST_NOW (see tests/support/test-clock.ts).
//
//   npm run test:days              unit + component + the date-sensitive end-to-end files
//   npm run test:days -- --quick   unit + component only
//   npm run test:days -- --only 2028-02-29T15:00:00Z
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const DAYS = [
  ['2026-12-07T15:00:00.000Z', 'Monday'],
  ['2026-12-08T15:00:00.000Z', 'Tuesday'],
  ['2026-12-09T15:00:00.000Z', 'Wednesday'],
  ['2026-12-10T15:00:00.000Z', 'Thursday'],
  ['2026-12-11T15:00:00.000Z', 'Friday'],
  ['2026-12-12T15:00:00.000Z', 'Saturday'],
  ['2026-12-13T15:00:00.000Z', 'Sunday'],
  ['2028-02-29T15:00:00.000Z', '29 February'],
  ['2027-03-14T15:00:00.000Z', 'DST starts (New York)'],
  ['2027-11-07T15:00:00.000Z', 'DST ends (New York)'],
  ['2026-12-10T02:30:00.000Z', 'Evening in New York, tomorrow in UTC'],
];

// The end-to-end files whose pages show or use "today" (the rest never read the date).
const E2E_FILES = [
  'tests/e2e/meeting.test.ts',
  'tests/e2e/rhythm.test.ts',
  'tests/e2e/calendar-reading.test.ts',
  'tests/e2e/planner.test.ts',
  'tests/e2e/editor-sync.test.ts',
  'tests/e2e/media-consent.test.ts',
  'tests/e2e/handoff.test.ts',
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const days = only ? [[only, 'chosen']] : DAYS;

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const out = join(root, 'test-results', 'days');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

if (!quick) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const rows = [];
for (const [instant, name] of days) {
  const report = join(out, `${instant.replace(/[:.]/g, '-')}.json`);
  const projectArgs = quick
    ? ['--project', 'unit', '--project', 'component']
    : ['--project', 'unit', '--project', 'component', '--project', 'e2e'];
  const files = quick ? [] : ['tests/unit', 'tests/component', ...E2E_FILES];
  process.stdout.write(`${instant} (${name}) … `);
  spawnSync(
    process.execPath,
    [vitest, 'run', ...projectArgs, ...files, '--reporter=json', `--outputFile=${report}`],
    { cwd: root, env: { ...process.env, RAPPORT_TEST_NOW: instant }, stdio: 'ignore' },
  );
  let passed = 0;
  let failed = 1;
  let failures = ['(no report)'];
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed = result.numPassedTests;
    failed = result.numFailedTests + (result.numFailedTestSuites ?? 0);
    failures = result.testResults.flatMap((file) =>
      file.assertionResults
        .filter((t) => t.status === 'failed')
        .map((t) => `${file.name.replace(root, '')}: ${t.fullName}`),
    );
  } catch {
    // keeps the "no report" row
  }
  console.log(`${passed} passed, ${failed} failed`);
  rows.push({ instant, name, passed, failed, failures });
}

console.log('\n| clock (RAPPORT_TEST_NOW) | day | passed | failed |\n|---|---|---|---|');
for (const r of rows) console.log(`| ${r.instant} | ${r.name} | ${r.passed} | ${r.failed} |`);
for (const r of rows.filter((row) => row.failures.length > 0)) {
  console.log(`\nFailed at ${r.instant} (${r.name}):\n  ${r.failures.join('\n  ')}`);
}
process.exit(rows.some((r) => r.failed > 0) ? 1 : 0);
