// Every page of the app with the sample month loaded, as a new user would look around: at
// 1280×720 (the projector) and 1920×1080, in light and dark, each checked with axe and kept as
// a screenshot to look at.
import { expect, it } from 'vitest';
import { PAGES } from '../../renderer/pages';
import { accessibilityViolations, screenshot, useBrowser } from './support/session';

const newSession = useBrowser();

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  it(`shows every page readably at ${viewport.width}×${viewport.height}, light and dark`, async () => {
    const session = await newSession(viewport);
    const { page } = session;
    await page.getByRole('button', { name: 'Load a sample month' }).click();
    await page.getByText(/Loaded a sample month/).waitFor();
    await screenshot(page, `tour-after-sample-${viewport.width}`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const { id, label } of PAGES) {
      await nav.getByRole('button', { name: label, exact: true }).click();
      await page.locator('main h1:visible').first().waitFor();
      await page.getByText('Loading your planner…').waitFor({ state: 'detached' });
      // Nothing scrolls sideways.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        `${id} scrolls sideways`,
      ).toBe(true);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await screenshot(page, `tour-${id}-${viewport.width}x${viewport.height}-${scheme}`);
        expect(await accessibilityViolations(page), `${id}, ${scheme}`).toEqual([]);
      }
      // The meeting is a presentation without the app's header: Escape leaves it.
      if (id === 'meeting') {
        await page.keyboard.press('Escape');
        await nav.waitFor();
      }
    }
    expect(session.problems).toEqual([]);
  });
}
