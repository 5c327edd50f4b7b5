// One browser page on a fresh host, with the checks every end-to-end test wants: no console
// errors, no server errors, and an axe-core accessibility scan on demand.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser } from './chromium';
import { testNow } from '../../support/test-clock';
import { REPO_ROOT, startHost, type TestHost } from './host';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

export interface Session {
  browser: Browser;
  host: TestHost;
  page: Page;
  /** Console errors and page errors seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export async function openSession(
  browser: Browser | undefined,
  viewport: { width: number; height: number; deviceScaleFactor?: number } = {
    width: 1280,
    height: 720,
  },
): Promise<Session> {
  const ownBrowser = browser ?? (await launchBrowser());
  const now = testNow();
  const host = await startHost({ now });
  // bypassCSP lets the axe-core scan be injected; the smoke test checks the app under the CSP.
  const { deviceScaleFactor, ...size } = viewport;
  const context = await ownBrowser.newContext({
    viewport: size,
    deviceScaleFactor,
    bypassCSP: true,
  });
  // The page's clock starts where the host's did and runs on at the real pace.
  await context.clock.install({ time: now });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByText('Loading your planner…').waitFor({ state: 'detached' });
  return {
    browser: ownBrowser,
    host,
    page,
    problems,
    async close() {
      await context.close();
      await host.stop();
      if (!browser) await ownBrowser.close();
    },
  };
}

type Viewport = Parameters<typeof openSession>[1];

/**
 * One browser for the test file (launched before its tests, closed after them); returns
 * `openSession` on that browser. Each test's sessions are closed after it.
 */
export function useBrowser(): (viewport?: Viewport) => Promise<Session> {
  let browser: Browser | undefined;
  const open: Session[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    for (const session of open.splice(0)) await session.close();
  });
  return async (viewport) => {
    const session = await openSession(browser, viewport);
    open.push(session);
    return session;
  };
}

/** Calls a channel through the session's host and returns its data (the call must succeed). */
export async function data<T>(session: Session, channel: string, input: unknown): Promise<T> {
  const result = (await session.host.invoke(channel as never, input as never)) as {
    ok: boolean;
    data: T;
  };
  expect(result.ok).toBe(true);
  return result.data;
}

/** axe-core's WCAG A/AA violations on the page as it is now: "rule: target" lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: unknown) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  });
  return violations;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Every window size worth a look; 853×480 is 1280×720 at 150 % zoom (in CSS pixels). */
export const EVERY_SIZE: readonly (readonly [number, number])[] = [
  [1024, 640],
  [1280, 720],
  [853, 480],
  [1440, 900],
  [1920, 1080],
];

/**
 * Looks at the page at each size (by default 1024×640, 1280×720, 1440×900 and 1920×1080), light
 * and dark: `show` brings the part in question into view, then each look is axe-checked and saved
 * as `<name>-<w>x<h>-<scheme>`.
 */
export async function lookAtEverySize(
  page: Page,
  name: string,
  show: () => Promise<unknown>,
  sizes: readonly (readonly [number, number])[] = [
    [1024, 640],
    [1280, 720],
    [1440, 900],
    [1920, 1080],
  ],
): Promise<void> {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await show();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `${name}-${width}x${height}-${scheme}`);
    }
  }
}

/**
 * Starts a reload as the page itself would and expects the browser to ask first (a
 * `beforeunload` question); the answer is "stay", so the page stays as it was.
 */
export async function expectReloadAsked(page: Page): Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.evaluate(() => location.reload());
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
}
