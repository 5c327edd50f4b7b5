// "Download a backup" in the browser host: the page makes a checked backup, the host streams
// the newest verified one, Chromium saves it, and the file opens as SQLite holding the posts.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { accessibilityViolations, screenshot, useBrowser } from './support/session';

const newSession = useBrowser();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

it('downloads a verified backup that opens as SQLite with the posts', async () => {
  const session = await newSession();
  const { page, host } = session;
  for (const title of ['Meet Ana', 'Flu shot clinic', 'Behind the front desk']) {
    await host.invoke('posts.create', { title, scheduledAt: '2026-12-09T16:00:00.000Z' });
  }
  await page.reload();
  await nav(page, 'Import & export').click();
  await page.getByRole('heading', { name: 'Backups', exact: true }).scrollIntoViewIfNeeded();
  const button = page.getByRole('button', { name: 'Download a backup' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}T.*-manual\.db$/);
  const saved = join(host.dir, 'downloaded-backup.db');
  await download.saveAs(saved);
  const db = new Database(saved, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const titles = db.prepare('SELECT title FROM posts ORDER BY title').pluck().all();
    expect(titles).toEqual(['Behind the front desk', 'Flu shot clinic', 'Meet Ana']);
  } finally {
    db.close();
  }
  await page.getByText(/Backup downloaded as rapport-.*: 3 posts\./).waitFor();
  // The backup it made is in the list too.
  await page.getByRole('cell', { name: 'Backed up by hand' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('heading', { name: 'Backups', exact: true }).scrollIntoViewIfNeeded();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `backup-download-${width}x${height}-${scheme}`);
    }
  }
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
});
