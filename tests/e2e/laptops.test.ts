// The calendar on laptops as well as big screens (1024×640, 1280×720, 1440×900, 1920×1080),
// measured in the browser with the sample month and a crowded week: each month day shows as
// many posts as fit its height, chips show whole words, the title is whole, the top bar stays
// one line (the rest in a "More" menu), same-time posts in the week keep readable widths, and
// every view is axe-clean in light and dark.
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { todayIn } from '../../shared/clock';
import type { Post, Settings } from '../../shared/contract';
import { data, lookAtEverySize, screenshot, useBrowser, type Session } from './support/session';

const newSession = useBrowser();
const SIZES = [
  [1024, 640],
  [1280, 720],
  [1440, 900],
  [1920, 1080],
] as const;
const SAME_TIME = ['Welcome our new front desk lead', 'Holiday hours', 'Winter skin care tips'];
const CROWD = ['Gift cards are here', 'Team lunch', 'Ask the nurse: peels', 'Toy drive', 'Recap'];

/**
 * The sample month, plus a week ahead with three posts at one time, a day of five posts beside
 * it and a birthday on the same-time day. Returns that day and the posts by day.
 */
async function sampleMonth(session: Session) {
  const { timezone: zone } = await data<Settings>(session, 'settings.get', {});
  const today = todayIn(zone);
  await data(session, 'sample.load', { today });
  const busy = DateTime.fromISO(today, { zone }).plus({ days: 7 });
  const crowded = busy.day > 1 ? busy.minus({ days: 1 }) : busy.plus({ days: 1 });
  for (const title of SAME_TIME) {
    await data(session, 'posts.create', {
      title,
      status: 'draft',
      scheduledAt: busy.set({ hour: 10 }).toUTC().toISO(),
    });
  }
  for (const [i, title] of CROWD.entries()) {
    await data(session, 'posts.create', {
      title,
      status: 'draft',
      scheduledAt: crowded
        .set({ hour: 9 + i })
        .toUTC()
        .toISO(),
    });
  }
  await data(session, 'staff.create', { name: 'Rosa Lind', birthday: busy.toFormat('MM-dd') });
  const posts = await data<Post[]>(session, 'posts.listRange', {
    from: busy.minus({ days: 45 }).toUTC().toISO(),
    to: busy.plus({ days: 45 }).toUTC().toISO(),
  });
  const dayOf = Object.fromEntries(
    posts.map((p) => [p.id, DateTime.fromISO(p.scheduledAt!, { zone }).toISODate()!]),
  );
  return { busy, dayOf };
}

async function open(page: Page, view: string, day: DateTime) {
  await page.goto(`${page.url().split('#')[0]}#/calendar/${view}/${day.toISODate()}`);
  await page.reload();
  await page.locator('.event-chip').first().waitFor();
}

