// Issue 3's end-to-end path, as a new user would go: an empty planner, two staff members, an
// idea dragged onto a Thursday, owner/platforms/caption set in the editor, a reload that keeps
// everything, a post dragged to another day, delete and undo. Screenshots go to test-results/.
import * as clock from '../../shared/clock';
import { DateTime } from 'luxon';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Post } from '../../shared/contract';
import { accessibilityViolations, screenshot, useBrowser, type Session } from './support/session';

const newSession = useBrowser();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

async function postsNamed(session: Session, title: string): Promise<Post[]> {
  const month = await session.host.invoke('posts.listRange', {
    from: clock.nowIn('UTC').minus({ days: 70 }).toISO()!,
    to: clock.nowIn('UTC').plus({ days: 70 }).toISO()!,
  });
  const backlog = await session.host.invoke('posts.backlog', {});
  const all = [
    ...((month as { data: Post[] }).data ?? []),
    ...((backlog as { data: Post[] }).data ?? []),
  ];
  return all.filter((p) => p.title === title);
}

/** A Thursday in the second week row of the month grid (always inside the month shown). */
async function thursdayCell(page: Page): Promise<{ date: string; cell: Locator }> {
  const dates = await page
    .locator('.rbc-month-row')
    .nth(1)
    .locator('[data-date]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date')!));
  const date = dates.find((d) => DateTime.fromISO(d).weekday === 4)!;
  return { date, cell: page.locator(`.rbc-month-view [data-date="${date}"]`) };
}

/** react-big-calendar moves events with mouse events, not HTML drag: move in small steps. */
async function mouseDrag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      a.x + a.width / 2 + ((b.x + b.width / 2 - (a.x + a.width / 2)) * i) / steps,
      a.y + a.height / 2 + ((b.y + b.height * 0.75 - (a.y + a.height / 2)) * i) / steps,
    );
  }
  await page.mouse.up();
}

it('plans a month as a new user would, and keeps everything on reload', async () => {
  const session = await newSession();
  const { page } = session;

  // A friendly empty state on an empty database; we load nothing.
  await page.getByRole('button', { name: 'Load a sample month' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'first-run-1280x720');

  // Two staff members.
  await nav(page, 'Staff').click();
  const team: [string, string][] = [
    ['Maria Ruiz', 'Nurse injector'],
    ['Sam Lee', 'Front desk'],
  ];
  for (const [name, role] of team) {
    await page.getByLabel(/^Name/).first().fill(name);
    await page.getByLabel('Role').first().fill(role);
    await page.getByRole('button', { name: 'Add to team' }).click();
    await page.getByRole('heading', { name }).waitFor();
  }
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'staff-1280x720');

  // An idea, by quick-add.
  await nav(page, 'Calendar').click();
  await page.getByLabel('New idea', { exact: true }).fill('Coffee run with the front desk');
  await page.getByLabel('New idea', { exact: true }).press('Enter');
  const idea = page.locator('.backlog-item', { hasText: 'Coffee run with the front desk' });
  await idea.waitFor();

  // Dragged onto a Thursday of next month (all of it is still ahead, so nothing shows missed).
  await page.getByRole('button', { name: 'Next month' }).click();
  const thursday = await thursdayCell(page);
  // (force: the month grid's event layer lies over the day cells; the drop lands on the day.)
  await idea.dragTo(thursday.cell, { force: true });
  const chip = page.locator('.rbc-event', { hasText: 'Coffee run with the front desk' });
  await chip.waitFor();
  await expect
    .poll(async () => (await postsNamed(session, 'Coffee run with the front desk'))[0]?.scheduledAt)
    .toBeTruthy();
  const [scheduled] = await postsNamed(session, 'Coffee run with the front desk');
  const zone = ((await session.host.invoke('settings.get', {})) as { data: { timezone: string } })
    .data.timezone;
  expect(DateTime.fromISO(scheduled!.scheduledAt!, { zone }).toISODate()).toBe(thursday.date);
  expect(await idea.count()).toBe(0);

  // Opened, with owner, platforms and a caption longer than X allows.
  await chip.click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.waitFor();
  await editor.getByLabel('Owner').selectOption({ label: 'Maria Ruiz' });
  await editor.getByRole('checkbox', { name: 'Instagram feed' }).check();
  await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
  const caption =
    'Monday mornings start with a coffee run for the whole front desk team. ' +
    'Sam knows everyone’s order by heart, and Maria always brings the pastries. ' +
    'It is a small ritual, but it sets the tone for a week of welcoming you with a smile. ' +
    'What is your go-to coffee order? Tell us in the comments below!';
  expect(caption.length).toBeGreaterThan(280);
  await editor.getByLabel('Caption', { exact: true }).fill(caption);
  await editor.locator('.caption-check.over', { hasText: 'X' }).waitFor();
  expect(await editor.locator('.caption-check.over', { hasText: 'Instagram' }).count()).toBe(0);
  await editor.getByText('All changes saved').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'editor-1280x720');

  // Reload: everything is still there, on the month that was shown (the address keeps it).
  const monthShown = await page.locator('#calendar-title').textContent();
  await page.reload();
  await page.getByText('Loading your planner…').waitFor({ state: 'detached' });
  expect(await page.locator('#calendar-title').textContent()).toBe(monthShown);
  await chip.click();
  await editor.waitFor();
  expect(await editor.getByLabel('Owner').locator('option:checked').textContent()).toBe(
    'Maria Ruiz',
  );
  expect(await editor.getByRole('checkbox', { name: 'X', exact: true }).isChecked()).toBe(true);
  expect(await editor.getByLabel('Caption', { exact: true }).inputValue()).toBe(caption);
  await editor.getByRole('button', { name: /^Close/ }).click();
  await expect.poll(() => editor.count()).toBe(0);
  expect(await chip.locator('.owner-badge').textContent()).toBe('MR');

  // Dragged to the next day in the grid.
  const friday = DateTime.fromISO(thursday.date).plus({ days: 1 }).toISODate()!;
  await mouseDrag(page, chip, page.locator(`.rbc-month-view [data-date="${friday}"]`));
  await expect
    .poll(async () => {
      const [post] = await postsNamed(session, 'Coffee run with the front desk');
      return DateTime.fromISO(post!.scheduledAt!, { zone }).toISODate();
    })
    .toBe(friday);
  // Same time of day as before the move.
  const [moved] = await postsNamed(session, 'Coffee run with the front desk');
  expect(DateTime.fromISO(moved!.scheduledAt!, { zone }).toFormat('HH:mm')).toBe(
    DateTime.fromISO(scheduled!.scheduledAt!, { zone }).toFormat('HH:mm'),
  );

  await screenshot(page, 'month-1280x720');
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.locator('.rbc-time-view').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'week-1280x720');
  await page.getByRole('button', { name: 'Month', exact: true }).click();

  // Delete, then Undo.
  await chip.click();
  await editor.getByRole('button', { name: /^Delete/ }).click();
  await page.getByText('moved to the trash').waitFor();
  await expect.poll(() => chip.count()).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await chip.waitFor();
  expect((await postsNamed(session, 'Coffee run with the front desk')).length).toBe(1);

  expect(session.problems).toEqual([]);
  expect(session.host.serverErrors).toEqual([]);
});

