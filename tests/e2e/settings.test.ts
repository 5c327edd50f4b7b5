// Issue 2's end-to-end path: save a setting through the real UI, reload, find it kept.
import { expect, it } from 'vitest';
import {
  accessibilityViolations,
  EVERY_SIZE,
  expectReloadAsked,
  lookAtEverySize,
  screenshot,
  useBrowser,
} from './support/session';

const newSession = useBrowser();

it('saves the practice name and time zone on their own, and keeps them after a reload', async () => {
  const session = await newSession();
  const { page, host } = session;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Practice name').fill('Lumen Aesthetics');
  await page.getByLabel('Time zone').selectOption('America/Chicago');
  await page.getByRole('button', { name: 'Change to America/Chicago' }).click();
  await page.getByLabel('Week starts on').selectOption({ label: 'Sunday' });
  await page.getByText('All changes saved').waitFor();
  // The header shows the new name without any Save button.
  await page.locator('.brand-practice', { hasText: 'Lumen Aesthetics' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'settings-1280x720');

  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect.poll(() => page.getByLabel('Practice name').inputValue()).toBe('Lumen Aesthetics');
  expect(await page.getByLabel('Time zone').inputValue()).toBe('America/Chicago');
  expect(await page.getByLabel('Week starts on').inputValue()).toBe('7');
  const stored = await host.invoke('settings.get', {});
  expect(stored).toMatchObject({
    ok: true,
    data: { practiceName: 'Lumen Aesthetics', weekStartsOn: 7 },
  });
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
});

it('saves a name typed just before leaving the page', async () => {
  const session = await newSession();
  const { page, host } = session;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Practice name').fill('Quick Typist Clinic');
  // Straight to another view, before the autosave delay.
  await page.getByRole('button', { name: 'Staff' }).click();
  await expect
    .poll(
      async () =>
        ((await host.invoke('settings.get', {})) as { data: { practiceName: string } }).data
          .practiceName,
    )
    .toBe('Quick Typist Clinic');
});

it('lists the backups in Settings, with Back up now and Restore', async () => {
  const session = await newSession();
  const { page, host } = session;
  await host.invoke('posts.create', { title: 'Meet Ana' });
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Backups', exact: true }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.getByText('Backed up: 1 post.').waitFor();
  await page.getByRole('cell', { name: 'Backed up by hand' }).waitFor();
  await page.getByRole('button', { name: /^Restore the backup from / }).waitFor();
  await lookAtEverySize(page, 'settings-backups', () =>
    page.getByRole('heading', { name: 'Backups', exact: true }).scrollIntoViewIfNeeded(),
  );
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
});

it('shows a time zone change waiting for its answer as not saved, and asks before leaving', async () => {
  const session = await newSession();
  const { page, host } = session;
  const zoneNow = async () =>
    ((await host.invoke('settings.get', {})) as { data: { timezone: string } }).data.timezone;
  const before = await zoneNow();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await page.getByRole('button', { name: 'Change to Asia/Tokyo' }).waitFor();
  await page.waitForTimeout(1000); // past the autosave's delay
  await page.getByText('Not saved yet — waiting for your answer below').waitFor();
  expect(await page.getByText('All changes saved').count()).toBe(0);
  await lookAtEverySize(
    page,
    'settings-zone-waiting',
    () => page.getByRole('heading', { name: 'Settings', level: 1 }).scrollIntoViewIfNeeded(),
    EVERY_SIZE,
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });

  // Another page: the question; staying keeps the change waiting.
  const nav = page.getByRole('navigation', { name: 'Main' });
  const question = page.getByRole('dialog', { name: 'Leave without changing the time zone?' });
  await nav.getByRole('button', { name: 'Calendar' }).click();
  await question.waitFor();
  await lookAtEverySize(page, 'settings-zone-leave', () => question.waitFor(), [[1280, 720]]);
  await page.emulateMedia({ colorScheme: 'light' });
  await question.getByRole('button', { name: 'Stay on Settings' }).click();
  await question.waitFor({ state: 'detached' });
  expect(await page.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Asia/Tokyo');

  // Back asks too.
  await page.goBack();
  await question.waitFor();
  await question.getByRole('button', { name: 'Stay on Settings' }).click();
  await page.getByRole('button', { name: 'Change to Asia/Tokyo' }).waitFor();

  // A reload: the browser's own question; staying keeps the page.
  await expectReloadAsked(page);
  expect(await page.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Asia/Tokyo');

  // Leaving for real keeps the zone as it was.
  await nav.getByRole('button', { name: 'Staff' }).click();
  await question.getByRole('button', { name: /^Leave, keep / }).click();
  await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
  expect(await zoneNow()).toBe(before);
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
}, 180_000);
