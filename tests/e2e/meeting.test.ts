// The weekly planning meeting on a shared screen: the sample week at 1280×720, every section
// by keyboard, an idea scheduled with an owner, a decision and an action item that survive a
// reload and carry over into the next week, a PDF of the agenda that holds the week (12 pt), a
// patient story that names the patient shown with its title hidden and its revoked consent in
// words, readable type and AAA contrast in light and dark, and screenshots at three sizes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { PDFParse } from 'pdf-parse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { now, todayIn } from '../../shared/clock';
import type { Post, Settings, Staff } from '../../shared/contract';
import { addWeeks, isoWeekOfInstant, weekDays, weekRange } from '../../shared/meeting';
import { HIDDEN_STORY_TITLE, sharedTitle } from '../../shared/privacy';
import {
  accessibilityViolations,
  SCREENSHOT_DIR,
  screenshot,
  useBrowser,
  type Session,
} from './support/session';

const newSession = useBrowser();

async function data<T>(session: Session, channel: string, input: unknown): Promise<T> {
  const result = (await session.host.invoke(channel as never, input as never)) as {
    ok: boolean;
    data: T;
  };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.data;
}

/** Loads the sample month and returns this week's posts, the staff and the zone. */
async function sampleWeek(session: Session) {
  const settings = await data<Settings>(session, 'settings.get', {});
  const zone = settings.timezone;
  const today = todayIn(zone);
  await data(session, 'sample.load', { today });
  const week = isoWeekOfInstant(now(), zone);
  const posts = await data<Post[]>(session, 'posts.listRange', weekRange(week, zone));
  const staff = await data<Staff[]>(session, 'staff.list', {});
  return { zone, week, posts, staff };
}

const STORY_TITLE = "Patient story: Jane's journey";
const FLAG_WORDS = 'Consent revoked — back to draft';

/** A patient story that names the patient, approved, whose consent was then revoked. */
async function revokedStory(session: Session, zone: string): Promise<Post> {
  const today = todayIn(zone);
  const consent = await data<{ id: string }>(session, 'consents.create', {
    patientRef: '4411',
    covers: ['testimonial'],
    platforms: 'all_social',
    signedOn: today,
    expiresOn: DateTime.fromISO(today).plus({ years: 1 }).toISODate(),
  });
  const story = await data<Post>(session, 'posts.create', {
    title: STORY_TITLE,
    category: 'patient_story',
    status: 'approved',
    scheduledAt: DateTime.fromJSDate(now()).plus({ hours: 2 }).toUTC().toISO(),
    consentIds: [consent.id],
  });
  await data(session, 'consents.revoke', { id: consent.id, on: today });
  const flagged = await data<Post>(session, 'posts.get', { id: story.id });
  expect([flagged.status, flagged.consentFlag]).toEqual(['draft', 'revoked']);
  return flagged;
}

/** Characters of text at each font size (pt) in a PDF, largest share first. */
async function pdfFontSizes(pdf: Uint8Array): Promise<[number, number][]> {
  const doc = await getDocument({ data: pdf }).promise;
  const sizes = new Map<number, number>();
  for (let n = 1; n <= doc.numPages; n += 1) {
    for (const item of (await (await doc.getPage(n)).getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const size = Math.round(Math.hypot(item.transform[0], item.transform[1]) * 10) / 10;
      sizes.set(size, (sizes.get(size) ?? 0) + item.str.length);
    }
  }
  await doc.destroy();
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

const selectedTab = (page: Page) => page.getByRole('tab', { selected: true }).textContent();

/** Colour contrast at WCAG AAA (7:1) on what is on screen now, through axe. */
async function aaaContrastProblems(page: Page): Promise<string[]> {
  await accessibilityViolations(page); // injects axe
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: unknown) => Promise<{
            violations: { id: string; nodes: { target: string[]; failureSummary: string }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'rule', values: ['color-contrast-enhanced'] },
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    );
  });
}

