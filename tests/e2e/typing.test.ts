// Nothing typed is ever lost: text typed a moment before a reload, a closed tab or a move to
// another page of the app is saved; when it cannot be (the host is down), the page asks first.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Post } from '../../shared/contract';
import {
  accessibilityViolations,
  expectReloadAsked,
  screenshot,
  useBrowser,
  type Session,
} from './support/session';

const newSession = useBrowser();

async function notesOf(session: Session, id: string): Promise<string> {
  const answer = (await session.host.invoke('posts.get', { id })) as { ok: boolean; data: Post };
  return answer.data.notes;
}

/** An idea made through the API and opened in the editor; returns its id and the Notes box. */
async function openIdea(session: Session, title: string, notes = '') {
  const { page, host } = session;
  const made = (await host.invoke('posts.create', { title, notes })) as { data: Post };
  await page.reload();
  await page.locator('.backlog-item', { hasText: title }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.waitFor();
  return { id: made.data.id, editor, notes: editor.getByLabel('Notes') };
}

async function typeAtEnd(page: Page, text: string) {
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

it('keeps a sentence typed in Notes right before a reload', async () => {
  const session = await newSession();
  const { page } = session;
  const { id, notes } = await openIdea(session, 'Spa day');
  await notes.click();
  await page.keyboard.type('Bring the new robes for the photos.');
  await page.reload();
  expect(await notesOf(session, id)).toBe('Bring the new robes for the photos.');
  // Twice in a row, as seen.
  await page.locator('.backlog-item', { hasText: 'Spa day' }).click();
  await notes.click();
  await typeAtEnd(page, ' Ask Mia first.');
  await page.reload();
  expect(await notesOf(session, id)).toBe('Bring the new robes for the photos. Ask Mia first.');
  await page.locator('.backlog-item', { hasText: 'Spa day' }).click();
  expect(await notes.inputValue()).toBe('Bring the new robes for the photos. Ask Mia first.');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.problems).toEqual([]);
});

it('keeps " Third." typed a moment before the tab closes', async () => {
  const session = await newSession();
  const { page } = session;
  const { id, notes } = await openIdea(session, 'Thank-you cards', 'First. Second.');
  await notes.click();
  await typeAtEnd(page, ' Third.');
  await page.waitForTimeout(100);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => notesOf(session, id)).toBe('First. Second. Third.');
  // Reopened, the page shows it.
  const again = await page.context().newPage();
  await again.goto(session.host.url);
  await again.locator('.backlog-item', { hasText: 'Thank-you cards' }).click();
  expect(await again.getByLabel('Notes').inputValue()).toBe('First. Second. Third.');
});

it('keeps what was typed when another page of the app is opened at once', async () => {
  const session = await newSession();
  const { page } = session;
  const { id, notes } = await openIdea(session, 'Laser clinic open day');
  await notes.click();
  await page.keyboard.type('Balloons at the door.');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Staff' })
    .click();
  await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
  await expect.poll(() => notesOf(session, id)).toBe('Balloons at the door.');
  expect(session.problems).toEqual([]);
});

it('asks before leaving when the host is down and a change is not saved', async () => {
  const session = await newSession();
  const { page, host } = session;
  const { editor, notes } = await openIdea(session, 'Holiday raffle');
  await host.stop();
  await notes.click();
  await page.keyboard.type('Prizes from the spa.');
  await editor.getByText(/Not saved/).waitFor();
  await expectReloadAsked(page);
  // Staying keeps the text on screen.
  expect(await notes.inputValue()).toBe('Prizes from the spa.');
});

it('keeps a practice name typed in Settings right before a reload', async () => {
  const session = await newSession();
  const { page, host } = session;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Practice name').fill('Lumen Aesthetics');
  await page.reload();
  const stored = (await host.invoke('settings.get', {})) as { data: { practiceName: string } };
  expect(stored.data.practiceName).toBe('Lumen Aesthetics');
  expect(session.problems).toEqual([]);
});

it('saves on its own at 1920×1080, light and dark', async () => {
  const session = await newSession({ width: 1920, height: 1080 });
  const { page } = session;
  const { notes } = await openIdea(session, 'Wide screen');
  await notes.click();
  await page.keyboard.type('Shown on the projector.');
  await page.getByText('All changes saved').waitFor();
  await screenshot(page, 'editor-saved-1920x1080');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'editor-saved-1920x1080-dark');
  expect(await accessibilityViolations(page)).toEqual([]);
});
