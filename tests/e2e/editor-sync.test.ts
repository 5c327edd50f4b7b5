// Two windows on one planner merge by field; a stray click on a day leaves nothing behind; a
// date far from today is saved once confirmed.
import * as clock from '../../shared/clock';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Post } from '../../shared/contract';
import { accessibilityViolations, screenshot, useBrowser, type Session } from './support/session';

const newSession = useBrowser();

async function getPost(session: Session, id: string): Promise<Post> {
  return ((await session.host.invoke('posts.get', { id })) as { data: Post }).data;
}

async function allPosts(session: Session): Promise<Post[]> {
  const range = (await session.host.invoke('posts.listRange', {
    from: clock.nowIn('UTC').minus({ days: 90 }).toISO()!,
    to: clock.nowIn('UTC').plus({ days: 90 }).toISO()!,
  })) as { data: Post[] };
  const backlog = (await session.host.invoke('posts.backlog', {})) as { data: Post[] };
  return [...range.data, ...backlog.data];
}

async function openIdeaIn(page: Page, title: string) {
  await page.locator('.backlog-item', { hasText: title }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.waitFor();
  return editor;
}

/** The same idea open in two tabs of one browser, on one host. */
async function twoWindows(session: Session, title: string, notes = '') {
  const made = (await session.host.invoke('posts.create', { title, notes })) as { data: Post };
  await session.page.reload();
  const other = await session.page.context().newPage();
  await other.goto(session.host.url);
  const mine = await openIdeaIn(session.page, title);
  const theirs = await openIdeaIn(other, title);
  return { id: made.data.id, mine, theirs, other };
}

it('keeps both when another window changed the status and this one typed a note', async () => {
  const session = await newSession();
  const { page } = session;
  const { id, mine, theirs } = await twoWindows(session, 'Spa day');
  await theirs.getByLabel('Status').selectOption('approved');
  await theirs.getByText('All changes saved').waitFor();
  await expect.poll(async () => (await getPost(session, id)).status).toBe('approved');

  await mine.getByLabel('Notes').click();
  await page.keyboard.type('Bring the new robes.');
  // The first save meets the newer version (409), merges it, and saves again.
  await expect
    .poll(
      async () => {
        const post = await getPost(session, id);
        return [post.status, post.notes];
      },
      { timeout: 5000 },
    )
    .toEqual(['approved', 'Bring the new robes.']);
  await mine.getByText('All changes saved').waitFor();
  expect(await mine.getByLabel('Status').inputValue()).toBe('approved');
  expect(await mine.getByRole('region', { name: 'Changed in another window too' }).count()).toBe(0);
  // The browser logs the 409 answer that started the merge; nothing else went wrong.
  expect(session.problems.filter((p) => !p.includes('409 (Conflict)'))).toEqual([]);
});

it('asks which notes to keep when both windows changed them, showing both', async () => {
  const session = await newSession();
  const { page } = session;
  const { id, mine, theirs, other } = await twoWindows(session, 'Open day', 'Balloons.');
  await theirs.getByLabel('Notes').click();
  await other.keyboard.press('End');
  await other.keyboard.type(' Theirs.');
  await theirs.getByText('All changes saved').waitFor();

  await mine.getByLabel('Notes').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Mine.');
  const question = mine.getByRole('region', { name: 'Changed in another window too' });
  await question.waitFor();
  await question.getByText('Balloons. Mine.').waitFor();
  await question.getByText('Balloons. Theirs.').waitFor();
  expect((await getPost(session, id)).notes).toBe('Balloons. Theirs.');
  await screenshot(page, 'editor-conflict-1280x720');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'editor-conflict-1280x720-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await question.getByRole('button', { name: /Keep yours/ }).click();
  await expect
    .poll(async () => (await getPost(session, id)).notes, { timeout: 5000 })
    .toBe('Balloons. Mine.');
  expect(await question.count()).toBe(0);
});

it('leaves nothing behind after stray clicks on empty days; typing creates one post', async () => {
  const session = await newSession();
  const { page } = session;
  await page.getByRole('button', { name: 'Show the empty calendar' }).click();
  await page.locator('.rbc-month-view').waitFor();
  const month = clock.nowIn().plus({ months: 1 });
  await page.getByRole('button', { name: 'Next month' }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });

  // A click, Escape; a click on another day, then another: no "New post" anywhere.
  await page
    .locator(`.rbc-month-view [data-date="${month.set({ day: 10 }).toISODate()}"]`)
    .click({ force: true });
  await editor.waitFor();
  await editor.getByText('New post: saved once you type').waitFor();
  await screenshot(page, 'editor-new-post-1280x720');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.count()).toBe(0);
  for (const day of [12, 14]) {
    await page
      .locator(`.rbc-month-view [data-date="${month.set({ day }).toISODate()}"]`)
      .click({ force: true });
    await editor.waitFor();
  }
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => editor.count()).toBe(0);
  await page.waitForTimeout(1000);
  expect(await allPosts(session)).toEqual([]);
  expect(await page.locator('.rbc-event').count()).toBe(0);

  // Typing makes it real, once; the editor goes on with the saved post.
  await page
    .locator(`.rbc-month-view [data-date="${month.set({ day: 16 }).toISODate()}"]`)
    .click({ force: true });
  await page.keyboard.type('Team photo day');
  await editor.getByText('All changes saved').waitFor();
  await editor.getByLabel('Notes').click();
  await page.keyboard.type('Smile!');
  await editor.getByText('All changes saved').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.rbc-event', { hasText: 'Team photo day' }).waitFor();
  const posts = await allPosts(session);
  expect(posts.map((p) => [p.title, p.notes])).toEqual([['Team photo day', 'Smile!']]);
  expect(DateTime.fromISO(posts[0]!.scheduledAt!).setZone('local').toISODate()).toBe(
    month.set({ day: 16 }).toISODate(),
  );
  expect(session.problems).toEqual([]);
});

it('saves a date more than a year ahead only once it is confirmed', async () => {
  const session = await newSession();
  const { page } = session;
  const made = (await session.host.invoke('posts.create', { title: 'Anniversary' })) as {
    data: Post;
  };
  await page.reload();
  const editor = await openIdeaIn(page, 'Anniversary');
  const far = clock.nowIn().plus({ years: 2 }).toISODate()!;
  await editor.getByLabel('Date').fill(far);
  const question = editor.getByRole('group', { name: /more than a year from now/ });
  await question.waitFor();
  await page.waitForTimeout(1200);
  expect((await getPost(session, made.data.id)).scheduledAt).toBeNull();
  await screenshot(page, 'editor-date-confirm-1280x720');
  expect(await accessibilityViolations(page)).toEqual([]);
  await question.getByRole('button', { name: 'Yes, use this date' }).click();
  await expect
    .poll(async () => (await getPost(session, made.data.id)).scheduledAt?.slice(0, 4), {
      timeout: 5000,
    })
    .toBe(far.slice(0, 4));
  expect(await question.count()).toBe(0);

  // A date in the past asks too; "Put the date back" restores the saved one.
  const past = clock.nowIn().minus({ days: 3 }).toISODate()!;
  await editor.getByLabel('Date').fill(past);
  const pastQuestion = editor.getByRole('group', { name: /is in the past/ });
  await pastQuestion.getByRole('button', { name: 'Put the date back' }).click();
  expect(await editor.getByLabel('Date').inputValue()).toBe(far);
  expect(session.problems).toEqual([]);
});
