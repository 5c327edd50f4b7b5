// The month and week as the point person reads them at 1280×720 and on a projector: a crowded
// day shows "+N more", chips tell posts apart, marks are icons (no emoji font needed), the
// layout holds at 150% and 200% zoom, the week fits the working day, and the keyboard is quick.
import * as clock from '../../shared/clock';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { accessibilityViolations, screenshot, useBrowser, type Session } from './support/session';

const newSession = useBrowser();
const ZONE = 'America/New_York';

/** A Wednesday two weeks from the first Monday of next month, at `hh:mm` New York time. */
function at(day: DateTime, hhmm: string): string {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour, minute }).toUTC().toISO()!;
}

async function seedCrowdedMonth(session: Session) {
  const { host } = session;
  await host.invoke('settings.update', { version: 1, timezone: ZONE, weekStartsOn: 1 });
  const ana = (await host.invoke('staff.create', { name: 'Dr. Amelia Hart' })) as {
    data: { id: string };
  };
  const month = clock.nowIn(ZONE).plus({ months: 1 }).startOf('month');
  const busy = month.set({ day: 14 });
  const titles = [
    'Holiday party behind the scenes',
    'Holiday gift guide for skin',
    'Holiday hours and a thank-you',
    'Holiday cards from the team',
  ];
  for (const [i, title] of titles.entries()) {
    await host.invoke('posts.create', {
      title,
      status: 'draft',
      ownerId: ana.data.id,
      scheduledAt: at(busy, `${9 + i}:00`),
    });
  }
  // Two posts half an hour apart in one week, for the week view.
  const wednesday = month.plus({ weeks: 2 }).set({ weekday: 3 });
  await host.invoke('posts.create', {
    title: 'Coffee run',
    status: 'draft',
    scheduledAt: at(wednesday, '09:00'),
  });
  await host.invoke('posts.create', {
    title: 'Meet the nurses',
    status: 'draft',
    scheduledAt: at(wednesday, '09:30'),
  });
  return { month, busy, wednesday, titles };
}

async function openMonth(page: Page, month: DateTime) {
  await page.goto(`${page.url().split('#')[0]}#/calendar/month/${month.toISODate()}`);
  // The posts were seeded behind the page's back: read them afresh.
  await page.reload();
  await page.getByRole('heading', { name: month.toFormat('LLLL yyyy') }).waitFor();
  await page.locator('.rbc-month-view .rbc-event').first().waitFor();
}

const boxesOverlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

it('shows a crowded day as the chips that fit and "+N more", which opens that day', async () => {
  const session = await newSession();
  const { page } = session;
  const { month, busy, titles } = await seedCrowdedMonth(session);
  await openMonth(page, month);

  await screenshot(page, 'month-crowded-1280x720');
  const cell = page.locator(`.rbc-month-view [data-date="${busy.toISODate()}"]`);
  const more = page.getByRole('button', {
    name: new RegExp(`^\\+\\d+ more on ${busy.toFormat('cccc, LLLL d, yyyy')}`),
  });
  await more.first().waitFor();
  const shown = await page.locator('.rbc-month-view .rbc-event', { hasText: 'Holiday' }).count();
  const hidden = Number(/\+(\d+)/.exec((await more.first().textContent()) ?? '')![1]);
  expect(shown).toBeGreaterThanOrEqual(1);
  expect(shown + hidden).toBe(titles.length);
  expect(await cell.count()).toBe(1);

  // Each chip shows enough of its title to tell the posts apart: two lines, not "Holida…".
  const chip = page.locator('.rbc-month-view .rbc-event', { hasText: 'Holiday' }).first();
  const lines = await chip.locator('.event-chip').evaluate((el) => {
    const style = getComputedStyle(el);
    return el.getBoundingClientRect().height / parseFloat(style.lineHeight);
  });
  expect(lines).toBeGreaterThanOrEqual(1.9);
  // Nothing scrolls inside a day.
  expect(
    await page
      .locator('.rbc-month-view .rbc-row-content')
      .evaluateAll((rows) => rows.filter((r) => r.scrollHeight > r.clientHeight + 1).length),
  ).toBe(0);
  // Initials skip titles: "Dr. Amelia Hart" is AH.
  expect(await chip.locator('.owner-badge').textContent()).toBe('AH');

  await more.first().click();
  await page.getByRole('heading', { name: busy.toFormat('cccc, LLLL d, yyyy') }).waitFor();
  for (const title of titles) await page.locator('.rbc-event', { hasText: title }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.problems).toEqual([]);
});

it('draws every mark as an icon: no emoji in the page', async () => {
  const session = await newSession();
  const { page } = session;
  const { month } = await seedCrowdedMonth(session);
  await openMonth(page, month);
  await page.locator('.rbc-event', { hasText: 'Coffee run' }).click();
  await page.getByRole('complementary', { name: 'Edit post' }).waitFor();
  const text = await page.evaluate(() => document.body.innerText);
  expect(text.match(/\p{Extended_Pictographic}/gu) ?? []).toEqual([]);
  expect(await page.locator('.chip-status svg').count()).toBeGreaterThan(0);
});

