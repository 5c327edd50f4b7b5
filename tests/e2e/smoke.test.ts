// The smallest end-to-end check: the browser host on a temp database, the built renderer in
// the system's Chromium. The page loads under the strict CSP, picks the token up from the URL
// fragment, reaches the API and shows the app shell.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { launchBrowser } from './support/chromium';
import { startHost, type TestHost } from './support/host';

let browser: Browser;
let host: TestHost;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  host = await startHost();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
});
afterEach(async () => {
  await page?.context().close();
  await host?.stop();
});

it('opens the app from the printed URL and loads the planner', async () => {
  await page.goto(host.url);
  await expect.poll(() => page.title()).toBe('Rapport');
  await page.getByRole('navigation').first().waitFor();
  // The app asked the API for its settings with the token and got them.
  await page.getByText('Loading your planner…').waitFor({ state: 'detached' });
  expect(await page.getByRole('alert').count()).toBe(0);
  // The token left the address bar (it stays in this tab's sessionStorage).
  expect(page.url()).not.toContain('token=');
  expect(problems).toEqual([]);
  expect(host.serverErrors).toEqual([]);
});

it('shows the page but no data without the token', async () => {
  await page.goto(host.baseUrl);
  await expect.poll(() => page.title()).toBe('Rapport');
  const refused = await page.evaluate(async () => {
    const response = await fetch('api/settings.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    return response.status;
  });
  expect(refused).toBe(401);
});

it('keeps the data across a host restart, and the tab keeps its token on reload', async () => {
  const saved = await host.invoke('settings.update', {
    version: 1,
    practiceName: 'Lumen Aesthetics',
  });
  expect(saved.ok).toBe(true);
  await page.goto(host.url);
  await page.getByText('Lumen Aesthetics').first().waitFor();
  const port = host.port;
  await host.restart();
  expect(host.port).toBe(port);
  await page.reload();
  await page.getByText('Lumen Aesthetics').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
});
