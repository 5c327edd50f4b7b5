// Issue 8's end-to-end path: a new user adds staff with birthdays, sees them on the calendar,
// plans a post from one, creates a weekly series across a daylight-saving change and sees every
// occurrence at the same clock time, edits "this and following", fills spotlights for a month
// and sees everyone covered, and gets a gentle flag on "Book now — 20% off this week only!".
import * as clock from '../../shared/clock';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Post, Settings } from '../../shared/contract';
import { accessibilityViolations, screenshot, useBrowser, type Session } from './support/session';

const newSession = useBrowser();
const ZONE = 'America/New_York';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

async function data<T>(session: Session, channel: string, input: unknown): Promise<T> {
  const result = (await session.host.invoke(channel as never, input as never)) as {
    ok: boolean;
    data: T;
  };
  expect(result.ok).toBe(true);
  return result.data;
}

async function postsBetween(session: Session, from: string, to: string): Promise<Post[]> {
  return data<Post[]>(session, 'posts.listRange', {
    from: DateTime.fromISO(from, { zone: ZONE }).toUTC().toISO(),
    to: DateTime.fromISO(to, { zone: ZONE }).toUTC().toISO(),
  });
}

const localTime = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toFormat('HH:mm');

it('plans the team rhythm: birthdays, a series across DST, spotlights for everyone, a gentle voice', async () => {
  const session = await newSession();
  const { page } = session;
  const settings = await data<Settings>(session, 'settings.get', {});
  await data(session, 'settings.update', { version: settings.version, timezone: ZONE });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();

  // Staff with birthdays: one this month (on the calendar now), one who prefers no fuss.
  const today = clock.nowIn(ZONE);
  const month = today.toFormat('MM');
  await nav(page, 'Staff').click();
  const team: [string, string, string][] = [
    ['Maria Ruiz', 'Nurse injector', '20'],
    ['Sam Lee', 'Front desk', '22'],
    ['Priya Shah', 'Practice manager', '24'],
  ];
  for (const [name, role, day] of team) {
    await page.getByLabel(/^Name/).first().fill(name);
    await page.getByLabel('Role').first().fill(role);
    await page.locator('.staff-birthday-month select').first().selectOption(month);
    await page.locator('.staff-birthday-day select').first().selectOption(day);
    await page.getByRole('button', { name: 'Add to team' }).click();
    await page.getByRole('heading', { name }).waitFor();
  }
  await page.getByLabel('Celebrate Sam’s birthday publicly').uncheck();
  await page.getByText('Last spotlight: never').first().waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'rhythm-staff-1280x720');

  // The birthdays are on the calendar as their own kind of entry.
  await nav(page, 'Calendar').click();
  const maria = page.getByRole('button', { name: /Maria Ruiz’s birthday: plan a post/ });
  await maria.waitFor();
  expect(await maria.getAttribute('class')).toContain('moment-mark');
  expect(await page.locator('.moment-mark').count()).toBe(3);
  // A moment is not a post: nothing to drag.
  expect(await page.locator('.rbc-event .moment-mark, .moment-mark.rbc-event').count()).toBe(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'rhythm-calendar-1280x720');

  // Sam said no: shown for the team, never offered for a public post.
  await page.getByRole('button', { name: /Sam Lee’s birthday: plan a post/ }).click();
  await page.getByText('would rather not have a public birthday post').waitFor();
  expect(await page.getByRole('dialog').getByRole('button', { name: 'Plan a post' }).count()).toBe(
    0,
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click();

  // Plan a post from Maria's birthday, two days before.
  await maria.click();
  const dialog = page.getByRole('dialog', { name: 'Maria Ruiz’s birthday' });
  await dialog.getByLabel('When to post').selectOption('2');
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'rhythm-moment-dialog-1280x720');
  await dialog.getByRole('button', { name: 'Plan a post' }).click();
  await page.getByRole('textbox', { name: 'Title' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(
    'Happy birthday, Maria Ruiz!',
  );
  expect(await page.getByRole('textbox', { name: 'Caption' }).inputValue()).toContain('Maria Ruiz');
  const birthdayDay = `${today.toFormat('yyyy-MM')}-20`;
  const planned = (
    await postsBetween(
      session,
      `${today.toFormat('yyyy-MM')}-01`,
      `${today.plus({ months: 1 }).toFormat('yyyy-MM')}-01`,
    )
  ).find((p) => p.title === 'Happy birthday, Maria Ruiz!')!;
  expect(planned.category).toBe('celebration');
  expect(DateTime.fromISO(planned.scheduledAt!, { zone: ZONE }).toISODate()).toBe(
    DateTime.fromISO(birthdayDay).minus({ days: 2 }).toISODate(),
  );

  // A friendly-voice flag on a salesy caption: shown, never blocking the save.
  const caption = page.getByRole('textbox', { name: 'Caption' });
  await caption.fill('Book now — 20% off this week only!');
  await page.getByText('3 gentle suggestions').waitFor();
  await page.getByText('Sales pressure: “Book now”').waitFor();
  await page.locator('mark.voice-mark', { hasText: '20% off' }).waitFor();
  await page.getByText('Saved', { exact: false }).first().waitFor();
  await expect
    .poll(async () => (await data<Post>(session, 'posts.get', { id: planned.id })).caption)
    .toBe('Book now — 20% off this week only!');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.locator('.voice-check').scrollIntoViewIfNeeded();
  await screenshot(page, 'rhythm-voice-1280x720');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'rhythm-voice-dark-1280x720');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: /Close/ }).first().click();

  // A weekly series across the end of daylight saving (1 November 2026 in New York).
  await page.getByRole('button', { name: 'New series' }).click();
  const series = page.getByRole('dialog', { name: 'New series' });
  await series.getByLabel('Title').fill('Team Tuesday');
  await series.getByLabel('First day').fill('2026-10-13');
  expect(await series.getByRole('checkbox', { checked: true }).count()).toBe(1);
  await series.getByLabel('Time').fill('09:00');
  await series.getByRole('checkbox', { name: 'Tuesday' }).check();
  await series.getByLabel('How many posts').fill('8');
  await series.getByText('FREQ=WEEKLY;BYDAY=TU;COUNT=8').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'rhythm-series-dialog-1280x720');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'rhythm-series-dialog-dark-1280x720');
  await page.emulateMedia({ colorScheme: 'light' });
  await series.getByRole('button', { name: 'Create series' }).click();
  await page.getByText('Created “Team Tuesday” with 8 posts.').waitFor();

  const occurrences = (await postsBetween(session, '2026-10-01', '2026-12-31')).filter(
    (p) => p.seriesId,
  );
  expect(occurrences).toHaveLength(8);
  expect(occurrences.map((p) => localTime(p.scheduledAt!))).toEqual(Array(8).fill('09:00'));

  // On the calendar, every one shows the same clock time (week views before and after DST).
  for (const day of ['2026-10-27', '2026-11-03']) {
    await page.goto(`${session.host.url.split('#')[0]}#/calendar/week/${day}`);
    const chip = page.locator('.rbc-event', { hasText: 'Team Tuesday' });
    await chip.waitFor();
    expect(await chip.innerText()).toMatch(/\b9:00\b/);
  }

  // Edit "this and following" from the fifth one (10 November).
  await page.goto(`${session.host.url.split('#')[0]}#/calendar/week/2026-11-10`);
  await page.locator('.rbc-event', { hasText: 'Team Tuesday' }).click();
  await page.getByRole('button', { name: 'Edit series…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit “Team Tuesday”' });
  await edit.getByLabel('This and following posts').check();
  await edit.getByLabel('Title').fill('Team Tuesday (winter)');
  expect(await accessibilityViolations(page)).toEqual([]);
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved “Team Tuesday (winter)”.').waitFor();
  const after = (await postsBetween(session, '2026-10-01', '2026-12-31')).filter((p) => p.seriesId);
  expect(after.map((p) => p.title)).toEqual([
    ...Array(4).fill('Team Tuesday'),
    ...Array(4).fill('Team Tuesday (winter)'),
  ]);
  expect(after.map((p) => localTime(p.scheduledAt!))).toEqual(Array(8).fill('09:00'));
  await page.getByRole('button', { name: /Close/ }).first().click();

  // Fill spotlights for next month: everyone covered.
  await page.goto(`${session.host.url.split('#')[0]}#/calendar`);
  await page.getByRole('button', { name: 'Fill spotlights' }).click();
  const fill = page.getByRole('dialog', { name: 'Fill spotlights' });
  const next = today.plus({ months: 1 }).startOf('month');
  await fill.getByLabel('From').fill(next.toISODate()!);
  await fill.getByLabel('To').fill(next.endOf('month').toISODate()!);
  await fill.getByLabel('Weekday').selectOption('3');
  await fill.getByRole('button', { name: 'Show the plan' }).click();
  await fill.getByText(/This creates \d drafts/).waitFor();
  for (const [name] of team) await fill.getByText(`: ${name},`, { exact: false }).first().waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'rhythm-fill-1280x720');
  await fill.getByRole('button', { name: /^Create \d drafts$/ }).click();
  await page.getByText(/Created \d spotlight drafts/).waitFor();
  const spotlights = (
    await postsBetween(session, next.toISODate()!, next.plus({ months: 1 }).toISODate()!)
  ).filter((p) => p.category === 'staff_spotlight');
  const staff = await data<{ id: string }[]>(session, 'staff.list', {});
  const featured = new Set(spotlights.flatMap((p) => p.featuredStaffIds));
  expect(staff.every((s) => featured.has(s.id))).toBe(true);
  expect(spotlights.every((p) => p.status === 'draft' && p.ownerId)).toBe(true);

  // The panel beside the calendar, and the settings, in both themes and at 1920×1080.
  await page.getByRole('heading', { name: 'Coming up' }).waitFor();
  await page.getByRole('heading', { name: 'Content mix' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'rhythm-panel-1280x720');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'rhythm-panel-dark-1280x720');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'rhythm-panel-dark-1920x1080');
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, 'rhythm-panel-1920x1080');
  await nav(page, 'Settings').click();
  await page.getByRole('heading', { name: 'Team rhythm' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'rhythm-settings-1920x1080');
  expect(session.problems).toEqual([]);
});
