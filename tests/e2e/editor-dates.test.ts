// The editor's date field in real Chromium, typed by keyboard: 31 February is no date, so the
// post keeps its day on the calendar and the field says why; only "Move to backlog" takes the
// date away (with Undo).
import { expect, it } from 'vitest';
import * as clock from '../../shared/clock';
import type { Post } from '../../shared/contract';
import {
  accessibilityViolations,
  EVERY_SIZE,
  lookAtEverySize,
  useBrowser,
  type Session,
} from './support/session';

const newSession = useBrowser();

/** A post at 10:00 (practice time) six days from now, and the calendar month that shows it. */
async function datedPost(session: Session, title: string) {
  const settings = (await session.host.invoke('settings.get', {})) as {
    data: { timezone: string };
  };
  const zone = settings.data.timezone;
  const day = clock.nowIn(zone).plus({ days: 6 }).set({ hour: 10, minute: 0 });
  const at = day.startOf('minute').toUTC().toISO()!;
  const made = (await session.host.invoke('posts.create', { title, scheduledAt: at })) as {
    data: Post;
  };
  await session.page.goto(`${session.host.baseUrl}#/calendar/month/${day.toISODate()}`);
  await session.page.reload(); // the month on screen was loaded before the post was made
  const chip = session.page.locator('.rbc-event', { hasText: title });
  await chip.waitFor();
  return { id: made.data.id, at, day, chip };
}

const storedAt = async (session: Session, id: string) =>
  ((await session.host.invoke('posts.get', { id })) as { data: Post }).data.scheduledAt;

it('keeps the post on its day when 31 February is typed, and says why', async () => {
  const session = await newSession();
  const { page } = session;
  const { id, at, day, chip } = await datedPost(session, 'Staff breakfast');
  await chip.click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  const date = editor.getByLabel('Date');
  await date.waitFor();
  // Chromium's date field takes month, day and year in turn (en-US): 02, 31, then the year.
  await date.focus();
  await page.keyboard.type(`0231${day.year}`);
  const problem = editor.getByText(/That is not a date/);
  await problem.waitFor();
  expect(await problem.textContent()).toContain(`stays on ${day.toFormat('cccc, LLLL d, yyyy')}`);
  expect(await date.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
  expect(await editor.getByText('All changes saved').count()).toBe(0);
  expect(await editor.getByText('No date: this post waits in the backlog.').count()).toBe(0);
  await lookAtEverySize(
    page,
    'editor-date-error',
    () => problem.scrollIntoViewIfNeeded(),
    EVERY_SIZE,
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });

  // Nothing saved the blank: after a reload the post is still on its day.
  await page.waitForTimeout(1500);
  expect(await storedAt(session, id)).toBe(at);
  await page.reload();
  await page.locator('.rbc-event', { hasText: 'Staff breakfast' }).waitFor();
  expect(session.problems).toEqual([]);
}, 180_000);

it('moves the post to the backlog only with Move to backlog, and Undo puts it back', async () => {
  const session = await newSession();
  const { page } = session;
  const { id, at, chip } = await datedPost(session, 'Laser open day');
  await chip.click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByRole('button', { name: 'Move to backlog' }).click();
  await expect.poll(() => storedAt(session, id)).toBeNull();
  await expect.poll(() => chip.count()).toBe(0);
  const notice = page.getByText('“Laser open day” moved to the backlog.');
  await notice.waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => storedAt(session, id)).toBe(at);
  await chip.waitFor();
  expect(await editor.getByLabel('Date').inputValue()).not.toBe('');
  expect(session.problems).toEqual([]);
});
