// "Download a backup" in the browser host: the page makes a checked backup, the host streams
// the newest verified one with its photos inside, Chromium saves it, and the file opens as
// SQLite holding the posts. Then a new computer (a fresh host) takes it in with "Restore from a
// saved file…" and gets the posts and the photo back.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { importPhoto } from './support/media';
import {
  accessibilityViolations,
  lookAtEverySize,
  screenshot,
  useBrowser,
} from './support/session';

const newSession = useBrowser();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

it('downloads a verified backup with its photo; a new computer restores both', async () => {
  const session = await newSession();
  const { page, host } = session;
  const photo = await importPhoto(host, 'team.png');
  for (const title of ['Meet Ana', 'Flu shot clinic', 'Behind the front desk']) {
    await host.invoke('posts.create', {
      title,
      scheduledAt: '2026-12-09T16:00:00.000Z',
      ...(title === 'Meet Ana' ? { media: [{ mediaId: photo.id, alt: 'The team' }] } : {}),
    });
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
    const carried = db.prepare('SELECT name FROM rapport_saved_media').pluck().all();
    expect(carried).toEqual([`${photo.sha256}.png`]);
  } finally {
    db.close();
  }
  await page.getByText(/Backup downloaded as rapport-.*: 3 posts\./).waitFor();
  // The backup it made is in the list too.
  await page.getByRole('cell', { name: 'Backed up by hand' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await lookAtEverySize(page, 'backup-download', () =>
    page.getByRole('heading', { name: 'Backups', exact: true }).scrollIntoViewIfNeeded(),
  );
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);

  // A new computer: an empty planner takes the saved file in and restores it.
  const fresh = await newSession();
  await fresh.page.getByRole('navigation', { name: 'Main' }).waitFor();
  await nav(fresh.page, 'Import & export').click();
  // A file that is not a backup is refused in words, and nothing is listed.
  await fresh.page.getByLabel('Saved backup file').setInputFiles({
    name: 'notes.db',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('my tax notes, not a database '.repeat(100)),
  });
  await fresh.page
    .getByText(/That file is not a good Rapport backup .* Nothing was changed\./)
    .waitFor();
  await fresh.page.getByText('No backups yet.', { exact: false }).waitFor();
  await screenshot(fresh.page, 'backup-saved-file-refused-1280x720');
  await fresh.page.getByLabel('Saved backup file').setInputFiles(saved);
  await fresh.page.getByText('downloaded-backup.db is in the list: 3 posts.').waitFor();
  await fresh.page.getByRole('cell', { name: 'From a saved file' }).waitFor();
  await fresh.page.getByText(/^Restore the saved file added at .* \(3 posts\)\?$/).waitFor();
  expect(await accessibilityViolations(fresh.page)).toEqual([]);
  await screenshot(fresh.page, 'backup-saved-file-confirm-1280x720');
  await fresh.page.getByRole('button', { name: 'Yes, restore it' }).click();
  await fresh.page.waitForEvent('load');
  const back = (await fresh.host.invoke('posts.listRange', {
    from: '2026-12-01T00:00:00.000Z',
    to: '2027-01-01T00:00:00.000Z',
  })) as { data: { title: string; media: unknown[] }[] };
  expect(back.data.map((p) => p.title).sort()).toEqual([
    'Behind the front desk',
    'Flu shot clinic',
    'Meet Ana',
  ]);
  expect(back.data.find((p) => p.title === 'Meet Ana')!.media).toEqual([
    { mediaId: photo.id, alt: 'The team' },
  ]);
  expect(existsSync(join(fresh.host.dir, 'media', `${photo.sha256}.png`))).toBe(true);
  expect(await fresh.host.invoke('media.thumbnail', { id: photo.id })).toMatchObject({ ok: true });
  // The refused file's answer (400) is the only thing the browser reports.
  expect(fresh.problems).toEqual([
    'Failed to load resource: the server responded with a status of 400 (Bad Request)',
  ]);
  expect(fresh.host.serverErrors).toEqual([]);
});
