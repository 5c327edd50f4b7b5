// Issue 10's end-to-end path, as a new user would go: import a messy CSV of 20 ideas (a BOM,
// semicolons, one bad row: shown, nothing imported; fixed: all imported), export a month for
// Buffer (the days already past left out), as .ics and everything as JSON, back up, delete
// posts, restore, and find them back.
import * as clock from '../../shared/clock';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Post } from '../../shared/contract';
import { accessibilityViolations, screenshot, useBrowser, type Session } from './support/session';

const newSession = useBrowser();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

/** 20 ideas as European Excel saves them: BOM, `;`, CRLF, a quoted line break. */
function messyCsv(row7Category: string): Buffer {
  const lines = ['Idea;Type;Text;When;Who'];
  for (let i = 1; i <= 20; i++) {
    const type = i === 7 ? row7Category : i % 2 ? 'Staff spotlight' : 'Behind the scenes';
    const text = i === 3 ? '"Two lines;\r\nof ""caption"""' : `Caption number ${i}`;
    const day = String(i).padStart(2, '0');
    const when = i <= 15 ? `${day}.12.2026 10:00` : '';
    lines.push(`Idea ${i};${type};${text};${when};${i % 4 === 0 ? 'Ana Ruiz' : ''}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function allPosts(session: Session): Promise<Post[]> {
  const range = await session.host.invoke('posts.listRange', {
    from: '2026-11-01T00:00:00.000Z',
    to: '2027-02-01T00:00:00.000Z',
  });
  const backlog = await session.host.invoke('posts.backlog', {});
  return [...(range as { data: Post[] }).data, ...(backlog as { data: Post[] }).data];
}

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

it('imports a messy CSV, exports for Buffer and as .ics, backs up, restores', async () => {
  const session = await newSession();
  const { page, host } = session;
  await host.invoke('staff.create', { name: 'Ana Ruiz', role: 'Nurse' });
  await page.reload();
  await nav(page, 'Import & export').click();
  await page.getByRole('heading', { name: 'Import, export and backups' }).waitFor();

  // One bad row: shown with its problem, and nothing can be imported.
  const file = page.getByLabel('CSV file');
  await file.setInputFiles({
    name: 'ideas.csv',
    mimeType: 'text/csv',
    buffer: messyCsv('Giveaway'),
  });
  await page.getByText('1 row has a problem').waitFor();
  const bad = page.locator('.row-problem');
  expect(await bad.count()).toBe(1);
  expect(await bad.textContent()).toContain('Unknown category “Giveaway”');
  expect(await page.getByLabel('Title', { exact: false }).first().inputValue()).toBe('Idea');
  const importButton = page.getByRole('button', { name: 'Import 20 ideas' });
  expect(await importButton.isDisabled()).toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'handoff-import-problem-1280x720');
  expect(await allPosts(session)).toEqual([]);

  // Fixed: every row imports.
  await file.setInputFiles({
    name: 'ideas-fixed.csv',
    mimeType: 'text/csv',
    buffer: messyCsv('Team event'),
  });
  await page.getByText('20 ideas ready to import').waitFor();
  await importButton.click();
  await page.getByText('Imported 20 ideas from ideas-fixed.csv').waitFor();
  const imported = await allPosts(session);
  expect(imported).toHaveLength(20);
  expect(imported.find((p) => p.title === 'Idea 3')!.caption).toBe('Two lines;\r\nof "caption"');
  expect(imported.filter((p) => p.ownerId !== null)).toHaveLength(5);

  // The team approves the December posts for Facebook (in the editor; here through the API;
  // Instagram would need a photo on each).
  const dated = imported
    .filter((p) => p.scheduledAt !== null)
    .sort((a, b) => a.scheduledAt!.localeCompare(b.scheduledAt!));
  for (const post of dated) {
    await host.invoke('posts.update', {
      id: post.id,
      version: post.version,
      status: 'approved',
      platforms: ['facebook'],
    });
  }

  // A month for Buffer: the days already past are left out, and the screen says so first.
  const ahead = dated.filter((p) => p.scheduledAt! > clock.nowIso());
  const gone = dated.length - ahead.length;
  expect(ahead.length).toBeGreaterThan(0);
  await page.getByLabel('Month', { exact: true }).fill('2026-12');
  await page.getByLabel('Platform').selectOption('facebook');
  await page.getByText(`${ahead.length} posts would go into the file.`).waitFor();
  if (gone > 0) await page.getByText(`${gone} posts are left out, because…`).waitFor();
  const buffer = await download(page, () =>
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  );
  expect(buffer.name).toMatch(/^rapport-buffer-facebook-2026-12-01\.csv$/);
  const rows = Papa.parse<Record<string, string>>(buffer.text, { header: true });
  expect(rows.errors).toEqual([]);
  expect(rows.meta.fields).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time']);
  expect(rows.data.map((r) => r.Text)).toEqual(ahead.map((p) => p.caption));
  expect(rows.data[0]!['Posting Time']).toMatch(/^2026-12-\d\d 10:00$/);
  await page
    .getByText(`Saved 1 file with ${ahead.length} posts.`, { exact: false })
    .first()
    .waitFor();

  // The same month as a calendar file, read by a real iCalendar parser.
  await page.getByLabel('Export for').selectOption('ics');
  const ics = await download(page, () =>
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  );
  expect(ics.name).toBe('rapport-everyone-2026-12-01.ics');
  const events = new ICAL.Component(ICAL.parse(ics.text))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c));
  expect(events).toHaveLength(15);
  expect(events.find((e) => e.summary === 'Idea 4')!.description).toContain('Owner: Ana Ruiz');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Everything, as one JSON file the host writes a page of posts at a time.
  await page.getByLabel('Export for').selectOption('json');
  const plan = await download(page, () =>
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  );
  expect(plan.name).toMatch(/^rapport-plan-\d{4}-\d{2}-\d{2}\.json$/);
  const everything = JSON.parse(plan.text) as { format: string; posts: Post[]; staff: unknown[] };
  expect(everything.format).toBe('rapport-plan');
  expect(everything.posts.map((p) => p.title).sort()).toEqual(imported.map((p) => p.title).sort());
  expect(everything.staff).toHaveLength(1);
  await page.getByText(`Saved ${plan.name}: 20 posts.`).first().waitFor();

  // Back up, delete posts (for good), restore, find them back.
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.getByText('Backed up: 20 posts.').waitFor();
  await page.getByRole('cell', { name: '20 posts' }).waitFor();
  for (const post of imported) await host.invoke('posts.delete', { id: post.id });
  await host.invoke('posts.emptyTrash', {});
  expect(await allPosts(session)).toEqual([]);
  await page.getByRole('button', { name: /^Restore the backup from/ }).click();
  await screenshot(page, 'handoff-restore-confirm-1280x720');
  await page.getByRole('button', { name: 'Yes, restore it' }).click();
  await page.waitForEvent('load');
  await expect.poll(async () => (await allPosts(session)).length).toBe(20);
  expect((await allPosts(session)).map((p) => p.id).sort()).toEqual(
    imported.map((p) => p.id).sort(),
  );
  await nav(page, 'Ideas').click();
  await page.getByText('Idea 20').first().waitFor();
  // The safety copy made before the restore is listed too.
  await nav(page, 'Import & export').click();
  await page.getByRole('cell', { name: 'Before a restore' }).waitFor();
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
});

it('looks right at 1280×720 and 1920×1080, light and dark', async () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    const session = await newSession({ width, height });
    const { page } = session;
    await nav(page, 'Import & export').click();
    await page.getByLabel('CSV file').setInputFiles({
      name: 'ideas.csv',
      mimeType: 'text/csv',
      buffer: messyCsv('Giveaway'),
    });
    // No staff here: the five rows owned by Ana Ruiz are problems too.
    await page.getByText('6 rows have problems').waitFor();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText('Backed up:').first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `handoff-${width}x${height}-${scheme}`);
      await page.getByRole('heading', { name: 'Backups', exact: true }).scrollIntoViewIfNeeded();
      await screenshot(page, `handoff-backups-${width}x${height}-${scheme}`);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  }
});
