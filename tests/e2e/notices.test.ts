// Notices stack in a strip of their own under the page: however many there are, they never
// cover the page they talk about (here: the editor whose Copy buttons made them). Sizes in
// CSS pixels; "cramped" is 1100 × 660 or less.
import { expect, it } from 'vitest';
import { EVERY_SIZE, lookAtEverySize, useBrowser } from './support/session';

const newSession = useBrowser();

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

it('stacks notices where they cover nothing of the page', async () => {
  const session = await newSession();
  const { page, host } = session;
  await host.invoke('posts.create', {
    title: 'Meet our new nurse',
    caption: 'Say hello to Ana!',
    platforms: ['instagram_feed', 'facebook', 'x'],
  });
  await page.reload();
  await page.locator('.backlog-item', { hasText: 'Meet our new nurse' }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  for (const label of ['Instagram feed', 'Facebook', 'X']) {
    await editor.getByRole('button', { name: `Copy the ${label} caption` }).click();
  }
  const notices = page.locator('.notice');
  await expect.poll(() => notices.count()).toBe(3);

  // Every notice shown lies outside the page; a cramped window shows only the newest.
  const shown = page.locator('.notice:visible');
  const check = async () => {
    const main = (await page.locator('.app-main').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(await shown.count()).toBe(viewport.width <= 1100 || viewport.height <= 660 ? 1 : 3);
    await shown.last().getByText('Copied the X caption').waitFor();
    for (const notice of await shown.all()) {
      expect(overlaps((await notice.boundingBox())!, main)).toBe(false);
    }
  };
  // Focus in the strip: none leaves while someone may be about to act on it.
  await notices.last().getByRole('button', { name: 'Dismiss message' }).focus();
  await lookAtEverySize(page, 'notices-stacked', check, EVERY_SIZE);
  await page.waitForTimeout(4500);
  expect(await notices.count()).toBe(3);
  // Once the focus leaves, they do too.
  await page.mouse.move(5, 5);
  await editor.getByRole('button', { name: 'Close' }).focus();
  await expect.poll(() => notices.count(), { timeout: 8000 }).toBe(0);
  expect(session.problems).toEqual([]);
}, 180_000);