/** Every chip title on screen: the characters shown, and whether any is cut or hidden. */
function chipTexts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.rbc-event .event-chip')].map((chip) => {
      // What is seen of the chip: its box within the boxes that clip it.
      const clip = [chip, chip.closest('.rbc-event-content'), chip.closest('.rbc-event')]
        .filter((e) => e !== null)
        .map((e) => e.getBoundingClientRect())
        .reduce((a, b) => {
          const left = Math.max(a.left, b.left);
          const top = Math.max(a.top, b.top);
          return new DOMRect(
            left,
            top,
            Math.min(a.right, b.right) - left,
            Math.min(a.bottom, b.bottom) - top,
          );
        });
      const title = chip.querySelector('.chip-title')!.firstChild as Text;
      const text = title.data;
      const range = document.createRange();
      const rects = [...text].map((_, i) => {
        range.setStart(title, i);
        range.setEnd(title, i + 1);
        return range.getClientRects()[0];
      });
      // A word that goes on on the next line, not after a hyphen or a dash.
      const broken = rects.some(
        (r, i) =>
          i > 0 &&
          r &&
          rects[i - 1] &&
          r.top > rects[i - 1]!.bottom - 1 &&
          /\S/.test(text[i]!) &&
          /[^\s\-–—/]/.test(text[i - 1]!),
      );
      const states = rects.map((r) => {
        // A space where a line wraps takes no room: it is neither shown nor hidden.
        if (!r || r.width === 0) return 'skip';
        // A letter's box is the font's, a little taller than the line: a line counts as shown
        // when its middle is, and cut when a quarter of it or more is not.
        const middle = (r.top + r.bottom) / 2;
        const beyond = Math.max(0, clip.top - r.top, r.bottom - clip.bottom) / r.height;
        const across = r.left < clip.left - 0.5 || r.right > clip.right + 0.5;
        const offLine = middle < clip.top || middle > clip.bottom;
        const outside = offLine || r.right <= clip.left || r.left >= clip.right;
        const inside = !across && beyond < 0.25;
        return inside ? 'shown' : outside ? 'hidden' : 'cut';
      });
      const hidden = states.indexOf('hidden');
      const more = chip.querySelector('.chip-more');
      return {
        id: chip.dataset.postId!,
        text,
        shown: text.slice(0, hidden < 0 ? text.length : hidden),
        // Part of a letter shown, or a letter shown after one that is not.
        cut:
          broken || states.includes('cut') || (hidden >= 0 && states.lastIndexOf('shown') > hidden),
        allShown: hidden < 0,
        marked: more ? getComputedStyle(more).visibility === 'visible' : false,
        box: chip.closest('.rbc-event')!.getBoundingClientRect().toJSON() as DOMRect,
      };
    }),
  );
}

/** A title whose shown part ends inside a word, or that is cut without saying so. */
function badChips(chips: Awaited<ReturnType<typeof chipTexts>>) {
  return chips
    .filter((c) => {
      if (c.allShown) return c.cut || c.marked;
      const next = c.text[c.shown.length];
      const wholeWords = /(^|[\s\-–—/])$/.test(c.shown) || /\s/.test(next ?? ' ');
      return c.cut || !wholeWords || !c.marked;
    })
    .map((c) => `${c.text} → "${c.shown}"${c.marked ? '…' : ''}`);
}

