// A damaged planner file in the browser host: it is never written to; the page says so in words
// (and the host in a clear console message) and offers the newest good backup, which brings the
// planner back; with no backup left beside it, a backup saved to a file does.
import { randomBytes, createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api';
import { pageUrl } from '../../electron/http/config';
import { createHttpHost } from '../../electron/http/host';
import { mediaUploads } from '../../electron/media/files';
import { servePlanner } from '../../electron/api/recovery';
import { sqliteBackups } from '../../electron/store/backup/service';
import { backupDirFor, bundlePlannerMedia } from '../../electron/store/backup/backups';
import { openStore, type SqliteStore } from '../../electron/store/store';
import { launchBrowser } from './support/chromium';
import { RENDERER_DIR } from './support/host';
import { accessibilityViolations, screenshot } from './support/session';

const dir = mkdtempSync(join(tmpdir(), 'rapport-recovery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Closes the store, then writes 4 KiB of garbage over the posts table's first page. */
function closeWithDamage(store: SqliteStore, file: string) {
  const { rootpage } = store.db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'posts'")
    .get() as { rootpage: number };
  store.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, randomBytes(4096), 0, 4096, (rootpage - 1) * 4096);
  closeSync(fd);
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

it('offers the newest good backup for a damaged file, and restores it', async () => {
  const file = join(dir, 'rapport.db');
  const store = openStore(file);
  const dispatch = createDispatch(store, { prefsDir: dir, log: () => {} });
  for (let i = 1; i <= 12; i++) await dispatch('posts.create', { title: `Precious idea ${i}` });
  await sqliteBackups(store).create('manual');
  closeWithDamage(store, file);
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

it('restores a backup saved to a file when none is left beside the damaged planner', async () => {
  const home = join(dir, 'lost-backups');
  mkdirSync(home);
  const file = join(home, 'rapport.db');
  const store = openStore(file);
  const dispatch = createDispatch(store, { prefsDir: home, log: () => {} });
  for (let i = 1; i <= 5; i++) await dispatch('posts.create', { title: `Saved idea ${i}` });
  const made = await sqliteBackups(store).create('manual');
  // "Back up to a file": the copy on the USB stick, with its media inside.
  const saved = join(dir, 'usb-stick-backup.db');
  copyFileSync(join(backupDirFor(file), made.id), saved);
  bundlePlannerMedia(saved, file);
  closeWithDamage(store, file);
  // The bad disk took the backups folder with it.
  rmSync(backupDirFor(file), { recursive: true, force: true });

  const said: string[] = [];
  const planner = servePlanner(file, {
    backups: false,
    error: (m) => said.push(m),
    info: () => {},
  });
  expect(said[0]).toMatch(/There is no good backup in the backups folder/);
  const token = randomBytes(24).toString('base64url');
  const http = await createHttpHost({
    dispatch: planner.dispatch,
    uploads: mediaUploads(join(home, 'media')),
    staticDir: RENDERER_DIR,
    token,
  });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(pageUrl(http.url, token));
    await page.getByText(/If you saved a backup to a file/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'recovery-no-backup-1280x720');
    await page.getByLabel('Saved backup file').setInputFiles(saved);
    await expect.poll(() => planner.damaged, { timeout: 10_000 }).toBe(false);
    await page.getByRole('heading', { name: 'Your planner file is damaged' }).waitFor({
      state: 'detached',
    });
    await page.getByRole('button', { name: 'Today' }).waitFor();
    const backlog = await planner.dispatch('posts.backlog', {});
    expect(backlog.ok && (backlog.data as { title: string }[]).map((p) => p.title).sort()).toEqual([
      'Saved idea 1',
      'Saved idea 2',
      'Saved idea 3',
      'Saved idea 4',
      'Saved idea 5',
    ]);
    await context.close();
  } finally {
    await browser.close();
    await http.close();
    planner.close();
  }
});

it('says so in words, and offers the restore page, when the planner turns damaged under an open page', async () => {
  const home = join(dir, 'turns-damaged');
  mkdirSync(home);
  const file = join(home, 'rapport.db');
  const store = openStore(file);
  let dispatch = createDispatch(store, { prefsDir: home, log: () => {} });
  await dispatch('posts.create', { title: 'Written before' });
  await sqliteBackups(store).create('manual');
  const token = randomBytes(24).toString('base64url');
  const serverErrors: unknown[] = [];
  const http = await createHttpHost({
    dispatch: (channel, input) => dispatch(channel, input),
    staticDir: RENDERER_DIR,
    token,
    log: (message, error) => serverErrors.push([message, error]),
  });
  const browser = await launchBrowser();
  let planner: ReturnType<typeof servePlanner> | undefined;
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(pageUrl(http.url, token));
    await page.getByText('Loading your planner…').waitFor({ state: 'detached' });

    // The disk goes bad while the page is open; the host now serves recovery.
    closeWithDamage(store, file);
    planner = servePlanner(file, { backups: false, error: () => {}, info: () => {} });
    dispatch = planner.dispatch;

    await page.getByLabel('New idea', { exact: true }).fill('Written after');
    await page.getByLabel('New idea', { exact: true }).press('Enter');
    const notice = page.getByText(/The planner file is damaged, so Rapport does not read or save/);
    await notice.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'recovery-unavailable-notice-1280x720');
    // What could not be saved makes the browser ask before the page reloads: leave.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Restore…' }).click();
    await page.getByRole('heading', { name: 'Your planner file is damaged' }).waitFor();
    expect(serverErrors).toEqual([]);
    await context.close();
  } finally {
    await browser.close();
    await http.close();
    planner?.close();
  }
}, 120_000);
