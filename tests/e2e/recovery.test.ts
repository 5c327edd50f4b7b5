// A damaged planner file in the browser host: it is never written to; the page says so in words
// (and the host in a clear console message) and offers the newest good backup, which brings the
// planner back.
import { randomBytes, createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api';
import { pageUrl } from '../../electron/host-config';
import { createHttpHost } from '../../electron/http-host';
import { servePlanner } from '../../electron/recovery';
import { sqliteBackups } from '../../electron/store/backup-service';
import { openStore } from '../../electron/store/store';
import { launchBrowser } from './support/chromium';
import { RENDERER_DIR } from './support/host';
import { accessibilityViolations, screenshot } from './support/session';

const dir = mkdtempSync(join(tmpdir(), 'rapport-recovery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

it('offers the newest good backup for a damaged file, and restores it', async () => {
  const file = join(dir, 'rapport.db');
  const store = openStore(file);
  const dispatch = createDispatch(store, { prefsDir: dir, log: () => {} });
  for (let i = 1; i <= 12; i++) await dispatch('posts.create', { title: `Precious idea ${i}` });
  await sqliteBackups(store).create('manual');
  const { rootpage } = store.db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'posts'")
    .get() as { rootpage: number };
  store.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, randomBytes(4096), 0, 4096, (rootpage - 1) * 4096);
  closeSync(fd);
  const damaged = sha(file);

  const said: string[] = [];
  const planner = servePlanner(file, {
    backups: false,
    error: (m) => said.push(m),
    info: () => {},
  });
  expect(planner.damaged).toBe(true);
  expect(said[0]).toMatch(
    /^RAPPORT: THE PLANNER FILE IS DAMAGED\..*\nThe newest good backup is backups\/rapport-/s,
  );
  const token = randomBytes(24).toString('base64url');
  const http = await createHttpHost({ dispatch: planner.dispatch, staticDir: RENDERER_DIR, token });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(pageUrl(http.url, token));
    await page.getByRole('heading', { name: 'Your planner file is damaged' }).waitFor();
    await page.getByText('12 posts').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'recovery-1280x720');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'recovery-1280x720-dark');
    // Nothing (no settings row, no journal mode) was written into the damaged file.
    expect(sha(file)).toBe(damaged);

    await page.getByRole('button', { name: /^Restore the backup from / }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByText('Loading your planner…').waitFor({ state: 'detached' });
    expect(planner.damaged).toBe(false);
    const backlog = await planner.dispatch('posts.backlog', {});
    expect(backlog.ok && (backlog.data as unknown[]).length).toBe(12);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Ideas' })
      .click();
    await page.getByText('Precious idea 12').first().waitFor();
    await context.close();
  } finally {
    await browser.close();
    await http.close();
    planner.close();
  }
});