async function layout(page: Page) {
  return page.evaluate(() => {
    const meeting = document.querySelector('.meeting')!;
    const body = getComputedStyle(meeting).fontSize;
    const thisWeek = document.querySelector('#meeting-panel-days .meeting-week')!;
    const main = document.querySelector('.app-main')!;
    return {
      fontSize: parseFloat(body),
      smallestText: Math.min(
        ...[...document.querySelectorAll('.meeting-section:not([hidden]) *')]
          .filter(
            (e) =>
              e.childNodes.length &&
              [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
          )
          .filter((e) => !e.closest('.visually-hidden'))
          .map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
      thisWeekBottom: thisWeek.getBoundingClientRect().bottom,
      viewport: window.innerHeight,
      horizontalScroll:
        main.scrollWidth > main.clientWidth ||
        document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

it('runs the weekly meeting on the sample week, by keyboard, and prints the agenda', async () => {
  const session = await newSession({ width: 1280, height: 720 });
  const { page, problems } = session;
  const { zone, week, posts, staff } = await sampleWeek(session);
  expect(posts.length).toBeGreaterThan(0);
  const story = await revokedStory(session, zone);
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();

  // Ctrl+Shift+M opens this week's meeting.
  await page.keyboard.press('Control+Shift+M');
  await page.getByRole('heading', { name: /Weekly meeting · Week/ }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/meeting');
  // Nothing private on the shared screen: no access token in the address bar.
  expect(page.url()).not.toMatch(/token/i);

  // Every section by keyboard: numbers, arrows, Page keys.
  expect(await selectedTab(page)).toMatch(/Last week/);
  await page.keyboard.press('ArrowRight');
  expect(await selectedTab(page)).toMatch(/This week and next/);
  await page.keyboard.press('PageDown');
  expect(await selectedTab(page)).toMatch(/Celebrations/);
  // Birthdays without years (nothing private on a shared screen).
  const celebrations = page.locator('#meeting-panel-celebrations');
  await celebrations.getByText('Birthday', { exact: false }).first().waitFor();
  expect(await celebrations.textContent()).not.toMatch(/\b(19|20)\d\d\b/);
  await page.keyboard.press('ArrowDown');
  expect(await selectedTab(page)).toMatch(/Top ideas/);
  await page.keyboard.press('5');
  expect(await selectedTab(page)).toMatch(/Content mix/);
  await page.getByRole('table').waitFor();
  await page.keyboard.press('6');
  expect(await selectedTab(page)).toMatch(/Decisions/);
  await page.keyboard.press('PageUp');
  expect(await selectedTab(page)).toMatch(/Content mix/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  expect(await selectedTab(page)).toMatch(/Celebrations/);
  await page.keyboard.press('1');
  expect(await selectedTab(page)).toMatch(/Last week/);

  // Last week: a missed post is marked published with one key (Tab to it, Enter).
  const lastWeek = page.locator('#meeting-panel-last-week');
  const missedBefore = await lastWeek.getByRole('button', { name: /Mark published/ }).count();
  expect(missedBefore).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Mark published/);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => lastWeek.getByRole('button', { name: /Mark published/ }).count())
    .toBe(missedBefore - 1);

  // This week, readable from across the room, fits without scrolling.
  await page.keyboard.press('2');
  const byName = new Map(staff.map((s) => [s.id, s.name]));
  const panel = page.locator('#meeting-panel-days');
  for (const post of posts) {
    await panel.getByText(post.title).first().waitFor();
    if (post.ownerId) expect(await panel.textContent()).toContain(byName.get(post.ownerId));
  }
  // The story's title names the patient: hidden, with its consent flag in words.
  await panel.getByText(FLAG_WORDS).waitFor();
  expect(await panel.textContent()).not.toContain('Jane');
  expect(await panel.locator('.meeting-post', { hasText: FLAG_WORDS }).textContent()).toContain(
    HIDDEN_STORY_TITLE,
  );
  const measured = await layout(page);
  expect(measured.fontSize).toBeGreaterThanOrEqual(24);
  expect(measured.smallestText).toBeGreaterThanOrEqual(20);
  expect(measured.horizontalScroll).toBe(false);
  expect(measured.thisWeekBottom).toBeLessThanOrEqual(measured.viewport);
  console.log('meeting layout 1280x720', JSON.stringify(measured));
  // Post notes stay collapsed: nothing private shows unasked.
  expect(await page.locator('.meeting-notes[open]').count()).toBe(0);
  expect(await aaaContrastProblems(page)).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'meeting-week-1280x720-light');

  // An edit made in another window (straight through the API) shows within a second or so.
  const edited = posts[0]!;
  await data(session, 'posts.update', {
    id: edited.id,
    version: edited.version,
    title: 'Renamed in the planner window',
  });
  await panel.getByText('Renamed in the planner window').first().waitFor({ timeout: 1800 });
  posts[0] = { ...edited, title: 'Renamed in the planner window' };

  // Edited in the meeting: status and the post's notes (collapsed until asked for).
  const first = panel.locator('.meeting-post', { hasText: 'Renamed in the planner window' });
  await first.getByRole('button', { name: /^Edit/ }).click();
  await first.getByRole('combobox', { name: 'Status' }).selectOption('in_review');
  const notes = first.locator('details.meeting-notes');
  expect(await notes.getAttribute('open')).toBeNull();
  await notes.locator('summary').click();
  await first.getByRole('textbox', { name: /Notes for/ }).fill('Ask Marcus to wave at the end');
  await expect
    .poll(async () => (await data<Post>(session, 'posts.get', { id: edited.id })).notes, {
      timeout: 4000,
    })
    .toBe('Ask Marcus to wave at the end');
  expect((await data<Post>(session, 'posts.get', { id: edited.id })).status).toBe('in_review');
  await first.getByRole('button', { name: /^Edit/ }).click();

  // Section 4: give the top idea a day and an owner without leaving the screen. The day picker
  // starts on today and offers no day before it.
  await page.keyboard.press('4');
  const idea = page.locator('.meeting-idea').first();
  const ideaTitle = (await idea.locator('.meeting-title').textContent())!.split(' (')[0]!.trim();
  const owner = staff.find((s) => s.active)!;
  const today = todayIn(zone);
  const offered = await idea
    .getByLabel('Day')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(await idea.getByLabel('Day').inputValue()).toBe(today);
  expect(offered[0]).toBe(today);
  expect(offered.filter((d) => d < today)).toEqual([]);
  await idea.getByLabel('Owner').selectOption({ label: owner.name });
  await idea.getByRole('button', { name: /Schedule/ }).click();
  await page.keyboard.press('2');
  const todayRow = panel.locator('.meeting-day').nth(weekDays(week).indexOf(today));
  await todayRow.locator('.meeting-title', { hasText: ideaTitle }).waitFor();
  await screenshot(page, 'meeting-idea-scheduled-1280x720-light');
  expect(await todayRow.textContent()).toContain(owner.name);

  // Section 6: a decision and an action item.
  await page.keyboard.press('6');
  await page.getByRole('textbox', { name: 'Decisions' }).fill('Lead with the open day on Friday.');
  await page.getByText('Saved', { exact: true }).waitFor();
  await page.getByRole('textbox', { name: 'Action item' }).fill('Ask Jess for the open day photos');
  await page
    .locator('#meeting-panel-decisions')
    .getByRole('combobox', { name: 'Owner' })
    .selectOption({ label: owner.name });
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByText('Ask Jess for the open day photos').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'meeting-decisions-filled-1280x720-light');
  expect(await aaaContrastProblems(page)).toEqual([]);

  // After a reload both are still there.
  await page.reload();
  await page.getByRole('heading', { name: /Weekly meeting/ }).waitFor();
  await page.keyboard.press('6');
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Decisions' }).inputValue())
    .toBe('Lead with the open day on Friday.');
  await page.getByText('Ask Jess for the open day photos').waitFor();

  // Next week: the open item is carried over, with its age.
  await page.goto(`${session.host.baseUrl}#/meeting/${addWeeks(week, 1)}`);
  await page.getByRole('heading', { name: /Weekly meeting/ }).waitFor();
  await page.keyboard.press('6');
  const carried = page.locator('.meeting-action', { hasText: 'Ask Jess for the open day photos' });
  await carried.getByText('carried over · 1 week old').waitFor();
  await screenshot(page, 'meeting-carried-over-1280x720-light');
  expect(await page.getByRole('textbox', { name: 'Decisions' }).inputValue()).toBe('');

  // Esc leaves the meeting.
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).waitFor();

  // The agenda as a PDF: every post title and owner of the week, at most two pages.
  await page.goto(`${session.host.baseUrl}#/meeting/${week}`);
  await page.getByRole('heading', { name: /Weekly meeting/ }).waitFor();
  await page.locator('#meeting-panel-days .meeting-day').first().waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  // A handout's body type: 12 pt (16 CSS px) in the print stylesheet.
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('.meeting')!).fontSize),
  ).toBe('16px');
  await page.screenshot({
    path: join(SCREENSHOT_DIR, 'meeting-agenda-print.png'),
    fullPage: true,
  });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  writeFileSync(join(SCREENSHOT_DIR, 'meeting-agenda.pdf'), pdf);
  await page.emulateMedia({ media: 'screen' });
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const text = (await parser.getText()).text.replace(/\s+/g, ' ');
  const info = await parser.getInfo();
  await parser.destroy();
  const weekPosts = await data<Post[]>(
    session,
    'posts.listRange',
    weekRange(week, (await data<Settings>(session, 'settings.get', {})).timezone),
  );
  expect(weekPosts.map((p) => p.id)).toContain(story.id);
  for (const post of weekPosts) {
    expect(text).toContain(sharedTitle(post).replace(/\s+/g, ' '));
    if (post.ownerId) expect(text).toContain(byName.get(post.ownerId));
  }
  expect(text).not.toContain('Jane');
  expect(text).toContain(FLAG_WORDS);
  expect(text).toContain('Lead with the open day on Friday.');
  // Measured in the PDF: most of the text is set at 12 pt, and nothing smaller than 11 pt.
  const sizes = await pdfFontSizes(new Uint8Array(pdf));
  expect(sizes[0]![0]).toBe(12);
  expect(Math.min(...sizes.map(([size]) => size))).toBeGreaterThanOrEqual(11);
  expect(info.total).toBeLessThanOrEqual(2);
  console.log('agenda PDF pages', info.total, 'sizes (pt, characters)', JSON.stringify(sizes));
  expect(problems).toEqual([]);
});

