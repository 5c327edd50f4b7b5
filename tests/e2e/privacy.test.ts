// "Never a name" in the post editor, as a person meets it: an idea that names the patient
// becomes a patient story and the editor warns, with the reason, among its other banners;
// initials instead of the name and the warning goes. Screenshots light and dark; axe clean.
import { expect, it } from 'vitest';
import { accessibilityViolations, screenshot, useBrowser } from './support/session';

const newSession = useBrowser();

it('warns in the editor when a patient story’s title names the patient', async () => {
  const { page, problems } = await newSession({ width: 1280, height: 720 });
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByLabel('New idea', { exact: true }).fill("Patient story: Jane's journey");
  await page.getByLabel('New idea', { exact: true }).press('Enter');
  await page.locator('.backlog-item', { hasText: "Jane's journey" }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  const warning = editor.locator('.privacy-warning');
  await editor.getByLabel('Category').waitFor();
  expect(await warning.count()).toBe(0);

  await editor.getByLabel('Category').selectOption('patient_story');
  await warning.getByText('The title seems to name someone: “Jane”.').waitFor();
  expect(await warning.textContent()).toContain('A patient story never names the patient');
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'editor-privacy-warning-1280x720-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'editor-privacy-warning-1280x720-dark');
  expect(await accessibilityViolations(page)).toEqual([]);

  await editor.getByRole('textbox', { name: /^Title/ }).fill('Patient story: J.D., six weeks on');
  await warning.waitFor({ state: 'detached' });
  expect(problems).toEqual([]);
});