/** The top bar: its height against one row, and which pages it shows. */
function topBar(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector<HTMLElement>('.app-header')!;
    const shown = [...header.querySelectorAll<HTMLElement>('.nav-list > li')].filter((li) =>
      li.checkVisibility({ visibilityProperty: true }),
    );
    const row = Math.max(
      ...[...header.children].map((c) => (c as HTMLElement).getBoundingClientRect().height),
    );
    const tops = shown.map((li) => Math.round(li.getBoundingClientRect().top));
    return {
      height: header.getBoundingClientRect().height,
      row,
      oneRow: new Set(tops).size <= 1,
      labels: shown.map((li) => li.querySelector('button')!.textContent!.trim()),
      sideways: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

it('shows a month as the posts that fit, whole words and a whole title, at four sizes', async () => {
  const session = await newSession();
  const { page } = session;
  const { busy, dayOf } = await sampleMonth(session);
  for (const [width, height] of SIZES) {
    const at = `${width}×${height}`;
    await page.setViewportSize({ width, height });
    await open(page, 'month', busy);
    await screenshot(page, `laptops-month-${width}x${height}`);

    const bar = await topBar(page);
    expect(bar.height, `top bar at ${at}`).toBeLessThan(bar.row * 1.5);
    expect(bar.oneRow, at).toBe(true);
    expect(bar.sideways, at).toBe(false);

    const title = await page.locator('#calendar-title').evaluate((el) => {
      const words = el.textContent!.split(' ');
      const node = el.firstChild as Text;
      const range = document.createRange();
      let from = 0;
      const split = words.filter((word) => {
        range.setStart(node, from);
        range.setEnd(node, from + word.length);
        from += word.length + 1;
        return range.getClientRects().length > 1;
      });
      return {
        text: el.textContent,
        split,
        clipped: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
      };
    });
    expect(title.text).toBe(busy.toFormat('LLLL yyyy'));
    expect(title.split, `title at ${at}`).toEqual([]);
    expect(title.clipped, `title at ${at}`).toBe(false);

    // Each day: as many chips as its height holds, measured, and "+N more" for the rest.
    const grid = await page.evaluate(() => {
      const segment = document.querySelector('.rbc-month-view .rbc-row-segment:has(.event-chip)');
      return {
        chip: segment!.getBoundingClientRect().height,
        days: [...document.querySelectorAll<HTMLElement>('.rbc-month-row')].flatMap((row) => {
          const head = row.querySelector('.rbc-row-content > .rbc-row')!.getBoundingClientRect();
          const content = row.querySelector('.rbc-row-content')!.getBoundingClientRect();
          return [...row.querySelectorAll<HTMLElement>('.rbc-day-bg[data-date]')].map((cell) => ({
            day: cell.dataset.date!,
            height: cell.getBoundingClientRect().height - head.height,
            chips: [...row.querySelectorAll<HTMLElement>('.event-chip')]
              .filter((c) => {
                const r = c.closest('.rbc-event')!.getBoundingClientRect();
                const x = cell.getBoundingClientRect();
                return (
                  r.left >= x.left - 1 &&
                  r.right <= x.right + 1 &&
                  r.top >= content.top - 0.5 &&
                  r.bottom <= content.bottom + 0.5
                );
              })
              .map((c) => c.dataset.postId!),
          }));
        }),
        more: [...document.querySelectorAll<HTMLElement>('.rbc-month-view button')]
          .map((b) => b.textContent!.replace(/\s+/g, ' ').trim())
          .filter((t) => /^\+\d+ more on /.test(t)),
      };
    });
    const wrong = grid.days.flatMap(({ day, height, chips }) => {
      const posts = Object.values(dayOf).filter((d) => d === day).length;
      const fit = Math.floor(height / grid.chip + 0.01);
      const shown = Math.min(posts, fit);
      const long = DateTime.fromISO(day).toFormat('cccc, LLLL d, yyyy');
      const more = grid.more.find((t) => t.endsWith(` on ${long}`));
      const expected = posts > shown ? `+${posts - shown} more on ${long}` : undefined;
      return chips.length === shown && chips.every((id) => dayOf[id] === day) && more === expected
        ? []
        : [`${day}: ${chips.length} of ${posts} shown, ${fit} fit, ${more ?? 'no "more"'}`];
    });
    expect(wrong, `days at ${at}`).toEqual([]);
    expect(badChips(await chipTexts(page)), `chips at ${at}`).toEqual([]);
  }
  expect(session.problems).toEqual([]);
}, 240_000);

it('gives same-time posts in the week readable widths, each showing its first word', async () => {
  const session = await newSession();
  const { page } = session;
  const { busy } = await sampleMonth(session);
  for (const [width, height] of SIZES) {
    const at = `${width}×${height}`;
    await page.setViewportSize({ width, height });
    await open(page, 'week', busy);
    await screenshot(page, `laptops-week-${width}x${height}`);
    const chips = (await chipTexts(page)).filter((c) => SAME_TIME.includes(c.text));
    expect(chips.length, at).toBe(SAME_TIME.length);
    for (const chip of chips) {
      const first = chip.text.split(' ')[0]!;
      expect(chip.shown.startsWith(first), `${chip.text} at ${at}: "${chip.shown}"`).toBe(true);
    }
    expect(badChips(chips), at).toEqual([]);
    const boxes = chips.map((c) => c.box);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width;
        const stacked = a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1;
        expect(overlap && !stacked, `${at}: chips overlap`).toBe(false);
      }
    }
  }
}, 180_000);