it('reads well on a 1920×1080 screen with a sample month loaded', async () => {
  const session = await newSession({ width: 1920, height: 1080 });
  const { page } = session;
  await page.getByRole('button', { name: 'Load a sample month' }).click();
  await page.locator('.rbc-event').first().waitFor();
  // No horizontal scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
  await screenshot(page, 'month-sample-1920x1080');
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.locator('.rbc-time-view').waitFor();
  await screenshot(page, 'week-sample-1920x1080');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await screenshot(page, 'month-sample-1280x720');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.problems).toEqual([]);
});

it('works from the keyboard: N for a new idea, a click on an empty day, Tab and Enter to open', async () => {
  const session = await newSession();
  const { page } = session;
  await page.getByRole('button', { name: 'Show the empty calendar' }).click();
  await page.locator('.rbc-month-view').waitFor();

  // N (with the focus on nothing in particular) starts a new idea.
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('n');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quick-add-title');
  await page.keyboard.type('Staff bake-off');
  await page.keyboard.press('Enter');
  await page.locator('.backlog-item', { hasText: 'Staff bake-off' }).waitFor();

  // A click on an empty day creates a post there and opens it.
  await page.getByRole('button', { name: 'Next month' }).click();
  const month = clock.nowIn().plus({ months: 1 });
  const day = month.set({ day: 15 }).toISODate()!;
  await page.locator(`.rbc-month-view [data-date="${day}"]`).click({ force: true });
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.waitFor();
  const title = editor.getByLabel(/^Title/);
  await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
  await title.fill('Team photo day');
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.count()).toBe(0);
  const chip = page.locator('.rbc-event', { hasText: 'Team photo day' });
  await chip.waitFor();

  // The month grid is one tab stop: Tab reaches the focused day (the one just used), the next
  // Tab its post, Enter opens it.
  await page.getByRole('button', { name: 'List', exact: true }).focus();
  const active = () =>
    page.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      day: (document.activeElement as HTMLElement | null)?.dataset.day ?? null,
    }));
  let presses = 0;
  for (; presses < 10 && (await active()).day !== day; presses++) await page.keyboard.press('Tab');
  expect((await active()).day).toBe(day);
  await page.keyboard.press('Tab');
  expect((await active()).text).toContain('Team photo day');
  expect(presses + 1).toBeLessThan(10);
  await page.keyboard.press('Enter');
  await editor.waitFor();
  expect(await editor.getByLabel(/^Title/).inputValue()).toBe('Team photo day');
  // Escape gives the focus back to the chip that opened the editor.
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.count()).toBe(0);
  await expect.poll(async () => (await active()).text).toContain('Team photo day');

  // Page Down moves to the following month.
  await page.getByRole('button', { name: 'Month', exact: true }).focus();
  await page.keyboard.press('PageDown');
  await page
    .getByRole('heading', { name: month.plus({ months: 1 }).toFormat('LLLL yyyy') })
    .waitFor();
  expect(session.problems).toEqual([]);
});
