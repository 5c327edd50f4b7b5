// Issue 11's "Done when" path, as a new user would go: a photo with GPS in its EXIF on a
// patient-story post, which cannot be approved; a consent added (a full name refused); the post
// approved; a clean copy saved and read back (no EXIF, no GPS); the consent revoked and the post
// back in draft with the flag. Every request the page makes stays on 127.0.0.1.
import * as clock from '../../shared/clock';
import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Post } from '../../shared/contract';
import type { TestHost } from './support/host';
import { accessibilityViolations, screenshot, useBrowser } from './support/session';

const newSession = useBrowser();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

function gpsPhoto() {
  return sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#d9a38f' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PracticePhone', Artist: 'Front desk' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '40/1 44/1 5400/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '73/1 59/1 0/1',
      },
    })
    .toBuffer();
}

it('gates a patient photo on consent, hands out a clean copy, and pulls the post back on revocation', async () => {
  const session = await newSession({ width: 1280, height: 720 });
  const { page, host } = session;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();

  // A patient-story idea with Instagram feed.
  await page.getByLabel('New idea', { exact: true }).fill('Her story, her words');
  await page.getByLabel('New idea', { exact: true }).press('Enter');
  await page.locator('.backlog-item', { hasText: 'Her story, her words' }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByLabel('Category').selectOption('patient_story');
  await editor.getByRole('checkbox', { name: 'Instagram feed' }).check();

  // The photo, chosen with the file picker.
  const photo = await gpsPhoto();
  expect((await exifr.gps(photo))?.latitude).toBeCloseTo(40.748, 2);
  await editor
    .getByLabel('Choose photos or videos')
    .setInputFiles({ name: 'after-treatment.jpg', mimeType: 'image/jpeg', buffer: photo });
  await editor.getByText('Location inside').waitFor();
  // (Saved at once to the library item; the box follows the saved state.)
  await editor.getByRole('checkbox', { name: 'Shows a patient' }).click();
  await editor.getByLabel('Consent for this photo').waitFor();
  await editor.getByLabel('Alt text for after-treatment.jpg').fill('A woman smiling in the clinic');
  await editor.getByLabel('Alt text for after-treatment.jpg').blur();

  // The gate shows before anyone tries, then refuses the approval.
  await editor.getByText('Cannot be approved yet.').waitFor();
  await editor.getByText('the patient story needs a linked consent').waitFor();
  await editor.getByText('photo "after-treatment.jpg" needs a linked consent').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'media-editor-gate-1280x720');
  await editor.getByLabel('Status').selectOption('approved');
  await editor.locator('.field-error', { hasText: 'Needs patient consent first' }).waitFor();
  const [refused] = await postsNamed(host, 'Her story, her words');
  expect(refused!.status).not.toBe('approved');
  await editor.getByLabel('Status').selectOption('draft');
  await editor.getByRole('button', { name: /^Close/ }).click();

  // A consent: a full name is refused with the reason; a chart number is taken.
  await nav(page, 'Consents').click();
  await page.getByRole('button', { name: 'Add a consent' }).click();
  const form = page.getByRole('form', { name: 'Add a consent' });
  const today = clock.nowIn();
  await form.getByLabel(/^Patient reference/).fill('Maria Lopez');
  await form.getByRole('checkbox', { name: 'photos' }).check();
  await form.getByRole('checkbox', { name: 'testimonial' }).check();
  await form.getByLabel(/^Signed on/).fill(today.minus({ days: 10 }).toISODate()!);
  await form.getByLabel(/^Expires on/).fill(today.plus({ years: 1 }).toISODate()!);
  await form.getByLabel('Where the signed form is kept').fill('Binder 2, tab 7');
  await form.getByRole('button', { name: 'Add consent' }).click();
  await form.getByText(/Looks like a full name/).waitFor();
  await form.getByLabel(/^Patient reference/).fill('4411');
  await form.getByRole('button', { name: 'Add consent' }).click();
  await page.locator('.consent-card', { hasText: '4411' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'consents-1280x720');

  // Linked to the post and the photo; now it can be approved.
  await nav(page, 'Calendar').click();
  await page.locator('.backlog-item', { hasText: 'Her story, her words' }).click();
  await editor.getByRole('checkbox', { name: /^4411: photos, testimonial/ }).click();
  await expect
    .poll(async () => (await postsNamed(host, 'Her story, her words'))[0]?.consentIds.length)
    .toBe(1);
  await editor
    .getByLabel('Consent for this photo')
    .selectOption({ label: `4411 (signed ${today.minus({ days: 10 }).toISODate()!})` });
  await editor.getByText('Consent in place: this post can be approved.').waitFor();
  await editor.getByLabel('Status').selectOption('approved');
  await expect
    .poll(async () => (await postsNamed(host, 'Her story, her words'))[0]?.status)
    .toBe('approved');
  await screenshot(page, 'media-editor-approved-1280x720');
  await editor.getByRole('button', { name: /^Close/ }).click();

  // A clean copy from the media page: no EXIF, no GPS, read back from the saved file.
  await nav(page, 'Media').click();
  const card = page.locator('.media-card', { hasText: 'after-treatment.jpg' });
  await card.getByText('Her story, her words').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'media-page-1280x720');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Save a clean copy' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('after-treatment.jpg');
  const saved = readFileSync((await download.path())!);
  const meta = await sharp(saved).metadata();
  expect(meta).toMatchObject({ format: 'jpeg', width: 1080, height: 1350 });
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(await exifr.gps(saved)).toBeUndefined();
  expect(await exifr.parse(saved)).toBeUndefined();

  // Revoked today: the post is back in draft, flagged.
  await nav(page, 'Consents').click();
  const consentCard = page.locator('.consent-card', { hasText: '4411' });
  await consentCard.getByRole('button', { name: 'Revoke…' }).click();
  await consentCard.getByLabel('Note').fill('Asked us to stop by phone');
  await consentCard.getByRole('button', { name: 'Revoke', exact: true }).click();
  await consentCard.getByText('Revoked', { exact: true }).waitFor();
  await page.getByText(/1 post back to draft/).waitFor();
  const [pulled] = await postsNamed(host, 'Her story, her words');
  expect(pulled).toMatchObject({ status: 'draft', consentFlag: 'revoked' });
  await nav(page, 'Calendar').click();
  await page.locator('.backlog-item', { hasText: 'Her story, her words' }).click();
  await editor.getByText('Consent revoked:').waitFor();
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'media-editor-revoked-dark-1280x720');
  expect(await accessibilityViolations(page)).toEqual([]);

  // No network, ever: every request went to this host (or stayed in the page).
  expect(requests.length).toBeGreaterThan(10);
  const outside = requests.filter(
    (url) => !url.startsWith(host.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(outside).toEqual([]);
  expect(session.problems.filter((p) => !p.includes('400'))).toEqual([]);
  expect(host.serverErrors).toEqual([]);
}, 120_000);

async function postsNamed(host: TestHost, title: string): Promise<Post[]> {
  const backlog = (await host.invoke('posts.backlog', {})) as { data: Post[] };
  return backlog.data.filter((p) => p.title === title);
}
