// The address is where the app is: a reload keeps the page, the view and the date; Back and
// Forward walk through them.
import { expect, it } from 'vitest';
import { useBrowser } from './support/session';

const newSession = useBrowser();

// A day that is never the suite's today (today's date is left out of the address).
it('reloads on a week and goes Back to the month it came from', async () => {
  const { page, problems, host } = await newSession();
  await host.invoke('settings.update', {
    version: 1,
    timezone: 'America/New_York',
    weekStartsOn: 1,
  });
  await host.invoke('posts.create', {
    title: 'Team Tuesday',
    status: 'draft',
    scheduledAt: '2027-06-08T14:00:00.000Z',
  });
  await page.goto(`${host.baseUrl}#/calendar/month/2027-06-09`);
  await page.getByRole('heading', { name: 'June 2027' }).waitFor();

  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.getByRole('heading', { name: /Jun 7 – 13, 2027/ }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/calendar/week/2027-06-09');

  await page.reload();
  await page.getByRole('heading', { name: /Jun 7 – 13, 2027/ }).waitFor();
  await page.locator('.rbc-time-view').waitFor();
  await page.locator('.rbc-event', { hasText: 'Team Tuesday' }).waitFor();

  await page.goBack();
  await page.getByRole('heading', { name: 'June 2027' }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/calendar/month/2027-06-09');
  await page.goForward();
  await page.getByRole('heading', { name: /Jun 7 – 13, 2027/ }).waitFor();

  // Another page by address, then Back to the calendar.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Staff' })
    .click();
  expect(new URL(page.url()).hash).toBe('#/staff');
  await page.reload();
  await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: /Jun 7 – 13, 2027/ }).waitFor();
  expect(problems).toEqual([]);
});

it('keeps a new notice from pushing out an Undo still on offer', async () => {
  const { page, host } = await newSession();
  await host.invoke('posts.create', { title: 'First idea' });
  await host.invoke('posts.create', { title: 'Second idea' });
  await page.reload();
  await page.locator('.backlog-item', { hasText: 'First idea' }).click();
  await page.getByRole('button', { name: /^Delete/ }).click();
  await page.getByText('“First idea” moved to the trash.').waitFor();
  // More news arrives while the Undo is still on offer.
  await page.getByLabel('New idea', { exact: true }).fill('Third idea');
  await page.getByLabel('New idea', { exact: true }).press('Enter');
  await page.locator('.backlog-item', { hasText: 'Second idea' }).click();
  await page.getByRole('button', { name: /^Delete/ }).click();
  await page.getByText('“Second idea” moved to the trash.').waitFor();
  // Both Undos are still there; the first one brings its post back.
  expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(2);
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await page.locator('.backlog-item', { hasText: 'First idea' }).waitFor();
});
