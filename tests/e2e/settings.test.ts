// Issue 2's end-to-end path: save a setting through the real UI, reload, find it kept.
import { expect, it } from 'vitest';
import {
  accessibilityViolations,
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