it('keeps the birthday beside the day button in the week, both reachable by keyboard', async () => {
  const session = await newSession();
  const { page } = session;
  const { busy } = await sampleMonth(session);
  await open(page, 'week', busy);
  const mark = page
    .locator('.rbc-time-view')
    .getByRole('button', { name: /Rosa Lind’s birthday: plan a post/ });
  await mark.waitFor();
  // Nothing interactive inside another interactive element.
  expect(
    await page.evaluate(
      () =>
        document.querySelectorAll('button button, button [tabindex], [role=button] button').length,
    ),
  ).toBe(0);
  const day = page.getByRole('button', { name: busy.toFormat('cccc, LLLL d, yyyy') });
  await day.focus();
  await page.keyboard.press('Tab');
  expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);
  await day.click();
  await page.getByRole('heading', { name: busy.toFormat('cccc, LLLL d, yyyy') }).waitFor();
});

it('puts what does not fit in the top bar in a "More" menu button, by keyboard', async () => {
  const session = await newSession({ width: 1024, height: 640 });
  const { page } = session;
  const more = page.getByRole('button', { name: 'More', exact: true });
  await more.waitFor();
  expect(await more.getAttribute('aria-haspopup')).toBe('menu');
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
  const menu = page.getByRole('menu', { name: 'More' });

  await more.focus();
  await page.keyboard.press('Enter');
  await menu.waitFor();
  expect(await more.getAttribute('aria-expanded')).toBe('true');
  const items = await menu.getByRole('menuitem').allTextContents();
  const bar = await topBar(page);
  expect([...bar.labels.filter((l) => l !== 'More'), ...items].sort()).toEqual(
    [
      'Calendar',
      'Meeting',
      'Ideas',
      'Staff',
      'Media',
      'Consents',
      'Trash',
      'Import & export',
      'Settings',
    ].sort(),
  );
  expect(items.length).toBeGreaterThan(0);
  expect(await focused()).toBe(items[0]);
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(items[1 % items.length]);
  await page.keyboard.press('End');
  expect(await focused()).toBe(items.at(-1));
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(items[0]);
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe(items.at(-1));
  await page.keyboard.press('Home');
  expect(await focused()).toBe(items[0]);
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);

  await page.keyboard.press('ArrowUp');
  await menu.waitFor();
  expect(await focused()).toBe(items.at(-1));
  await page.keyboard.press('Escape');
  await page.keyboard.press(' ');
  await menu.waitFor();
  expect(await focused()).toBe(items[0]);
  // Enter on an item goes to its page and closes the menu.
  const last = items.at(-1)!;
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden' });
  expect(page.url()).toContain(`#/${last === 'Import & export' ? 'handoff' : last.toLowerCase()}`);
  // A click elsewhere closes it too.
  await more.click();
  await menu.waitFor();
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await menu.waitFor({ state: 'hidden' });

  // A big screen shows every page, and no menu.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await topBar(page)).labels.length).toBe(9);
  expect(await more.count()).toBe(0);
  expect(session.problems).toEqual([]);
});

it('is axe-clean in every view at four sizes, light and dark, and at 150% zoom', async () => {
  const session = await newSession();
  const { page } = session;
  const { busy } = await sampleMonth(session);
  for (const view of ['month', 'week', 'day', 'agenda']) {
    await open(page, view, busy);
    await lookAtEverySize(page, `laptops-${view}`, () =>
      page.locator('.event-chip').first().waitFor(),
    );
  }
  // Browser zoom at 150% on a 1280×720 screen: fewer CSS pixels, each 1.5 device pixels.
  const zoomed = await newSession({ width: 853, height: 480, deviceScaleFactor: 1.5 });
  await sampleMonth(zoomed);
  await open(zoomed.page, 'month', busy);
  const bar = await topBar(zoomed.page);
  expect(bar.height).toBeLessThan(bar.row * 1.5);
  expect(bar.sideways).toBe(false);
  await screenshot(zoomed.page, 'laptops-month-1280x720-zoom150');
  expect(session.problems).toEqual([]);
}, 420_000);
