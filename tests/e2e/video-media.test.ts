// Videos leave as cleanly as photos, checked on the built browser host (out/electron, as
// `npm run start:browser` runs it: ffmpeg found outside the bundle): a phone video added on the
// Media page shows its poster frame and "Location inside"; the clean copy saved from it has no
// tag left and the very same streams; the editor shows the poster too.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { allTags, makeVideo, phoneWordsIn, probe, streamHashes } from '../unit/helpers/video';
import { launchBrowser } from './support/chromium';
import { REPO_ROOT } from './support/host';
import { accessibilityViolations, screenshot } from './support/session';

const dir = mkdtempSync(join(tmpdir(), 'rapport-video-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts out/electron/browser-host.cjs on a new planner; resolves with its page address. */
function startBuiltHost(token: string): Promise<{ url: string; host: ChildProcess }> {
  const host = spawn(
    process.execPath,
    [join(REPO_ROOT, 'out', 'electron', 'browser-host.cjs'), '--db', join(dir, 'rapport.db')],
    { env: { ...process.env, RAPPORT_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let said = '';
    host.stdout!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /Rapport is running at (\S+)/.exec(said);
      if (found) resolve({ url: found[1]!, host });
    });
    host.stderr!.on('data', (chunk: Buffer) => (said += chunk.toString()));
    host.once('exit', (code) => reject(new Error(`The host stopped (${code}): ${said}`)));
  });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

/** The media page at every size the house looks at, light and dark, axe-checked. */
async function lookAtTheMediaPage(browser: Browser, url: string) {
  for (const zoom of [1, 1.5]) {
    const context = await browser.newContext({ deviceScaleFactor: zoom, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(url);
    await nav(page, 'Media').click();
    const sizes =
      zoom === 1
        ? ([
            [1024, 640],
            [1280, 720],
            [1440, 900],
            [1920, 1080],
          ] as const)
        : ([[1280, 720]] as const);
    for (const [width, height] of sizes) {
      await page.setViewportSize({
        width: Math.round(width / zoom),
        height: Math.round(height / zoom),
      });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const card = page.locator('.media-card', { hasText: 'Smile clinic.mov' });
        await card.getByRole('img', { name: 'Smile clinic.mov (video)' }).waitFor();
        await card.scrollIntoViewIfNeeded();
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(
          page,
          `media-video-${width}x${height}${zoom === 1 ? '' : '-150'}-${scheme}`,
        );
      }
    }
    await context.close();
  }
}

it('takes in a phone video with a poster frame and hands out a copy without its tags', async () => {
  const original = join(dir, 'Smile clinic.mov');
  copyFileSync(await makeVideo(dir, 'mov', { seconds: 3, width: 640, height: 360 }), original);
  const token = randomBytes(24).toString('base64url');
  const { url, host } = await startBuiltHost(token);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
    await nav(page, 'Media').click();
    await page.getByLabel('Add photos or videos').setInputFiles(original);
    const card = page.locator('.media-card', { hasText: 'Smile clinic.mov' });
    const poster = card.getByRole('img', { name: 'Smile clinic.mov (video)' });
    await poster.waitFor();
    // The poster is the frame itself, upright, at the preview's size.
    const box = await poster.evaluate((img: HTMLImageElement) => [
      img.naturalWidth,
      img.naturalHeight,
    ]);
    expect(box).toEqual([320, 180]);
    await card.getByText('Location inside').waitFor();
    await card.getByText('0:03').waitFor();

    // The clean copy, saved as the page saves it, read back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Save a clean copy' }).click(),
    ]);
    const saved = (await download.path())!;
    expect(download.suggestedFilename()).toBe('Smile clinic.mov');
    await page
      .getByText('Saved a clean copy: Smile clinic.mov (no location, date or device data).')
      .waitFor();
    const [before, after] = [await probe(original), await probe(saved)];
    expect(Object.keys(allTags(before))).toEqual(expect.arrayContaining(['location', 'model']));
    expect(Object.keys(allTags(after)).sort()).toEqual([
      'compatible_brands',
      'handler_name',
      'language',
      'major_brand',
      'minor_version',
      'vendor_id',
    ]);
    expect(phoneWordsIn(saved)).toEqual([]);
    expect(await streamHashes(saved)).toEqual(await streamHashes(original));

    // The editor shows the poster as well.
    await nav(page, 'Calendar').click();
    await page.getByLabel('New idea', { exact: true }).fill('Smile clinic tour');
    await page.getByLabel('New idea', { exact: true }).press('Enter');
    await page.locator('.backlog-item', { hasText: 'Smile clinic tour' }).click();
    const editor = page.getByRole('complementary', { name: 'Edit post' });
    await editor.getByLabel('Choose photos or videos').setInputFiles(original);
    await editor.getByRole('img', { name: 'Smile clinic.mov (video)' }).scrollIntoViewIfNeeded();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'media-video-editor-1280x720');
    expect(problems).toEqual([]);
    await context.close();
    await lookAtTheMediaPage(browser, url);
  } finally {
    await browser.close();
    host.kill('SIGTERM');
  }
}, 240_000);