for (const zoom of [1.25, 1.5, 2]) {
  it(`holds its layout at ${zoom * 100}% zoom on a 1280×720 screen`, async () => {
    // Browser zoom gives the page fewer CSS pixels at a higher pixel ratio.
    const session = await newSession({
      width: Math.round(1280 / zoom),
      height: Math.round(720 / zoom),
    });
    const { page } = session;
    const { month } = await seedCrowdedMonth(session);
    await openMonth(page, month);
    await screenshot(page, `month-zoom-${zoom * 100}`);
    // Month cells still show posts.
    expect(await page.locator('.rbc-month-view .rbc-event:visible').count()).toBeGreaterThan(0);
    // Nothing covers the view buttons, and nothing scrolls sideways.
    const list = (await page.getByRole('button', { name: 'List', exact: true }).boundingBox())!;
    const panel = await page.locator('.side-panel').boundingBox();
    if (panel) expect(boxesOverlap(list, panel)).toBe(false);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    // The editor opens over the calendar without pushing anything out of the window.
    await page.locator('.rbc-month-view .rbc-event').first().click();
    await page.getByRole('complementary', { name: 'Edit post' }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await screenshot(page, `month-zoom-${zoom * 100}-editor`);
    expect(session.problems).toEqual([]);
  });
}

it('lays out two posts half an hour apart side by side and opens on the working day', async () => {
  const session = await newSession();
  const { page } = session;
  const { wednesday } = await seedCrowdedMonth(session);
  await page.goto(`${page.url().split('#')[0]}#/calendar/week/${wednesday.toISODate()}`);
  await page.reload();
  const coffee = page.locator('.rbc-time-view .rbc-event', { hasText: 'Coffee run' });
  const nurses = page.locator('.rbc-time-view .rbc-event', { hasText: 'Meet the nurses' });
  await coffee.waitFor();
  const a = (await coffee.boundingBox())!;
  const b = (await nurses.boundingBox())!;
  expect(boxesOverlap(a, b)).toBe(false);
  // 08:00 to 18:00 fits in the grid's window at 720 px, and the grid opens there.
  const visible = await page.locator('.rbc-time-content').evaluate((scroller) => {
    const box = scroller.getBoundingClientRect();
    const labels = [...scroller.querySelectorAll('.rbc-time-gutter .rbc-label')];
    return labels
      .filter((l) => {
        const r = l.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      })
      .map((l) => l.textContent);
  });
  expect(visible).toContain('8:00 AM');
  expect(visible).toContain('5:00 PM');
  await screenshot(page, 'week-1280x720-working-day');
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('says when the filters hide every post, and clears them', async () => {
  const session = await newSession();
  const { page } = session;
  const { month } = await seedCrowdedMonth(session);
  await openMonth(page, month);
  await page.getByText('Status', { exact: false }).first().click();
  await page.getByRole('checkbox', { name: 'Published' }).check();
  await page.getByText('No posts match these filters.').waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.locator('.rbc-event', { hasText: 'Coffee run' }).waitFor();
});

it('reaches a post two weeks ahead in fewer than 10 key presses', async () => {
  const session = await newSession();
  const { page } = session;
  const { month, wednesday } = await seedCrowdedMonth(session);
  await openMonth(page, month);
  // From the control just before the grid (the last of the filters).
  await page.locator('.filter-bar button').last().focus();
  const keys = ['Tab']; // into the grid: the first of the month
  const first = month.startOf('month');
  let day = first;
  while (day.plus({ weeks: 1 }) <= wednesday) {
    keys.push('ArrowDown');
    day = day.plus({ weeks: 1 });
  }
  while (day < wednesday) {
    keys.push('ArrowRight');
    day = day.plus({ days: 1 });
  }
  keys.push('Enter'); // the day's first post
  expect(keys.length).toBeLessThan(10);
  for (const key of keys) await page.keyboard.press(key);
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.waitFor();
  expect(await editor.getByLabel(/^Title/).inputValue()).toBe('Coffee run');
});

it('folds the Ideas panel away and remembers it; Enter in the category adds an idea', async () => {
  const session = await newSession();
  const { page } = session;
  await seedCrowdedMonth(session);
  await page.reload();
  await page.getByLabel('New idea', { exact: true }).fill('Pets of the practice');
  await page.getByLabel('Category of the new idea').focus();
  await page.keyboard.press('Enter');
  await page.locator('.backlog-item', { hasText: 'Pets of the practice' }).waitFor();

  await page.getByRole('button', { name: 'Hide ideas' }).click();
  await page.getByRole('button', { name: 'Show ideas' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Show ideas' }).waitFor();
  expect(await page.locator('.backlog').count()).toBe(0);
  await page.getByRole('button', { name: 'Show ideas' }).click();
  await page.locator('.backlog-item', { hasText: 'Pets of the practice' }).waitFor();
});

it('reads well in light and dark, at 1280×720 and 1920×1080', async () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    const session = await newSession(viewport);
    const { page } = session;
    const { month } = await seedCrowdedMonth(session);
    // The sample month too, so the screenshots show a realistic practice.
    await session.host.invoke('sample.load', {
      today: clock.nowIn(ZONE).toISODate()!,
    });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openMonth(page, month);
      await screenshot(page, `month-${viewport.width}x${viewport.height}-${scheme}`);
      expect(await accessibilityViolations(page), `${scheme} ${viewport.width}`).toEqual([]);
    }
  }
});
