// Issue 7, end to end through the real browser host: search (Ctrl/Cmd+K and /) finds any post
// and opens it, a host restarted with a new token is told plainly to an old tab, a change of
// time zone asks first, and the fuzz findings (absurd dates, __proto__, bodies over 2 MB)
// stay fixed.
import { expect, it } from 'vitest';
import { accessibilityViolations, screenshot, useBrowser } from './support/session';
import type { TestHost } from './support/host';

const newSession = useBrowser();

async function create(host: TestHost, input: Record<string, unknown>): Promise<{ id: string }> {
  const result = (await host.invoke('posts.create', input as never)) as {
    ok: boolean;
    data: { id: string };
  };
  expect(result.ok).toBe(true);
  return result.data;
}

it('searches every post from Ctrl+K and /, and opens a result with Enter', async () => {
  const session = await newSession();
  const { page, host } = session;
  // A year typed wrong (2036 for 2026) put this post where no one looks: search still finds it.
  await create(host, {
    title: 'Holiday open house',
    category: 'team_event',
    scheduledAt: '2036-12-09T15:00:00.000Z',
  });
  await create(host, { title: 'Gift cards', notes: 'Holiday bundles with the spa' });
  const trashed = await create(host, { title: 'Holiday hours (old)' });
  await host.invoke('posts.delete', { id: trashed.id });

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search posts' });
  await dialog.waitFor();
  const box = dialog.getByRole('combobox');
  expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
  await box.fill('holi');
  await dialog.getByText('2 posts found.').waitFor();
  const options = dialog.getByRole('option');
  expect(await options.allInnerTexts()).toEqual([
    expect.stringContaining('Holiday open house'),
    expect.stringContaining('Gift cards'),
  ]);
  expect(await options.nth(0).innerText()).toMatch(/2036.*Team event/s);
  expect(await options.nth(1).innerText()).toMatch(/Idea/);
  expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'search-1280x720');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'search-1280x720-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'search-1920x1080');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Down to the idea, Enter: the ideas page with the post in the editor.
  await page.keyboard.press('ArrowDown');
  expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Gift cards');
  expect(page.url()).toContain('#/ideas');

  // "/" (outside a text field) opens it too; a dated post opens on its day in the calendar.
  await page.locator('.brand-name').click();
  await page.keyboard.press('/');
  await dialog.waitFor();
  await box.fill('open house');
  await dialog.getByText('1 post found.').waitFor();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.url()).toContain('2036-12-09');
  await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Holiday open house');

  // Escape closes; hostile FTS syntax is only text.
  await page.keyboard.press('Control+k');
  await box.fill('"NEAR( title: OR *');
  await dialog.getByText(/No posts match/).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(session.problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
});

it('tells an old tab plainly that Rapport was restarted, and where the new address is', async () => {
  const session = await newSession();
  const { page, host } = session;
  await host.restart({ newToken: true });
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'This page cannot reach your planner' }).waitFor();
  const text = await alert.innerText();
  expect(text).toContain('Rapport was restarted');
  expect(text).toContain('new address Rapport printed in its terminal');
  expect(text).not.toContain('did not carry');
  expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'host-restarted-1280x720');

  // The new address, pasted into that same tab (only the fragment changes), works.
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByRole('button', { name: 'Calendar' }).waitFor();
  await expect.poll(() => page.getByRole('alert').count()).toBe(0);
  expect(await page.getByRole('alert').count()).toBe(0);

  // A page opened without any token is told that instead.
  const bare = await page.context().newPage();
  await bare.goto(host.baseUrl);
  await bare.evaluate(() => sessionStorage.clear());
  await bare.reload();
  const told = bare.getByRole('alert');
  await told.getByText(/opened without Rapport’s access key/).waitFor();
  expect(await told.innerText()).not.toContain('restarted');
  expect(await accessibilityViolations(bare)).toEqual([]);
  await bare.close();
});

it('asks before changing the time zone, says how many posts move, and keeps clock times', async () => {
  const session = await newSession();
  const { page, host } = session;
  // The practice zone starts as UTC; two posts at 10:00 there.
  const a = await create(host, { title: 'Morning tips', scheduledAt: '2026-12-09T10:00:00.000Z' });
  await create(host, { title: 'Summer sun', scheduledAt: '2026-07-01T10:00:00.000Z' });
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Time zone').selectOption('America/New_York');
  const question = page.getByRole('group', { name: /Change the time zone from UTC/ });
  await question.getByText('2 posts move to a new moment').waitFor();
  await question.getByText('2 posts will show a different date or time').waitFor();
  expect(await question.getByRole('radio', { name: /clock times/ }).isChecked()).toBe(true);
  // Nothing saved yet.
  expect(
    ((await host.invoke('settings.get', {})) as { data: { timezone: string } }).data.timezone,
  ).toBe('UTC');
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'timezone-confirm-1280x720');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'timezone-confirm-1280x720-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await question.getByRole('button', { name: 'Change to America/New York' }).click();
  await page
    .getByText('Time zone is now America/New York. 2 posts kept their clock times.')
    .waitFor();
  const moved = (await host.invoke('posts.get', { id: a.id })) as { data: { scheduledAt: string } };
  expect(moved.data.scheduledAt).toBe('2026-12-09T15:00:00.000Z');
  expect(await page.getByLabel('Time zone').inputValue()).toBe('America/New_York');

  // Keeping the old zone changes nothing.
  await page.getByLabel('Time zone').selectOption('Europe/Paris');
  await page.getByRole('button', { name: 'Keep America/New York' }).click();
  expect(await page.getByLabel('Time zone').inputValue()).toBe('America/New_York');
  expect(session.problems).toEqual([]);
});

it('keeps the fuzz findings fixed: absurd dates, __proto__ and bodies over 2 MB', async () => {
  const session = await newSession();
  const { host } = session;
  for (const today of ['9999-12-31', '0000-01-01']) {
    const refused = (await host.invoke('sample.load', { today })) as {
      ok: boolean;
      error: { code: string; fields: Record<string, string> };
    };
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(refused.error.fields.today).toMatch(/2000-01-01 and 2100-12-31/);
  }
  expect(host.db.prepare('SELECT count(*) AS n FROM posts').get()).toEqual({ n: 0 });

  const post = (body: string) =>
    fetch(`${host.apiUrl}posts.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body,
    });
  const proto = await post('{"title": "x", "__proto__": {"polluted": true}}');
  expect(proto.status).toBe(400);
  const protoBody = (await proto.json()) as { error: { message: string } };
  expect(protoBody.error.message).toBe('Please check: __proto__: Unknown field.');

  const big = `"${'x'.repeat(3 * 1024 * 1024)}"`;
  for (let i = 0; i < 10; i++) {
    const response = await post(big);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /too large/,
    );
  }
  expect(host.serverErrors).toEqual([]);
});

it('shows initials without titles on the staff page', async () => {
  const session = await newSession();
  const { page, host } = session;
  await host.invoke('staff.create', { name: 'Dr. Amelia Hart', color: '#1d6fa5' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Staff' })
    .click();
  await page.getByRole('heading', { name: 'Dr. Amelia Hart' }).waitFor();
  expect(await page.locator('.staff-avatar').first().innerText()).toBe('AH');
});
