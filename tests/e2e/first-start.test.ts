// The README's first command on a machine where Electron's binary cannot be had: `npm start`
// says so in one sentence and serves the same app to a browser on the desktop app's own
// planner file; Ctrl+C (to the whole process group, as a terminal sends it) closes it cleanly.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { defaultDbFile } from '../../electron/http/config';
import { BROWSER_INSTEAD } from '../../scripts/start-choice';
import { launchBrowser } from './support/chromium';
import { REPO_ROOT } from './support/host';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((clean) => clean()));

it('npm start without Electron opens the browser host on the desktop planner file', async () => {
  const home = mkdtempSync(join(tmpdir(), 'rapport-first-start-'));
  cleanups.push(() => rmSync(home, { recursive: true, force: true }));
  const env = {
    ...process.env,
    // Electron's own switch for where its binary is: here, nowhere.
    ELECTRON_OVERRIDE_DIST_PATH: join(home, 'no-electron'),
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    APPDATA: join(home, 'AppData'),
    BROWSER: 'none',
  };
  // Its own process group, so the test can press Ctrl+C the way a terminal does.
  const npm = spawn('npm', ['start'], { cwd: REPO_ROOT, env, detached: true });
  cleanups.push(() => {
    if (npm.exitCode === null && npm.signalCode === null) process.kill(-npm.pid!, 'SIGKILL');
  });
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => npm.on('exit', resolve));
  // Once every process of the group has let go of the output: npm itself ends on Ctrl+C
  // without waiting, its children finish closing after it.
  const closed = new Promise<void>((resolve) => npm.on('close', () => resolve()));
  const running = /Rapport is running at (\S+)/;
  await Promise.race([
    expect.poll(() => output, { timeout: 120_000, interval: 250 }).toMatch(running),
    exited.then(() => expect(output).toMatch(running)),
  ]);
  expect(output).toContain(BROWSER_INSTEAD);
  expect(output).not.toMatch(/Electron failed to install|\n\s+at /);
  const url = running.exec(output)![1]!;
  const dbFile = defaultDbFile({ platform: process.platform, env, homedir: home });
  expect(output).toContain(`Planner file: ${dbFile}`);
  expect(existsSync(dbFile)).toBe(true);

  // The address printed is the app itself, token and all.
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByText('Loading your planner…').waitFor({ state: 'detached' });
  } finally {
    await browser.close();
  }

  process.kill(-npm.pid!, 'SIGINT');
  await closed;
  expect(output).toContain('SIGINT: stopping Rapport');
  expect(output).not.toMatch(/Error|failed/);
  // Closed cleanly: SQLite folds its write-ahead log back into the file and removes it.
  expect(existsSync(`${dbFile}-wal`)).toBe(false);
}, 180_000);
