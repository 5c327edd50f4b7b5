// The ways out, as a new user goes: a patient story with a photo marked "shows a patient" and
// no consent is listed as left out (with the reason) before the Buffer file is made, even with
// Idea and Draft ticked, and its caption is not in the file. A week at a time: "this week"
// lists a past post, "next week" an Instagram post without a photo, both absent from the file;
// the range kind chosen for Buffer survives a reload. The export screen at every size.
import * as clock from '../../shared/clock';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { TestHost } from './support/host';
import { importPhoto } from './support/media';
import {
  accessibilityViolations,
  lookAtEverySize,
  screenshot,
  useBrowser,
} from './support/session';

const newSession = useBrowser();
const ZONE = 'America/New_York';
const NEWCOMER_CAPTION = 'J. came to us nervous about her first visit. Today she smiles.';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function inNewYork(host: TestHost, page: Page) {
  await host.invoke('settings.update', { version: 1, timezone: ZONE, weekStartsOn: 1 });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

const leftOut = (page: Page) => page.locator('.export-preview .skipped-list li');

it('lists a patient story without consent as left out, and keeps its caption out of the file', async () => {
  const session = await newSession();
  const { page, host } = session;
  await inNewYork(host, page);
  // A week ahead at 10:00, and another post that goes (so a file is made).
  const day = clock.nowIn(ZONE).plus({ weeks: 1 }).set({ hour: 10, minute: 0 }).startOf('minute');
  const { id: photo } = await importPhoto(host, 'team.png', { width: 1080, height: 1350 });
  await host.invoke('posts.create', {
    title: 'Coffee with the team',
    status: 'approved',
    scheduledAt: day.plus({ days: 1 }).toUTC().toISO()!,
    platforms: ['instagram_feed'],
    caption: 'Monday coffee, Friday smiles.',
    media: [{ mediaId: photo, alt: 'The team with coffee' }],
  });

  // The newcomer writes the story as an idea, gives it a day, a photo that shows her.
  await page.getByLabel('New idea', { exact: true }).fill('J.’s first visit');
  await page.getByLabel('New idea', { exact: true }).press('Enter');
  await page.locator('.backlog-item', { hasText: 'J.’s first visit' }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByLabel('Category').selectOption('patient_story');
  await editor.getByRole('checkbox', { name: 'Instagram feed' }).check();
  await editor.getByRole('textbox', { name: 'Caption' }).fill(NEWCOMER_CAPTION);
  await editor.getByLabel('Date').fill(day.toISODate()!);
  await editor.getByLabel('Time').fill('10:00');
  const story = await sharp({
    create: { width: 1080, height: 1350, channels: 3, background: '#d9a38f' },
  })
    .jpeg()
    .toBuffer();
  await editor
    .getByLabel('Choose photos or videos')
    .setInputFiles({ name: 'first-visit.jpg', mimeType: 'image/jpeg', buffer: story });
  await editor.getByRole('checkbox', { name: 'Shows a patient' }).click();
  await editor.getByText('Cannot be approved yet.').waitFor();
  await editor.getByRole('button', { name: /^Close/ }).click();

  // Import & export → Buffer, the month of that day, Idea and Draft ticked.
  await nav(page, 'Import & export').click();
  await page.getByRole('radio', { name: 'A month' }).check();
  await page.getByLabel('Month', { exact: true }).fill(day.toFormat('yyyy-MM'));
  await page.getByRole('checkbox', { name: 'Idea' }).check();
  await page.getByRole('checkbox', { name: 'Draft' }).check();
  await page.getByText('1 post would go into the file.').waitFor();
  await page.getByText('1 post is left out, because…').waitFor();
  expect(await leftOut(page).allTextContents()).toEqual([
    expect.stringMatching(
      /^J\.’s first visit \(.+\): Needs patient consent first: the patient story needs a linked consent; photo "first-visit\.jpg" needs a linked consent\.$/,
    ),
  ]);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.locator('.export-form').evaluate((form) => form.scrollIntoView());
  await screenshot(page, 'export-consent-left-out-1280x720');

  const file = await download(page, () =>
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  );
  const rows = Papa.parse<Record<string, string>>(file.text, { header: true }).data;
  expect(rows.map((r) => r.Text)).toEqual(['Monday coffee, Friday smiles.']);
  expect(file.text).not.toContain('J. came to us');
  await page.getByText('Saved 1 file with 1 post.', { exact: true }).first().waitFor();
  await page.locator('.export-result', { hasText: 'J.’s first visit' }).waitFor();
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
});

it('exports a week at a time: past and photo-less posts listed before the file, the range kept', async () => {
  const session = await newSession();
  const { page, host } = session;
  await inNewYork(host, page);
  const now = clock.nowIn(ZONE);
  const thisWeek = now.startOf('day').minus({ days: now.weekday - 1 });
  const nextWeek = thisWeek.plus({ weeks: 1 });
  // Gone by: this week, before now (half way from the week's start, at most an hour after it).
  const past = thisWeek.plus({
    milliseconds: Math.min(3_600_000, now.diff(thisWeek).as('milliseconds') / 2),
  });
  const { id: photo } = await importPhoto(host, 'team.png', { width: 1080, height: 1350 });
  const create = (title: string, at: DateTime, withPhoto: boolean) =>
    host.invoke('posts.create', {
      title,
      status: 'approved',
      scheduledAt: at.startOf('minute').toUTC().toISO()!,
      platforms: ['instagram_feed'],
      caption: `${title}: a few friendly words.`,
      media: withPhoto ? [{ mediaId: photo, alt: 'The team' }] : [],
    });
  await create('Gone by', past, true);
  await create('No photo yet', nextWeek.plus({ days: 1, hours: 10 }), false);
  await create('Ready to go', nextWeek.plus({ days: 2, hours: 10 }), true);

  await nav(page, 'Import & export').click();
  // A new planner starts each tool on a month.
  expect(await page.getByRole('radio', { name: 'A month' }).isChecked()).toBe(true);
  await page.getByRole('radio', { name: /^This week/ }).check();
  await page.getByText('1 post is left out, because…').waitFor();
  expect(await leftOut(page).allTextContents()).toEqual([
    expect.stringMatching(
      /^Gone by \(.+\): Already past \(Buffer schedules only times still ahead\)$/,
    ),
  ]);

  await page.getByRole('radio', { name: /^Next week/ }).check();
  await page.getByText('1 post would go into the file.').waitFor();
  expect(await leftOut(page).allTextContents()).toEqual([
    expect.stringMatching(/^No photo yet \(.+\): Instagram feed needs a photo or video$/),
  ]);
  await lookAtEverySize(
    page,
    'export-next-week',
    () => page.locator('.export-form').evaluate((form) => form.scrollIntoView()),
    [
      [1024, 640],
      [1280, 720],
      [1440, 900],
      [1920, 1080],
    ],
  );
  await page.emulateMedia({ colorScheme: 'light' });
  // 150% zoom of a 1280×720 screen: 853×480 CSS pixels; nothing scrolls sideways.
  await page.setViewportSize({ width: 853, height: 480 });
  await page.locator('.export-preview').evaluate((preview) => preview.scrollIntoView());
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(853);
  await screenshot(page, 'export-next-week-zoom-150');
  await page.setViewportSize({ width: 1280, height: 720 });

  const file = await download(page, () =>
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  );
  expect(file.name).toBe(`rapport-buffer-instagram_feed-${nextWeek.toISODate()}.csv`);
  const rows = Papa.parse<Record<string, string>>(file.text, { header: true }).data;
  expect(rows.map((r) => r.Text)).toEqual(['Ready to go: a few friendly words.']);
  expect(file.text).not.toContain('No photo yet');
  expect(file.text).not.toContain('Gone by');

  // The kind chosen for Buffer is kept on this computer; Hootsuite keeps its own.
  await page.reload();
  await nav(page, 'Import & export').click();
  await expect.poll(() => page.getByRole('radio', { name: /^Next week/ }).isChecked()).toBe(true);
  await page.getByLabel('Export for').selectOption('hootsuite');
  expect(await page.getByRole('radio', { name: 'A month' }).isChecked()).toBe(true);
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
});
