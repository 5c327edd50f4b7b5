import { it } from 'vitest';
import { DateTime } from 'luxon';
import { todayIn } from '../../shared/clock';
import { useBrowser } from './support/session';
const newSession = useBrowser();
it('looks', async () => {
  const session = await newSession({ width: 1024, height: 640 });
  const { page, host } = session;
  const s = (await host.invoke('settings.get', {})) as { data: { timezone: string } };
  const today = todayIn(s.data.timezone);
  await host.invoke('sample.load', { today });
  await host.invoke('posts.create', {
    title: 'Holiday hours',
    status: 'draft',
    scheduledAt: DateTime.fromISO(today).plus({ days: 6 }).set({ hour: 9 }).toUTC().toISO(),
  });
  await page.goto(
    page.url().split('#')[0] +
      '#/calendar/week/' +
      DateTime.fromISO(today).plus({ days: 6 }).toISODate(),
  );
  await page.reload();
  await page.locator('.rbc-time-view .rbc-event').first().waitFor();
  const r = await page.evaluate(() => {
    const chip = [...document.querySelectorAll<HTMLElement>('.event-chip')].find((c) =>
      c.textContent!.includes('Holiday hours'),
    )!;
    const title = chip.querySelector('.chip-title')!.firstChild as Text;
    const range = document.createRange();
    const cs = getComputedStyle(chip);
    const out = [
      cs.maxHeight,
      cs.lineHeight,
      cs.fontSize,
      String(chip.scrollHeight),
      String(chip.clientHeight),
      JSON.stringify(chip.querySelector('.owner-badge')!.getBoundingClientRect()),
      JSON.stringify(chip.querySelector('.chip-status')!.getBoundingClientRect()),
      JSON.stringify(chip.getBoundingClientRect()),
      JSON.stringify(chip.closest('.rbc-event')!.getBoundingClientRect()),
      JSON.stringify(chip.querySelector('.chip-more')!.getBoundingClientRect()),
      JSON.stringify(chip.querySelector('.chip-title')!.getBoundingClientRect()),
    ];
    for (let i = 0; i < title.data.length; i++) {
      range.setStart(title, i);
      range.setEnd(title, i + 1);
      const q = range.getClientRects()[0];
      out.push(
        `${title.data[i]} ${q?.left.toFixed(1)} ${q?.top.toFixed(1)} ${q?.right.toFixed(1)} ${q?.bottom.toFixed(1)}`,
      );
    }
    return out;
  });
  console.log(r.join('\n'));
});