it('reads well at 1920×1080, in dark, and at 150% zoom', async () => {
  const session = await newSession({ width: 1920, height: 1080 });
  const { page } = session;
  const { zone } = await sampleWeek(session);
  await revokedStory(session, zone);
  await page.reload();
  // From the main navigation.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Meeting' })
    .click();
  await page.getByRole('heading', { name: /Weekly meeting/ }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/meeting');
  await page.keyboard.press('2');
  await page.locator('#meeting-panel-days .meeting-post').first().waitFor();
  await page.locator('#meeting-panel-days').getByText(FLAG_WORDS).waitFor();
  await screenshot(page, 'meeting-week-1920x1080-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'meeting-week-1920x1080-dark');
  for (const key of ['1', '2', '3', '4', '5', '6']) {
    await page.keyboard.press(key);
    expect(await aaaContrastProblems(page), `section ${key} in dark`).toEqual([]);
  }
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('2');
  await screenshot(page, 'meeting-week-1280x720-dark');
  for (const key of ['1', '3', '4', '5', '6']) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press(key);
    expect(await aaaContrastProblems(page), `section ${key} in light`).toEqual([]);
    await screenshot(page, `meeting-section-${key}-1280x720-light`);
  }
  await page.keyboard.press('6');
  await screenshot(page, 'meeting-decisions-1280x720-light');

  // 150% zoom of a 1280×720 screen: 853×480 CSS pixels. Nothing scrolls sideways.
  await page.setViewportSize({ width: 853, height: 480 });
  await page.keyboard.press('2');
  const zoomed = await layout(page);
  expect(zoomed.horizontalScroll).toBe(false);
  expect(zoomed.fontSize).toBeGreaterThanOrEqual(24);
  await screenshot(page, 'meeting-week-853x480-zoom150-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'meeting-week-853x480-zoom150-dark');
  await page.keyboard.press('6');
  expect((await layout(page)).horizontalScroll).toBe(false);
  await screenshot(page, 'meeting-decisions-853x480-zoom150-dark');
});
